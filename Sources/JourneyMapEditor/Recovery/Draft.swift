import JourneyMapCore

/// Text being typed that is not yet part of the map: a cell being edited, an open prompt, a
/// property in the form. In a workshop the cell being typed is exactly what the room just said,
/// so a draft goes into the recovery file with the map and comes back in place.
///
/// A draft names its cell by step id, not by column, so that it still finds its cell after the
/// map changed around it (another editor's changes, a restore).
public struct Draft: Equatable, Sendable {
  public enum Place: Equatable, Sendable {
    /// A cell of a step: its lane, and for list lanes which item (and whether it is new).
    case cell(stepID: String, lane: Lane, item: Int, isNew: Bool)
    case prompt(PromptPurpose, label: String)
    case property(FormField)
  }

  public var place: Place
  /// The editor holding the text (a value: snapshotting it for the recovery writer is free, and
  /// the text is only assembled off the typing path).
  public var editor: LineEditor

  public var text: String { editor.text }
}

extension EditorState {
  /// What is being typed now, if anything.
  public var draft: Draft? {
    switch mode {
    case .edit(let edit):
      guard let place = draftPlace(for: edit.target) else { return nil }
      return Draft(place: place, editor: edit.editor)
    case .prompt(let prompt):
      return Draft(place: .prompt(prompt.purpose, label: prompt.label), editor: prompt.editor)
    case .form(let form):
      guard let editor = form.editing else { return nil }
      return Draft(place: .property(form.selected), editor: editor)
    default:
      return nil
    }
  }

  func draftPlace(for target: EditTarget) -> Draft.Place? {
    func cell(_ step: Int, _ lane: Lane, item: Int = 0, isNew: Bool = false) -> Draft.Place? {
      guard map.steps.indices.contains(step) else { return nil }
      return .cell(stepID: map.steps[step].id, lane: lane, item: item, isNew: isNew)
    }
    switch target {
    case .text(let lane, let step): return cell(step, lane)
    case .listItem(let lane, let step, let item, let isNew): return cell(step, lane, item: item, isNew: isNew)
    case .formField(let field): return .property(field)
    }
  }

  /// The edit target a draft's place names in the map as it is now; nil when its step is gone.
  func editTarget(for place: Draft.Place) -> EditTarget? {
    guard case .cell(let stepID, let lane, let item, let isNew) = place,
      let step = map.steps.firstIndex(where: { $0.id == stepID })
    else { return nil }
    if lane.spec.edit != nil { return .text(lane: lane, step: step) }
    guard lane.isList else { return nil }
    let count = itemCount(lane, step: step)
    return .listItem(lane: lane, step: step, item: min(item, isNew ? count : max(0, count - 1)), isNew: isNew || count == 0)
  }

  /// Puts a draft back where it was typed, in the same mode, with the same text. A cell whose
  /// step no longer exists gets the text as a new step's title rather than losing it.
  mutating func reopen(_ draft: Draft) {
    switch draft.place {
    case .cell(_, let lane, _, _):
      if let target = editTarget(for: draft.place), case let step? = target.step {
        moveCursor(toStep: step, lane: lane)
        if case .listItem(_, _, let item, _) = target { cursor.item = item }
        mode = .edit(CellEdit(target: target, editor: draft.editor))
      } else {
        insertStep(after: true)
        if let step = currentStep { mode = .edit(CellEdit(target: .text(lane: .step, step: step), editor: draft.editor)) }
      }
    case .prompt(let purpose, let label):
      var prompt = Prompt(purpose: purpose, label: label, editor: draft.editor)
      prompt.candidates = candidates(for: prompt)
      mode = .prompt(prompt)
    case .property(let field):
      var form = Form()
      form.selected = field
      form.editing = draft.editor
      mode = .form(form)
    }
  }
}

extension EditTarget {
  /// The step a cell edit belongs to.
  var step: Int? {
    switch self {
    case .text(_, let s): return s
    case .listItem(_, let s, _, _): return s
    case .formField: return nil
    }
  }
}

extension EditorState {
  /// A map file may carry a draft (a recovered copy kept with "keep both"): it is taken out of
  /// the map and put back where it was being typed.
  public mutating func resumeEmbeddedDraft() {
    guard let json = map.extensions[RecoveryContents.draftKey] else { return }
    var cleaned = map
    cleaned.extensions[RecoveryContents.draftKey] = nil
    _ = map.apply(.replace(cleaned))
    if let draft = RecoveryContents.draft(from: json), !draft.editor.isEmpty {
      reopen(draft)
      inform("This map held text that was being typed: it is back in its cell, \(ModeKeymaps.key(.keep, in: ModeKeymaps.edit)) keeps it")
    }
  }
}
