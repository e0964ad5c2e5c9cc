import JourneyMapCore

/// The reminders at the bottom of the screen, every key in them read from the action table.
enum Hints {

  /// The right end of the status bar: the keys of the mode the editor is in.
  static func status(_ state: EditorState) -> String {
    switch state.mode {
    case .normal: return status(state.options.view, state)
    case .edit: return ModeKeymaps.hint(ModeKeymaps.edit) + " "
    case .prompt(let prompt):
      if case .capture = prompt.purpose {
        let keys = ModeKeymaps.prompt
        return "\(ModeKeymaps.key(.submit, in: keys)) files the step · \(ModeKeymaps.key(.complete, in: keys)) completes · "
          + "\(ModeKeymaps.key(.cancel, in: keys)) cancels "
      }
      return ModeKeymaps.hint(ModeKeymaps.prompt, only: prompt.candidates.isEmpty ? [.submit, .cancel] : [.submit, .complete, .cancel]) + " "
    case .confirm(let confirmation):
      if case .paste = confirmation.kind { return EditorState.pasteAnswers + " " }
      return "answer with a letter · \(ModeKeymaps.cancelsQuestion) "
    case .help: return "type to search · " + ModeKeymaps.hint(ModeKeymaps.help, only: [.scrollDown, .clearSearch]) + " "
    case .form(let form):
      // Typing a field: its keys are a cell's.
      if form.editing != nil { return ModeKeymaps.hint(ModeKeymaps.edit, only: [.keep, .cancel]) + " " }
      return ModeKeymaps.formHint + " "
    }
  }

  /// The right end of the status bar in normal mode.
  static func status(_ view: JourneyView, _ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    let first = view == .wall ? "\(k(.edit)) open" : "\(k(.edit)) edit · \(k(.addItem)) add"
    return "\(first) · \(k(.insertStepAfter)) step · \(k(.undo)) undo · \(k(.save)) save · \(k(.help)) help "
  }

  /// The title bar's pointer to the help.
  static func help(_ state: EditorState) -> String { " \(state.key(.help)) help " }

  /// What the keys do in the lane under the cursor (on the wall: on the wall).
  static func lane(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    if state.currentStep == nil {
      return state.columns.count == 0 ? "\(k(.addStage)) adds a stage · \(k(.help)) help" : "\(k(.insertStepAfter)) adds a step to this stage"
    }
    if state.options.view == .wall {
      return "\(k(.edit)) opens the step · \(k(.moveDown))/\(k(.moveUp)) choose a row · \(state.keyRange(.setFeeling)) feeling · "
        + "\(k(.toggleMoment)) moment of truth · \(state.key(.view, argument: "grid")) grid"
    }
    return state.cursor.lane.spec.hint(state)
  }
}
