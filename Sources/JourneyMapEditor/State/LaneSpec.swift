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
  /// The process lane a backstage lane shows (processes live in the map, not in a step).
  var processLane: ProcessLane? = nil
  /// What the wall shows in the lane's one-row cell for a step (a star, a count), nil when
  /// there is nothing to show; a lane without it has no row on the wall.
  var wallMark: (@Sendable (EditorState, _ step: Int) -> String?)? = nil
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
