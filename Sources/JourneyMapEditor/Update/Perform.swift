import Foundation
import JourneyMapCore

extension EditorState {
  /// Runs an action, from a key or from the `:` command line (with its argument).
  public mutating func perform(_ action: Action, argument: String?) -> [Effect] {
    let argument = argument?.trimmedSpaces
    let text = (argument?.isEmpty ?? true) ? nil : argument
    switch action {
    case .moveLeft: moveColumn(by: -1)
    case .moveRight: moveColumn(by: 1)
    case .moveUp: options.view == .wall ? moveWallRow(by: -1) : moveVertically(by: -1)
    case .moveDown: options.view == .wall ? moveWallRow(by: 1) : moveVertically(by: 1)
    case .previousStage: jumpStage(by: -1)
    case .nextStage: jumpStage(by: 1)
    case .firstStep: setColumn(columnRange.lowerBound)
    case .lastStep: setColumn(columnRange.upperBound - 1)
    case .firstLane: setLane(selectableLanes.first ?? .step)
    case .lastLane: setLane(selectableLanes.last ?? .step)
    case .pageLeft: moveColumn(by: -max(1, visibleColumnCount))
    case .pageRight: moveColumn(by: max(1, visibleColumnCount))

    case .edit: options.view == .wall ? openStepFromWall() : beginEdit()
    case .addItem: addItem()
    case .deleteItem: deleteItem()
    case .moveItemUp: moveItem(by: -1)
    case .moveItemDown: moveItem(by: 1)
    case .feelingUp: nudgeFeeling(by: 1)
    case .feelingDown: nudgeFeeling(by: -1)
    case .setFeeling: setFeeling(text)
    case .toggleMoment: toggleMoment()
    case .addTouchpoint: addTouchpoint(named: text)
    case .addressPainPoint: startAddressing()
    case .setOwner: setOwner(text ?? "")
    case .setSystem: setSystem(text ?? "")
    case .setLane: setProcessLane(text)
    case .setChannel: setChannel(text)
    case .setEvidence: setEvidence(text)
    case .deleteTouchpoint: deleteTouchpoint()

    case .setStatus: setStatus(text)
    case .setImpact, .setEffort: setLevel(action, text)
    case .setDue: setDue(text)
    case .setLink: setLink(text)
    case .lint: listFindings()
    case .nextFinding: stepFinding(by: 1)
    case .previousFinding: stepFinding(by: -1)

    case .insertStepAfter: if let text { capture(text, after: true) } else { startCapture(after: true) }
    case .insertStepBefore: if let text { capture(text, after: false) } else { startCapture(after: false) }
    case .duplicateStep: duplicateStep()
    case .deleteStep: deleteStep()
    case .moveStepLeft: moveStep(by: -1)
    case .moveStepRight: moveStep(by: 1)
    case .moveToStage:
      if let text { moveStepToStage(named: text) } else { openPrompt(.moveToStage, label: "Move step to stage:") }

    case .addStage:
      if let text { addStage(named: text) } else { openPrompt(.addStage, label: "New stage name:") }
    case .renameStage:
      if let text {
        renameStage(to: text)
      } else if let stage = currentStage {
        openPrompt(.renameStage, label: "Rename stage (type to replace):", text: map.stages[stage].name, selected: true)
      }
    case .moveStageLeft: moveStage(by: -1)
    case .moveStageRight: moveStage(by: 1)
    case .deleteStage: askDeleteStage()
    case .stageDescription: setStageDescription(text ?? "")

    case .linkProcess:
      if let text { linkProcess(named: text) } else { startLinkingProcess() }
    case .deleteProcess: deleteSelectedProcess()

    case .properties: mode = .form(Form())
    case .setTitle: setProperty(.title, text)
    case .setPersona: setProperty(.persona, text)
    case .setGoal: setProperty(.goal, text)
    case .setScenario: setProperty(.scenario, text)
    case .setState: setProperty(.state, text)
    case .setStakeholders: setProperty(.stakeholders, text)
    case .setMapNotes: setProperty(.notes, text)

    case .view: showView(named: text)
    case .toggleBackstage:
      options.showBackstage.toggle()
      clampCursor()
      inform(options.showBackstage ? "Backstage layer shown" : "Backstage layer hidden (b shows it)")
    case .focusStage:
      options.focusStage.toggle()
      if options.focusStage, let stage = currentStage {
        inform("Focused on stage “\(map.stages[stage].name)”: f shows all stages")
      }
    case .toggleDetails:
      options.showDetails.toggle()
      clampCursor()
    case .theme: setTheme(text)
    case .keymap: setKeymap(text)
    case .help: mode = .help(scroll: 0)
    case .search:
      if let text { runSearch(text) } else { openPrompt(.search, label: "/") }
    case .searchNext: stepSearch(by: 1)
    case .searchPrevious: stepSearch(by: -1)
    case .commandLine: openPrompt(.command, label: ":")
    case .present: startPresentation()

    case .undo: undo()
    case .redo: redo()
    case .save: return save(to: text)
    case .saveAs:
      if let text { return save(to: text) }
      openPrompt(.saveAs(thenQuit: false), label: "Save as:", text: filePath ?? "")
    case .quit: return quit()
    case .forceQuit:
      quitting = .now
      return [.quit]
    case .saveAndQuit:
      quitting = .afterSave
      return save(to: text)
    case .export: return export(text)
    case .conflicts: startResolvingConflicts()
    }
    return []
  }
}
