import JourneyMapCore

/// One row of the lane table (`LaneTable.swift`): everything the editor knows about one lane of
/// the grid. The renderers, the update function and recovery read the row instead of switching
/// over lanes, so that adding a lane is adding a row, and no view can be left not knowing it.
struct LaneSpec: Sendable {
  /// The kind of cell a lane has. The views draw each kind in its own way and the keys do
  /// different things in each; code that branches on a lane branches on its kind, never on
  /// its name.
  enum Kind: Sendable, Equatable {
    /// The step's title: the grid's frozen header row.
    case title
    /// Free text of the step, wrapped in its cell.
    case text
    /// A score with a word: drawn as the emotion curve, never as text.
    case feeling
    /// Marked or not, with a reason: drawn as a star and the reason.
    case flag
    /// One of a few values, which Enter cycles through.
    case choice
    /// Items the cursor selects one by one.
    case list
    /// One of the service blueprint's lines: drawn as a rule, never selected.
    case rule
  }

  /// The layer a lane belongs to: the view options show and hide whole layers.
  enum Layer: Sendable, Equatable {
    /// Always shown.
    case customer
    /// Shown with the details option.
    case detail
    /// The service blueprint: shown with the backstage option.
    case backstage
  }

  /// The lane's name in the gutter, in headings and in messages.
  var label: String
  /// For narrow terminals, where the gutter is 8 columns.
  var shortLabel: String
  var kind: Kind
  var layer: Layer
  /// Rows the lane takes in the grid before spare rows are shared out.
  var height: Int
  /// When the terminal is taller than the lanes need, spare rows go one by one to the lanes
  /// that grow, lowest number first: the room's words go where there is room for them. Nil
  /// for a lane that keeps its height.
  var growth: Int? = nil
  /// How the lane's content is drawn (its items, or its mark on the wall).
  var style: Style = .normal
  /// What an empty cell under the cursor says: the first key of an action, then these words.
  var placeholder: (action: Action, words: String)
  /// What the keys do in the lane, for the line above the status bar while the cursor is on it.
  var hint: @Sendable (EditorState) -> String
  /// The process lane a backstage lane shows (processes live in the map, not in a step).
  var processLane: ProcessLane? = nil
  /// What the wall shows in the lane's one-row cell for a step (a star, a count), nil when
  /// there is nothing to show; a lane without it has no row on the wall.
  var wallMark: (@Sendable (EditorState, _ step: Int) -> String?)? = nil

  // MARK: Reading and writing the cell

  /// The text of a cell that is not a list, read from its step (a list's text is its items).
  var read: (@Sendable (Step) -> String)? = nil
  /// A flag lane: whether the step is marked (it may be marked with no reason given).
  var isMarked: (@Sendable (Step) -> Bool)? = nil
  /// How the cell's text is written back when an edit is kept; nil when it is not edited as
  /// text in place.
  var edit: TextEdit? = nil
  /// What `x` does on the cell when it is not a list.
  var clear: Clear? = nil
  /// A choice lane: its values and how Enter moves on to the next one.
  var choice: Choice? = nil
  /// What a paste in normal mode does on the lane.
  var paste: Paste = .refused
  /// A list lane: how its items are read, written, added, deleted and moved
  /// (`LaneLists.swift` builds the kinds of list there are).
  var list: List? = nil

  /// Writing a text cell: one undo step, named.
  struct TextEdit: Sendable {
    /// The undo step's name.
    var label: String
    var write: @Sendable (inout Step, String) -> Void
    /// Runs after the text is kept, for what the user should know next.
    var then: (@Sendable (inout EditorState, _ step: Int, _ text: String) -> Void)? = nil
  }

  enum Clear: Sendable {
    /// Empties the cell as one undo step, named.
    case field(label: String, @Sendable (inout Step) -> Void)
    /// The cell is never cleared this way: the message says what to do instead.
    case refused(String)
  }

  struct Choice: Sendable {
    /// The values in words, for the message that says how to change them.
    var values: String
    var cycle: @Sendable (inout EditorState, _ step: Int) -> Void
  }

  /// A list lane's items. Each change is one undo step.
  struct List: Sendable {
    /// The items as the cell shows them, as plain (not yet terminal-safe) text.
    var items: @Sendable (EditorState, _ step: Int) -> [String]
    var count: @Sendable (EditorState, _ step: Int) -> Int
    /// The text an item is edited as (which may differ from how the cell shows it).
    var editText: @Sendable (EditorState, _ step: Int, _ item: Int) -> String
    /// Keeps an item's edited text, or adds a new item there when `isNew`. Never empty text:
    /// that deletes the item instead.
    var write: @Sendable (inout EditorState, _ step: Int, _ item: Int, _ isNew: Bool, _ text: String) -> Void
    var delete: @Sendable (inout EditorState, _ step: Int, _ item: Int) -> Void
    /// Swaps an item with its neighbour (`from` and `to` are in range).
    var move: @Sendable (inout EditorState, _ step: Int, _ from: Int, _ to: Int) -> Void
    var adding: Adding
    /// `:owner` on an item, for items that have one.
    var setOwner: (@Sendable (inout EditorState, _ step: Int, _ item: Int, _ owner: String) -> Void)? = nil
  }

  enum Paste: Sendable, Equatable {
    /// Each line becomes a new step, captured as `o` captures one.
    case newSteps
    /// The lines, joined by spaces, go after the cell's text.
    case appendText
    /// Each line becomes a new item (of a list whose items are typed).
    case items
    /// Nothing is pasted: the message says where a paste can go.
    case refused
  }

  /// How a new item comes into a list.
  enum Adding: Sendable {
    /// Typed in place as a new line of the list: Tab goes on to the next one, and a paste adds
    /// one per line. Before the first, the message says how to write one, when it needs saying.
    case typed(firstHint: String?)
    /// Picked, or created, at a prompt: the items live in the map and steps share them.
    case picked(@Sendable (inout EditorState) -> Void)
  }
}

extension Lane {
  public var label: String { spec.label }
  public var shortLabel: String { spec.shortLabel }

  /// The three lines of a service blueprint are drawn as rules, never selected.
  public var isRule: Bool { spec.kind == .rule }

  /// Lanes that hold a list of items the cursor can select one by one.
  public var isList: Bool { spec.kind == .list }

  public var processLane: ProcessLane? { spec.processLane }

  public var isDetail: Bool { spec.layer == .detail }
  public var isBackstageLayer: Bool { spec.layer == .backstage }

  /// Rows the lane takes on screen.
  public var height: Int { spec.height }
}
