import JourneyMapCore
/// The feeling lane: an emotion curve across the steps, five rows from +2 (top) to −2 (bottom)
/// around a dotted zero baseline, each point coloured from negative to positive and labelled
/// with its score and word. Steps without a feeling leave a gap in the curve.
struct FeelingCurve {
  let grid: GridRenderer
  let top: Int

  static let levels = 5

  func row(for score: Int) -> Int { top + (2 - max(-2, min(2, score))) }

  func draw(_ screen: inout Screen) {
    let columnWidth = grid.geometry.columnWidth
    let baseline = row(for: 0)
    for column in grid.firstColumn..<grid.lastColumn {
      let left = grid.x(column)
      grid.put(&screen, String(repeating: "┄", count: grid.contentWidth), x: left, row: baseline, width: grid.contentWidth, style: .baseline)
    }
    // Points and the segments that join neighbouring points.
    var previous: (x: Int, row: Int, score: Int)? = nil
    for column in grid.firstColumn..<grid.lastColumn {
      let left = grid.x(column)
      let pointX = left + grid.contentWidth / 2
      guard case .step(let index) = grid.state.columns.items[column], let feeling = grid.state.map.steps[index].feeling else {
        previous = nil
        continue
      }
      let score = max(-2, min(2, feeling.score))
      let pointRow = row(for: score)
      if let previous {
        join(&screen, from: previous, to: (pointX, pointRow, score), boundary: left - 2)
      } else if column == grid.firstColumn, column > 0, case .step(let before) = grid.state.columns.items[column - 1],
        let f = grid.state.map.steps[before].feeling
      {
        // The curve continues from a step scrolled off to the left.
        join(&screen, from: (left - columnWidth / 2, row(for: f.score), f.score), to: (pointX, pointRow, score), boundary: left - 2, clip: left - 1)
      }
      grid.put(&screen, "●", x: pointX, row: pointRow, width: 1, style: .feeling(score))
      previous = (pointX, pointRow, score)
    }
    // Labels: score and word under the point (above it at the bottom level).
    for column in grid.firstColumn..<grid.lastColumn {
      let left = grid.x(column)
      let isCursor = column == grid.state.cursor.column && grid.state.cursor.lane == .feeling
      guard case .step(let index) = grid.state.columns.items[column] else { continue }
      guard let feeling = grid.state.map.steps[index].feeling else {
        if isCursor {
          grid.put(&screen, "no feeling yet: 1–5", x: left, row: baseline, width: grid.contentWidth, style: .placeholder)
          grid.restyle(&screen, x: left, row: baseline, width: grid.contentWidth, style: .cursor)
        }
        continue
      }
      let score = max(-2, min(2, feeling.score))
      let labelRow = score == -2 ? row(for: score) - 1 : row(for: score) + 1
      let sign = feeling.score > 0 ? "+\(feeling.score)" : "\(feeling.score)"
      let label = feeling.word.isEmpty ? sign : "\(sign) " + SafeText.displayable(feeling.word, limit: grid.contentWidth)
      let text = TextLayout.truncate(label, to: grid.contentWidth)
      let labelX = left + max(0, (grid.contentWidth - DisplayWidth.of(text)) / 2)
      grid.put(&screen, text, x: labelX, row: labelRow, width: grid.contentWidth, style: .feeling(score))
      if isCursor {
        grid.restyle(&screen, x: left, row: labelRow, width: grid.contentWidth, style: .cursor)
        grid.restyle(&screen, x: left + grid.contentWidth / 2, row: row(for: score), width: 1, style: .cursor)
      }
    }
  }

  /// Draws ─ from one point to the column boundary, │ (with corners) along the boundary, and
  /// ─ on to the next point.
  func join(
    _ screen: inout Screen, from a: (x: Int, row: Int, score: Int), to b: (x: Int, row: Int, score: Int), boundary: Int,
    clip: Int = Int.min
  ) {
    let style = Style.feeling(b.score > a.score ? b.score : a.score)
    func dot(_ s: String, _ x: Int, _ row: Int, _ st: Style) {
      guard x >= clip, x >= grid.geometry.gutter else { return }
      grid.put(&screen, s, x: x, row: row, width: 1, style: st)
    }
    for x in (a.x + 1)..<max(a.x + 1, boundary) { dot("─", x, a.row, .feeling(a.score)) }
    for x in (boundary + 1)..<max(boundary + 1, b.x) { dot("─", x, b.row, .feeling(b.score)) }
    if a.row == b.row {
      dot("─", boundary, a.row, style)
      return
    }
    let up = b.row < a.row
    dot(up ? "╯" : "╮", boundary, a.row, style)
    dot(up ? "╭" : "╰", boundary, b.row, style)
    for row in (min(a.row, b.row) + 1)..<max(a.row, b.row) { dot("│", boundary, row, style) }
  }
}
