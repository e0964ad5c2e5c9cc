/// Every thing the editor can do, by a stable name. Keys, `:` commands, the help screen,
/// `journeymap keys` and the README's key table all come from ``ActionTable``.
public enum Action: String, CaseIterable, Sendable {
  // Moving
  case moveLeft = "move-left"
  case moveRight = "move-right"
  case moveUp = "move-up"
  case moveDown = "move-down"
  case previousStage = "previous-stage"
  case nextStage = "next-stage"
  case firstStep = "first-step"
  case lastStep = "last-step"
  case firstLane = "first-lane"
  case lastLane = "last-lane"
  case pageLeft = "page-left"
  case pageRight = "page-right"
  // Cells
  case edit
  case addItem = "add-item"
  case deleteItem = "delete-item"
  case moveItemUp = "move-item-up"
  case moveItemDown = "move-item-down"
  case feelingUp = "feeling-up"
  case feelingDown = "feeling-down"
  case setFeeling = "set-feeling"
  case toggleMoment = "toggle-moment"
  case addTouchpoint = "add-touchpoint"
  case addressPainPoint = "address-pain-point"
  case setOwner = "owner"
  case setSystem = "system"
  case setLane = "lane"
  case setChannel = "channel"
  case setEvidence = "evidence"
  case deleteTouchpoint = "delete-touchpoint"
  // Tracking an opportunity
  case setStatus = "status"
  case setImpact = "impact"
  case setEffort = "effort"
  case setDue = "due"
  case setLink = "link"
  // Findings
  case lint
  case nextFinding = "next-finding"
  case previousFinding = "previous-finding"
  // Steps
  case insertStepAfter = "insert-step-after"
  case insertStepBefore = "insert-step-before"
  case duplicateStep = "duplicate-step"
  case deleteStep = "delete-step"
  case moveStepLeft = "move-step-left"
  case moveStepRight = "move-step-right"
  case moveToStage = "move-to-stage"
  // Stages
  case addStage = "add-stage"
  case renameStage = "rename-stage"
  case moveStageLeft = "move-stage-left"
  case moveStageRight = "move-stage-right"
  case deleteStage = "delete-stage"
  case stageDescription = "stage-description"
  // Backstage
  case linkProcess = "link-process"
  case deleteProcess = "delete-process"
  // Map
  case properties
  case setTitle = "title"
  case setPersona = "persona"
  case setGoal = "goal"
  case setScenario = "scenario"
  case setState = "state"
  case setStakeholders = "stakeholders"
  case setMapNotes = "map-notes"
  // View
  case view
  case toggleBackstage = "toggle-backstage"
  case focusStage = "focus-stage"
  case toggleDetails = "toggle-details"
  case theme
  case keymap
  case help
  case search
  case searchNext = "search-next"
  case searchPrevious = "search-previous"
  case commandLine = "command-line"
  case present
  // File
  case undo
  case redo
  case save
  case saveAs = "save-as"
  case quit
  case forceQuit = "force-quit"
  case saveAndQuit = "save-and-quit"
  case export
  case conflicts
}

/// How the help screen groups actions.
public enum ActionCategory: String, CaseIterable, Sendable {
  case moving = "Moving"
  case cells = "Editing cells"
  case tracking = "Tracking opportunities"
  case findings = "Findings"
  case steps = "Steps"
  case stages = "Stages"
  case backstage = "Backstage"
  case map = "Map"
  case view = "View"
  case file = "File"
}

/// One row of the action table.
public struct ActionSpec: Sendable {
  public var action: Action
  public var category: ActionCategory
  /// Keys in normal mode, each optionally with the argument it passes (`1` → set-feeling -2).
  public var keys: [(key: Key, argument: String?)]
  /// The argument a `:` command takes, for help and completion ("NAME", "-2…+2 [WORD]").
  public var argument: String?
  public var summary: String
  /// Short `:` names that also run this action (`w` for save, `q` for quit).
  public var aliases: [String]

  public var name: String { action.rawValue }
}
