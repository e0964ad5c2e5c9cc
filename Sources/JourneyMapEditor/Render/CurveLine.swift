/// The emotion curve's line between two neighbouring points, shared by the grid and the wall:
/// ─ from one point to the boundary between their columns, │ (with corners) along the boundary,
/// and ─ on to the next point.
enum CurveLine {
  typealias Point = (x: Int, row: Int, score: Int)

  /// `rows`: where drawing is allowed (the scrolling lanes of the grid).
  static func join(_ screen: inout Screen, from a: Point, to b: Point, boundary: Int, rows: Range<Int>) {
    let style = Style.feeling(b.score > a.score ? b.score : a.score)
    func dot(_ s: String, _ x: Int, _ row: Int, _ st: Style) {
      guard rows.contains(row) else { return }
      screen.write(s, column: x, row: row, limit: 1, style: st)
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
