import Foundation
import JourneyMapCore

extension EditorState {
  /// Enter: edit what is under the cursor, in place.
  mutating func beginEdit() {
    guard let step = currentStep else {
      if currentColumn != nil { inform("This stage has no steps yet: o adds one") }
      return
    }
    let lane = cursor.lane
    let spec = lane.spec
    if spec.edit != nil {
      startEdit(.text(lane: lane, step: step), spec.read?(map.steps[step]) ?? "")
    } else if let choice = spec.choice {
      choice.cycle(&self, step)
    } else if lane.isList {
      // An empty list: Enter adds its first item, as `a` does.
      let count = itemCount(lane, step: step)
      if count == 0 {
        addItem()
      } else {
        // On an item that exists, whatever left the cursor where it is.
        let item = min(max(cursor.item, 0), count - 1)
        cursor.item = item
        startEdit(.listItem(lane: lane, step: step, item: item, isNew: false), editableText(lane, step: step, item: item))
      }
    }
  }

  mutating func startEdit(_ target: EditTarget, _ text: String, selected: Bool = false) {
    mode = .edit(CellEdit(target: target, editor: LineEditor(text, selected: selected)))
  }

  /// The text a list item is edited as: opportunities as `text @owner`, metrics as
  /// `name: value`, touchpoints and processes by name or title.
  func editableText(_ lane: Lane, step: Int, item: Int) -> String {
    lane.spec.list?.editText(self, step, item) ?? ""
  }

  mutating func handleEdit(_ key: Key) -> [Effect] {
    guard case .edit(var edit) = mode else { return [] }
    // The mode lets go of the text first, so typing changes it in place instead of copying it
    // (which a ten-megabyte cell would feel on every key).
    mode = .normal
    switch ModeKeymaps.command(for: key, in: ModeKeymaps.edit) {
    case .keep:
      // Lane flow: Enter keeps the text and goes on to the next lane, so a room dictating a
      // step lane by lane needs Enter and nothing else.
      commitEdit(edit.target, edit.editor.text)
      if case .formField = edit.target {} else { moveToNextLane(after: edit.target) }
    case .cancel:
      // A cancelled new item was never added: the cursor goes back to an item that exists.
      clampCursor()
      inform("Edit cancelled")
    case .keepAndAddNext:
      // Tab commits and, in a list, opens the next new item: fast entry of several thoughts.
      commitEdit(edit.target, edit.editor.text)
      if case .listItem(let lane, _, _, _) = edit.target, case .typed? = lane.spec.list?.adding,
        !edit.editor.text.trimmedSpaces.isEmpty
      {
        addItem()
      }
    case nil:
      _ = edit.editor.handle(key)
      mode = .edit(edit)
    }
    return []
  }

  /// Applies an edit as one undo step. Empty text deletes a list item (Esc leaves it alone).
  mutating func commitEdit(_ target: EditTarget, _ raw: String) {
    let text = raw.trimmedSpaces.nfc
    switch target {
    case .text(let lane, let i):
      guard let edit = lane.spec.edit else { return }
      updateStep(i, edit.label) { edit.write(&$0, text) }
      edit.then?(&self, i, text)
    case .listItem(let lane, let step, let item, let isNew):
      commitListItem(lane, step: step, item: item, isNew: isNew, text: text)
    case .formField(let field):
      commitFormField(field, text)
    }
  }

  /// Changes one step as one undo step.
  mutating func updateStep(_ index: Int, _ label: String, _ body: (inout Step) -> Void) {
    var step = map.steps[index]
    body(&step)
    guard step != map.steps[index] else { return }
    commit(.setStep(index, step), label: label)
  }

  mutating func commitListItem(_ lane: Lane, step: Int, item: Int, isNew: Bool, text: String) {
    if text.isEmpty {
      if !isNew { deleteItem(lane, step: step, item: item) }
      return
    }
    lane.spec.list?.write(&self, step, item, isNew, text)
    if isNew { cursor.item = item }
  }

  /// `Call back within an hour @Support team` → ("Call back within an hour", "Support team").
  static func splitOwner(_ text: String) -> (String, String) {
    guard let at = text.range(of: " @", options: .backwards) else { return (text, "") }
    let body = text[..<at.lowerBound].trimmedSpaces
    let owner = text[at.upperBound...].trimmedSpaces
    return body.isEmpty ? (text, "") : (body, owner)
  }

  /// `Calls per day: 1,200` → ("Calls per day", "1,200").
  static func splitMetric(_ text: String) -> (String, String) {
    guard let colon = text.range(of: ":") else { return (text, "") }
    return (
      text[..<colon.lowerBound].trimmedSpaces,
      text[colon.upperBound...].trimmedSpaces
    )
  }

  /// `a`: add an item to the list under the cursor, right after the selected one.
  mutating func addItem() {
    guard let step = currentStep else {
      if currentColumn != nil { insertStep(after: true) } else { inform("S adds a stage") }
      return
    }
    let lane = cursor.lane
    let spec = lane.spec
    if let list = spec.list {
      switch list.adding {
      case .picked(let add): add(&self)
      case .typed(let firstHint):
        let count = list.count(self, step)
        let at = count == 0 ? 0 : cursor.item + 1
        cursor.item = at
        startEdit(.listItem(lane: lane, step: step, item: at, isNew: true), "")
        if count == 0, let firstHint { inform(firstHint) }
      }
    } else if spec.edit != nil {
      // A text cell has one text: adding is editing it.
      beginEdit()
    } else {
      inform("Nothing to add here")
    }
  }

  /// `x`: delete the selected item, unlink the process, or clear the cell.
  mutating func deleteItem() {
    guard let step = currentStep else { return }
    let lane = cursor.lane
    if let clear = lane.spec.clear {
      switch clear {
      case .field(let label, let body): updateStep(step, label, body)
      case .refused(let message): inform(message)
      }
      return
    }
    guard lane.isList, itemCount(lane, step: step) > 0 else { return }
    deleteItem(lane, step: step, item: cursor.item)
  }

  mutating func deleteItem(_ lane: Lane, step: Int, item: Int) {
    guard let list = lane.spec.list else { return }
    list.delete(&self, step, item)
    clampCursor()
  }

  /// `K`/`J`: reorder the selected item within its list.
  mutating func moveItem(by delta: Int) {
    guard let step = currentStep, let list = cursor.lane.spec.list else { return }
    let count = list.count(self, step)
    let from = cursor.item
    let to = from + delta
    guard from < count, to >= 0, to < count else { return }
    list.move(&self, step, from, to)
    cursor.item = to
  }
}
