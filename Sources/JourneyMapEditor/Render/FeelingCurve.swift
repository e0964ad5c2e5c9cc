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
    let baseline = row(for: 0)
    let body = grid.geometry.bodyTop..<grid.geometry.bodyBottom
    for column in grid.firstColumn..<grid.lastColumn {
      let left = grid.x(column)
      screen.mark(
        .cell(column: column, lane: .feeling, item: nil), column: left - 1, row: top, width: grid.geometry.columnWidth,
        height: FeelingCurve.levels, rows: body)
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
      // Only points on screen are joined: a line from the edge would point at nothing the room
      // can see (the breadcrumb's ◂ counts what is off screen).
      if let previous {
        join(&screen, from: previous, to: (pointX, pointRow, score), boundary: left - 2)
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

  func join(_ screen: inout Screen, from a: CurveLine.Point, to b: CurveLine.Point, boundary: Int) {
    CurveLine.join(&screen, from: a, to: b, boundary: boundary, rows: grid.geometry.bodyTop..<grid.geometry.bodyBottom)
  }
}
