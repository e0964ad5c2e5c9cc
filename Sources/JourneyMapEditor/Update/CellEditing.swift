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
      if itemCount(lane, step: step) == 0 {
        addItem()
      } else {
        startEdit(.listItem(lane: lane, step: step, item: cursor.item, isNew: false), editableText(lane, step: step, item: cursor.item))
      }
    }
  }

  mutating func startEdit(_ target: EditTarget, _ text: String, selected: Bool = false) {
    mode = .edit(CellEdit(target: target, editor: LineEditor(text, selected: selected)))
  }

  /// The text a list item is edited as: opportunities as `text @owner`, metrics as
  /// `name: value`, touchpoints and processes by name or title.
  func editableText(_ lane: Lane, step: Int, item: Int) -> String {
    let s = map.steps[step]
    switch lane {
    case .thinking: return s.thoughts[item]
    case .painPoints: return s.painPoints[item].text
    case .opportunities: return EditorState.opportunityText(s.opportunities[item])
    case .metrics: return "\(s.metrics[item].name): \(s.metrics[item].value)"
    case .touchpoints: return map.touchpoints.first { $0.id == s.touchpoints[item] }?.name ?? ""
    case .frontstage, .backstage, .support:
      return map.processes[processes(lane.processLane!, step: step)[item]].title
    default: return ""
    }
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
      inform("Edit cancelled")
    case .keepAndAddNext:
      // Tab commits and, in a list, opens the next new item: fast entry of several thoughts.
      commitEdit(edit.target, edit.editor.text)
      if case .listItem(let lane, _, _, _) = edit.target, lane != .touchpoints, lane.processLane == nil,
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
    switch lane {
    case .thinking:
      updateStep(step, isNew ? "Add thought" : "Edit thought") {
        if isNew { $0.thoughts.insert(text, at: min(item, $0.thoughts.count)) } else { $0.thoughts[item] = text }
      }
    case .painPoints:
      let id = isNew ? mintID(.painPoint) : ""
      updateStep(step, isNew ? "Add pain point" : "Edit pain point") {
        if isNew {
          $0.painPoints.insert(PainPoint(id: id, text: text), at: min(item, $0.painPoints.count))
        } else {
          $0.painPoints[item].text = text
        }
      }
    case .opportunities:
      let (body, owner) = EditorState.splitOwner(text)
      let id = isNew ? mintID(.opportunity) : ""
      updateStep(step, isNew ? "Add opportunity" : "Edit opportunity") {
        if isNew {
          $0.opportunities.insert(Opportunity(id: id, text: body, owner: owner), at: min(item, $0.opportunities.count))
        } else {
          $0.opportunities[item].text = body
          $0.opportunities[item].owner = owner
        }
      }
    case .metrics:
      let (name, value) = EditorState.splitMetric(text)
      updateStep(step, isNew ? "Add metric" : "Edit metric") {
        if isNew {
          $0.metrics.insert(Metric(name: name, value: value), at: min(item, $0.metrics.count))
        } else {
          $0.metrics[item].name = name
          $0.metrics[item].value = value
        }
      }
    case .touchpoints:
      guard let t = map.touchpoints.firstIndex(where: { $0.id == map.steps[step].touchpoints[item] }) else { return }
      var touchpoints = map.touchpoints
      touchpoints[t].name = text
      commit(.setTouchpoints(touchpoints), label: "Rename touchpoint")
      inform("Renamed the touchpoint on every step that uses it")
    case .frontstage, .backstage, .support:
      let p = processes(lane.processLane!, step: step)[item]
      var all = map.processes
      all[p].title = text
      commit(.setProcesses(all), label: "Rename process")
    default: break
    }
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
    switch lane {
    case .touchpoints: addTouchpoint(named: nil)
    case .frontstage, .backstage, .support: startNewProcess(lane.processLane!)
    case .thinking, .painPoints, .opportunities, .metrics:
      let count = itemCount(lane, step: step)
      let at = count == 0 ? 0 : cursor.item + 1
      cursor.item = at
      startEdit(.listItem(lane: lane, step: step, item: at, isNew: true), "")
      if lane == .opportunities && count == 0 { inform("Type the opportunity; end with @owner to name who acts on it") }
      if lane == .metrics && count == 0 { inform("Type name: value, e.g. Calls per day: 1,200") }
    case .feeling, .moment, .description, .notes, .step:
      beginEdit()
    default:
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
    switch lane {
    case .thinking: updateStep(step, "Delete thought") { $0.thoughts.remove(at: item) }
    case .metrics: updateStep(step, "Delete metric") { $0.metrics.remove(at: item) }
    case .opportunities: updateStep(step, "Delete opportunity") { $0.opportunities.remove(at: item) }
    case .touchpoints: updateStep(step, "Remove touchpoint") { $0.touchpoints.remove(at: item) }
    case .painPoints:
      // Opportunities that addressed this pain point stop naming it.
      let id = map.steps[step].painPoints[item].id
      var changes: [MapChange] = []
      for (i, s) in map.steps.enumerated() where s.opportunities.contains(where: { $0.addresses.contains(id) }) || i == step {
        var copy = s
        if i == step { copy.painPoints.remove(at: item) }
        for o in copy.opportunities.indices { copy.opportunities[o].addresses.removeAll { $0 == id } }
        changes.append(.setStep(i, copy))
      }
      commit(.batch(changes), label: "Delete pain point")
    case .frontstage, .backstage, .support:
      let p = processes(lane.processLane!, step: step)[item]
      var all = map.processes
      let stepID = map.steps[step].id
      all[p].steps.removeAll { $0 == stepID }
      if all[p].steps.isEmpty {
        let title = all[p].title
        all.remove(at: p)
        commit(.setProcesses(all), label: "Delete process")
        inform("Deleted “\(title)”: it served no other step")
      } else {
        commit(.setProcesses(all), label: "Unlink process")
        inform("Unlinked; the process still serves \(all[p].steps.count) other step(s)")
      }
    default: return
    }
    clampCursor()
  }

  /// `K`/`J`: reorder the selected item within its list.
  mutating func moveItem(by delta: Int) {
    guard let step = currentStep, cursor.lane.isList else { return }
    let count = itemCount(cursor.lane, step: step)
    let from = cursor.item
    let to = from + delta
    guard from < count, to >= 0, to < count else { return }
    func swap<T>(_ list: inout [T]) { list.swapAt(from, to) }
    switch cursor.lane {
    case .thinking: updateStep(step, "Move thought") { swap(&$0.thoughts) }
    case .painPoints: updateStep(step, "Move pain point") { swap(&$0.painPoints) }
    case .opportunities: updateStep(step, "Move opportunity") { swap(&$0.opportunities) }
    case .metrics: updateStep(step, "Move metric") { swap(&$0.metrics) }
    case .touchpoints: updateStep(step, "Move touchpoint") { swap(&$0.touchpoints) }
    case .frontstage, .backstage, .support:
      let indices = processes(cursor.lane.processLane!, step: step)
      var all = map.processes
      all.swapAt(indices[from], indices[to])
      commit(.setProcesses(all), label: "Move process")
    default: return
    }
    cursor.item = to
  }
}
