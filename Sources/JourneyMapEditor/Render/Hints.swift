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
      if case .paste = confirmation.kind { return "Enter adds · Esc drops the paste " }
      return "answer with a letter · Esc cancels "
    case .help: return "type to search · " + ModeKeymaps.hint(ModeKeymaps.help, only: [.scrollDown, .clearSearch]) + " "
    case .form: return "\(state.key(.moveDown))/\(state.key(.moveUp)) choose · Enter edits · Esc closes "
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
    switch state.cursor.lane {
    case .step:
      return "\(k(.edit)) edits the title · \(k(.insertStepAfter))/\(k(.insertStepBefore)) new step · "
        + "\(k(.moveStepLeft))/\(k(.moveStepRight)) move · \(k(.duplicateStep)) duplicate · \(k(.deleteStep)) delete · "
        + "\(k(.addStage)) new stage"
    case .feeling:
      return "\(state.keyRange(.setFeeling)) or \(k(.feelingUp))/\(k(.feelingDown)) set the feeling · \(k(.edit)) names it · \(k(.deleteItem)) clears"
    case .moment: return "\(k(.toggleMoment)) marks a moment of truth · \(k(.edit)) records why · \(k(.deleteItem)) clears"
    case .touchpoints:
      return "\(k(.addItem)) or \(k(.addTouchpoint)) adds a touchpoint · \(k(.edit)) renames · :\(Action.setChannel.rawValue) sets its channel · "
        + "\(k(.deleteItem)) removes"
    case .opportunities:
      // On an opportunity: where it stands, and the keys that move it on.
      if let (step, item) = state.selectedOpportunity() {
        let o = state.map.steps[step].opportunities[item]
        return SafeText.displayable(EditorState.trackingSummary(o), limit: 200)
          + " · \(k(.setStatus)) status · \(k(.setImpact)) impact · \(k(.setEffort)) effort · :\(Action.setDue.rawValue) · \(k(.addressPainPoint)) links pain points"
      }
      return "\(k(.addItem)) adds (end with @owner) · \(k(.edit)) edits · \(k(.addressPainPoint)) links pain points · "
        + "\(k(.moveItemUp))/\(k(.moveItemDown)) reorder · \(k(.deleteItem)) deletes"
    case .metrics: return "\(k(.addItem)) adds name: value · \(k(.edit)) edits · \(k(.deleteItem)) deletes"
    case .evidence: return "\(k(.edit)) cycles observed / assumed / unknown"
    case .frontstage, .backstage, .support:
      if let (p, _) = state.selectedProcess() {
        let process = state.map.processes[p]
        let served = process.steps.prefix(20).compactMap { id in
          state.columns.indexOfStep[id].map { SafeText.displayable(state.map.steps[$0].title, limit: 60) }
        }
        return "Serves \(process.steps.count) step(s) ◆: " + served.map { $0.isEmpty ? "untitled" : $0 }.joined(separator: ", ")
      }
      return "\(k(.addItem)) adds a process · \(k(.linkProcess)) links an existing one · \(k(.deleteItem)) unlinks · "
        + ":\(Action.setOwner.rawValue) :\(Action.setSystem.rawValue) :\(Action.setLane.rawValue)"
    default:
      return "\(k(.addItem)) adds · \(k(.edit)) edits · \(k(.moveItemUp))/\(k(.moveItemDown)) reorder · \(k(.deleteItem)) deletes"
    }
  }
}
