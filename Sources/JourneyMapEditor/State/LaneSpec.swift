import JourneyMapCore

/// One row of the lane table (`LaneTable.swift`): everything the editor knows about one lane of
/// the grid. The renderers, the update function and recovery read the row instead of switching
/// over lanes, so that adding a lane is adding a row, and no view can be left not knowing it.
///
/// A class: the rows are read on every key and every cell drawn, and handing out a reference
/// costs one count, where a copy of the row would count every closure and string in it.
final class LaneSpec: Sendable {
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
  let label: String
  /// For narrow terminals, where the gutter is 8 columns.
  let shortLabel: String
  let kind: Kind
  let layer: Layer
  /// Rows the lane takes in the grid before spare rows are shared out.
  let height: Int
  /// When the terminal is taller than the lanes need, spare rows go one by one to the lanes
  /// that grow, lowest number first: the room's words go where there is room for them. Nil
  /// for a lane that keeps its height.
  let growth: Int?
  /// How the lane's content is drawn (its items, or its mark on the wall).
  let style: Style
  /// What an empty cell under the cursor says: the first key of an action, then these words.
  let placeholder: (action: Action, words: String)
  /// What the keys do in the lane, for the line above the status bar while the cursor is on it.
  let hint: @Sendable (EditorState) -> String
  /// The process lane a backstage lane shows (processes live in the map, not in a step).
  let processLane: ProcessLane?
  /// What the wall shows in the lane's one-row cell for a step (a star, a count), nil when
  /// there is nothing to show; a lane without it has no row on the wall.
  let wallMark: (@Sendable (EditorState, _ step: Int) -> String?)?

  // MARK: Reading and writing the cell

  /// The text of a cell that is not a list, read from its step (a list's text is its items).
  let read: (@Sendable (Step) -> String)?
  /// A flag lane: whether the step is marked (it may be marked with no reason given).
  let isMarked: (@Sendable (Step) -> Bool)?
  /// How the cell's text is written back when an edit is kept; nil when it is not edited as
  /// text in place.
  let edit: TextEdit?
  /// What `x` does on the cell when it is not a list.
  let clear: Clear?
  /// A choice lane: its values and how Enter moves on to the next one.
  let choice: Choice?
  /// What a paste in normal mode does on the lane.
  let paste: Paste
  /// A list lane: how its items are read, written, added, deleted and moved
  /// (`LaneLists.swift` builds the kinds of list there are).
  let list: List?

  init(
    label: String, shortLabel: String, kind: Kind, layer: Layer, height: Int, growth: Int? = nil, style: Style = .normal,
    placeholder: (action: Action, words: String), hint: @escaping @Sendable (EditorState) -> String,
    processLane: ProcessLane? = nil, wallMark: (@Sendable (EditorState, _ step: Int) -> String?)? = nil,
    read: (@Sendable (Step) -> String)? = nil, isMarked: (@Sendable (Step) -> Bool)? = nil, edit: TextEdit? = nil,
    clear: Clear? = nil, choice: Choice? = nil, paste: Paste = .refused, list: List? = nil
  ) {
    self.label = label
    self.shortLabel = shortLabel
    self.kind = kind
    self.layer = layer
    self.height = height
    self.growth = growth
    self.style = style
    self.placeholder = placeholder
    self.hint = hint
    self.processLane = processLane
    self.wallMark = wallMark
    self.read = read
    self.isMarked = isMarked
    self.edit = edit
    self.clear = clear
    self.choice = choice
    self.paste = paste
    self.list = list
  }

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
  final class List: Sendable {
    /// The items as the cell shows them, as plain (not yet terminal-safe) text.
    let items: @Sendable (EditorState, _ step: Int) -> [String]
    let count: @Sendable (EditorState, _ step: Int) -> Int
    /// The text an item is edited as (which may differ from how the cell shows it).
    let editText: @Sendable (EditorState, _ step: Int, _ item: Int) -> String
    /// Keeps an item's edited text, or adds a new item there when `isNew`. Never empty text:
    /// that deletes the item instead.
    let write: @Sendable (inout EditorState, _ step: Int, _ item: Int, _ isNew: Bool, _ text: String) -> Void
    let delete: @Sendable (inout EditorState, _ step: Int, _ item: Int) -> Void
    /// Swaps an item with its neighbour (`from` and `to` are in range).
    let move: @Sendable (inout EditorState, _ step: Int, _ from: Int, _ to: Int) -> Void
    let adding: Adding
    /// `:owner` on an item, for items that have one.
    let setOwner: (@Sendable (inout EditorState, _ step: Int, _ item: Int, _ owner: String) -> Void)?

    init(
      items: @escaping @Sendable (EditorState, _ step: Int) -> [String],
      count: @escaping @Sendable (EditorState, _ step: Int) -> Int,
      editText: @escaping @Sendable (EditorState, _ step: Int, _ item: Int) -> String,
      write: @escaping @Sendable (inout EditorState, _ step: Int, _ item: Int, _ isNew: Bool, _ text: String) -> Void,
      delete: @escaping @Sendable (inout EditorState, _ step: Int, _ item: Int) -> Void,
      move: @escaping @Sendable (inout EditorState, _ step: Int, _ from: Int, _ to: Int) -> Void,
      adding: Adding,
      setOwner: (@Sendable (inout EditorState, _ step: Int, _ item: Int, _ owner: String) -> Void)? = nil
    ) {
      self.items = items
      self.count = count
      self.editText = editText
      self.write = write
      self.delete = delete
      self.move = move
      self.adding = adding
      self.setOwner = setOwner
    }
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

  /// The lanes of backstage processes, top to bottom.
  static let processLanes = Lane.allCases.filter { $0.processLane != nil }

  public var isDetail: Bool { spec.layer == .detail }
  public var isBackstageLayer: Bool { spec.layer == .backstage }

  /// Rows the lane takes on screen.
  public var height: Int { spec.height }
}
