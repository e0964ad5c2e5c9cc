/// Where things are on screen, computed from the state and the terminal size. Shared by the
/// renderer (to draw), the update function (to keep the cursor in view) and mouse handling (to
/// find the cell under a click), so the three always agree.
public struct GridGeometry: Sendable {
  public static let minimumSize = Size(columns: 40, rows: 12)
  static let preferredColumnWidth = 26
  static let minimumColumnWidth = 14

  public let size: Size
  public let gutter: Int
  public let columnWidth: Int
  /// How many columns fit side by side.
  public let visibleCount: Int
  /// Row of the title bar, the breadcrumb, the stage header and the frozen step lane.
  public let titleRow = 0
  public let breadcrumbRow = 1
  public let stageRow = 2
  public let stepRow = 3
  /// The scrolling lanes occupy rows bodyTop..<bodyBottom.
  public let bodyTop: Int
  public let bodyBottom: Int
  /// Lanes below the step lane with their offset from the top of the (unscrolled) body.
  public let lanes: [(lane: Lane, offset: Int, height: Int)]
  public let bodyHeight: Int

  public var isTooSmall: Bool { size.columns < GridGeometry.minimumSize.columns || size.rows < GridGeometry.minimumSize.rows }
  public var narrow: Bool { size.columns < 70 }

  public init(_ state: EditorState) {
    size = state.size
    gutter = state.size.columns < 70 ? 8 : 17
    let available = max(1, size.columns - gutter)
    let range = state.columnRange
    if state.options.focusStage, !range.isEmpty {
      let width = max(GridGeometry.minimumColumnWidth, available / range.count)
      visibleCount = max(1, min(range.count, available / width))
      columnWidth = available / visibleCount
    } else {
      // As many columns of about the preferred width as fit, but never more than there are:
      // a short journey gets wider columns instead of an empty margin.
      let count = max(1, min(available / GridGeometry.preferredColumnWidth, range.count))
      visibleCount = count
      columnWidth = available / count
    }
    bodyTop = stepRow + Lane.step.height
    bodyBottom = max(bodyTop, size.rows - 2)
    let shown = state.visibleLanes.filter { $0 != .step }
    var heights = GridGeometry.heights(for: shown, available: bodyBottom - bodyTop)
    // An empty backstage is one line that says how to add the first process.
    if state.map.processes.isEmpty, heights[.backstage] != nil {
      let spare = heights[.backstage]! - 1
      heights[.backstage] = 1
      if let grower = GridGeometry.growable.first(where: { heights[$0] != nil && $0 != .backstage }) {
        heights[grower, default: 0] += spare
      }
    }
    var offset = 0
    var lanes: [(Lane, Int, Int)] = []
    for lane in shown {
      let height = heights[lane] ?? lane.height
      lanes.append((lane, offset, height))
      offset += height
    }
    self.lanes = lanes
    bodyHeight = offset
  }

  /// Lanes that grow, in the order they get extra rows (their `growth` in the lane table), when
  /// the terminal is taller than the lanes need.
  static let growable: [Lane] = Lane.allCases.compactMap { lane in lane.spec.growth.map { (lane, $0) } }
    .sorted { $0.1 < $1.1 }.map(\.0)

  /// Each lane's height: its base height, plus a share of spare rows (at most 4 more each).
  static func heights(for lanes: [Lane], available: Int) -> [Lane: Int] {
    var heights: [Lane: Int] = [:]
    for lane in lanes { heights[lane] = lane.height }
    var spare = available - lanes.reduce(0) { $0 + $1.height }
    let candidates = growable.filter { lanes.contains($0) }
    var round = 0
    while spare > 0 && round < 4 && !candidates.isEmpty {
      for lane in candidates where spare > 0 {
        heights[lane, default: lane.height] += 1
        spare -= 1
      }
      round += 1
    }
    return heights
  }

  /// Screen x of a column, given the first column shown.
  public func x(ofColumn column: Int, first: Int) -> Int { gutter + (column - first) * columnWidth }

  public func lanePosition(_ lane: Lane) -> (offset: Int, height: Int)? {
    lanes.first { $0.lane == lane }.map { ($0.offset, $0.height) }
  }
}
