/// Where the wall draws things, from the state and the terminal size; the wall's renderer, its
/// scrolling and its paging all read it.
///
/// Every step is a narrow column (a sticky note) as wide as the journey allows: the columns
/// share the width so that the whole journey fits when it can (ten steps at 80 columns, forty at
/// 200), never narrower than four cells; beyond that the wall scrolls.
struct WallGeometry {
  static let minimumColumnWidth = 4
  static let maximumColumnWidth = 24

  let size: Size
  let gutter: Int
  /// A column's width, its last cell a gap between notes.
  let columnWidth: Int
  let visibleCount: Int
  let breadcrumbRow = 1
  let stageRow = 2
  let numberRow = 3
  let titleTop = 4
  let titleRows: Int
  let curveTop: Int
  /// Rows between two feeling levels: the curve grows with the screen.
  let levelSpacing: Int
  /// The one-row lanes under the curve, top to bottom (moments, pain points, opportunities,
  /// then the backstage layer's lanes, or its one hint row while it is empty).
  let rows: [(lane: Lane, row: Int)]
  /// The line of interaction, when the backstage layer is shown.
  let ruleRow: Int?
  /// Rows the wall may draw on: above the status bar.
  let bottom: Int

  var contentWidth: Int { columnWidth - 1 }
  var curveRows: Int { 4 * levelSpacing + 1 }

  init(_ state: EditorState) {
    size = state.size
    // Wide enough for "Frontstage" and "Backstage" from 100 columns on.
    gutter = size.columns < 70 ? 8 : (size.columns < 100 ? 10 : 12)
    let available = max(1, size.columns - gutter)
    let count = max(1, state.columnRange.count)
    columnWidth = max(WallGeometry.minimumColumnWidth, min(WallGeometry.maximumColumnWidth, available / count))
    visibleCount = max(1, min(count, available / columnWidth))
    bottom = max(titleTop, size.rows - 2)

    let processLanes = state.visibleLanes.filter { $0.processLane != nil }
    let backstageRows = processLanes.count
    let fixed = 5 + 3 + (backstageRows > 0 ? 1 + backstageRows : 0)
    var spare = bottom - titleTop - fixed - 2
    // Spare rows go, in this order, to longer titles, air around the curve, a taller curve,
    // longer titles still, and a taller curve still.
    var titles = 2
    var gaps = 0
    var spacing = 1
    for (grant, cost) in [("titles", 2), ("gaps", 2), ("spacing", 4), ("titles", 2), ("spacing", 4), ("titles", 2)] where spare >= cost {
      spare -= cost
      switch grant {
      case "titles": titles += 2
      case "gaps": gaps = 1
      default: spacing += 1
      }
    }
    titleRows = titles
    levelSpacing = spacing
    curveTop = titleTop + titles + gaps
    var row = curveTop + 4 * spacing + 1 + gaps
    var rows: [(Lane, Int)] = []
    // The customer's lanes the wall marks (in the lane table, those with a wall mark).
    for lane in Lane.allCases where lane.spec.wallMark != nil && !lane.isBackstageLayer {
      rows.append((lane, row))
      row += 1
    }
    if backstageRows > 0 {
      ruleRow = row
      row += 1
      for lane in processLanes {
        rows.append((lane, row))
        row += 1
      }
    } else {
      ruleRow = nil
    }
    self.rows = rows
  }

  /// Screen x where a column starts, given the first column shown.
  func x(ofColumn column: Int, first: Int) -> Int { gutter + (column - first) * columnWidth }

  /// The row a feeling score is drawn on.
  func row(forScore score: Int) -> Int { curveTop + (2 - max(-2, min(2, score))) * levelSpacing }

  /// The lanes the wall has a row for, top to bottom: what j and k move between.
  var lanes: [Lane] { [.step, .feeling] + rows.map(\.lane) }

  func row(of lane: Lane) -> Int? { rows.first { $0.lane == lane }?.row }
}
