import JourneyMapCore

/// Where the cursor is: a lane, a column, and an item within a list cell.
public struct Cursor: Equatable, Sendable {
  public var lane: Lane
  public var column: Int
  public var item: Int

  public init(lane: Lane = .step, column: Int = 0, item: Int = 0) {
    self.lane = lane
    self.column = column
    self.item = item
  }
}

/// What the keys currently do.
public enum Mode: Equatable, Sendable {
  case normal
  /// Editing a cell in place.
  case edit(CellEdit)
  /// Typing into the bottom line: a `:` command, a search, a name, a choice with completion.
  case prompt(Prompt)
  /// A yes/no question (unsaved changes, deleting a stage).
  case confirm(Confirmation)
  /// The help screen, scrolled, and narrowed to what matches the words typed.
  case help(scroll: Int, search: String = "")
  /// The map properties form.
  case form(Form)

  public var name: String {
    switch self {
    case .normal: return "NORMAL"
    case .edit: return "EDIT"
    case .prompt(let p):
      switch p.purpose {
      case .command: return "COMMAND"
      case .search: return "SEARCH"
      case .capture: return "CAPTURE"
      default: return "INPUT"
      }
    case .confirm: return "CONFIRM"
    case .help: return "HELP"
    case .form: return "MAP"
    }
  }
}

/// What a cell edit will change when committed.
public enum EditTarget: Equatable, Sendable {
  /// A step's cell edited as one text: its title, description, notes, feeling word or moment's
  /// reason (the lanes whose row in the lane table has an `edit`).
  case text(lane: Lane, step: Int)
  /// A list item; `isNew` when the item is being added (Esc then adds nothing).
  case listItem(lane: Lane, step: Int, item: Int, isNew: Bool)
  case formField(FormField)
}

public struct CellEdit: Equatable, Sendable {
  public var target: EditTarget
  public var editor: LineEditor
}

public enum PromptPurpose: Equatable, Sendable {
  case command
  case search
  case saveAs(thenQuit: Bool)
  case addStage
  case renameStage
  case moveToStage
  case pickTouchpoint
  case touchpointChannel(name: String)
  case pickProcess
  case addressPainPoint
  case newProcess(lane: ProcessLane)
  case pickConflict
  /// The one-line capture of a new step, after or before the current one.
  case capture(after: Bool)
  /// `:lint`: choose a finding to go to.
  case pickFinding
}

/// One choice offered under a prompt.
public struct Candidate: Equatable, Sendable {
  public var label: String
  /// What choosing it means (an id, a command name…).
  public var value: String
  public init(label: String, value: String) {
    self.label = label
    self.value = value
  }
}

public struct Prompt: Equatable, Sendable {
  public var purpose: PromptPurpose
  public var label: String
  public var editor: LineEditor
  /// Completion candidates matching what is typed, best first.
  public var candidates: [Candidate] = []
  /// Every choice, for a prompt whose choices do not change while typing: made once when it
  /// opens and filtered on each key; made again only when another editor's save changes the
  /// map under it (``EditorState/absorb(_:conflicts:matchesDisk:)``).
  public var pool: [Candidate]? = nil
  public var selected: Int = 0
}

public enum ConfirmationKind: Equatable, Sendable {
  case quitWithUnsavedChanges
  case deleteStage(stageIndex: Int)
  case resolveConflict(index: Int)
  /// A recovery file from an unsaved session was found when the map was opened.
  case recovery
  /// Saving found the file changed on disk.
  case changedOnDisk(path: String)
  /// Saving would replace a file that exists (another name) or is read-only.
  case replaceFile(path: String, readOnly: Bool)
  /// Text pasted while not editing, offered as new items (never run as keys).
  case paste(lines: [String])
  /// An export would replace a file that exists.
  case replaceExport(format: ExportFormat, view: ExportView, path: String)
}

public struct Confirmation: Equatable, Sendable {
  public var kind: ConfirmationKind
  public var question: String
}

/// Fields of the map properties form, in display order.
public enum FormField: String, CaseIterable, Sendable {
  case title, state, persona, goal, personaDescription, scenario, stakeholders, notes

  public var label: String {
    switch self {
    case .title: return "Title"
    case .state: return "State"
    case .persona: return "Persona"
    case .goal: return "Goal"
    case .personaDescription: return "About the persona"
    case .scenario: return "Scenario"
    case .stakeholders: return "Stakeholders"
    case .notes: return "Notes"
    }
  }
}

public struct Form: Equatable, Sendable {
  public var selected: FormField = .title
  public var editing: LineEditor? = nil
  public init() {}
}

/// A message in the status area: information, or an error that must be seen.
public struct Message: Equatable, Sendable {
  public var text: String
  public var isError: Bool
}

public enum Theme: String, CaseIterable, Sendable {
  case normal
  case highContrast = "high-contrast"
  case mono
}

/// View settings: never saved in the map (no UI state in files).
public struct ViewOptions: Equatable, Sendable {
  public var showBackstage: Bool
  public var showDetails = false
  public var focusStage = false
  public var theme: Theme = .normal
  public var view: JourneyView = .grid
  /// The view to go back to when the current view's key is pressed again.
  public var previousView: JourneyView = .grid
  public var keymap: Keymap = .vim
  /// Simple keymap: Esc (or Alt) was pressed, and the next key runs its vim command.
  public var commandKeyNext = false
}

/// The editor's way out.
public enum Quitting: Equatable, Sendable {
  case no
  /// Quit as soon as the save in flight succeeds (`:wq`, "save and quit?" answered yes); a
  /// failed or refused save cancels it.
  case afterSave
  /// Done: the session stops reading keys.
  case now
}
