import JourneyMapCore

/// The whole journey on one slide, the wall's picture made for a room: stage bands, every step
/// a note with its number and title, the emotion curve as tall as the screen allows with each
/// feeling's word under its point, moments of truth starred, and how many pain points and
/// opportunities each step has. A journey too long for the width goes on over several slides.
struct JourneyChart: Equatable {
  let columns: Range<Int>
  let columnWidth: Int
  let titleRows: Int
  /// Rows between two feeling levels.
  let spacing: Int
  /// Rows above the chart left blank, to centre it.
  let padding: Int

  static let gutter = 7
  static let minimumColumnWidth = 4
  static let maximumColumnWidth = 18
  /// Rows the chart takes besides the titles and the curve: stage band, numbers, a blank row,
  /// a blank row, moments, pain points, opportunities.
  static let fixedRows = 7
  /// The label, a blank row, and at the bottom a blank row and the legend.
  static let frameRows = 4

  var contentWidth: Int { columnWidth - 1 }
  var curveRows: Int { 4 * spacing + 1 }

  static func slides(_ state: EditorState, frame: SlideFrame) -> [Slide] {
    let count = state.columns.count
    let perSlide = max(1, (frame.width - gutter) / minimumColumnWidth)
    let parts = max(1, (count + perSlide - 1) / perSlide)
    let size = (count + parts - 1) / parts
    let steps = state.map.steps.count
    let stages = state.map.stages.count
    return (0..<parts).map { part in
      let range = min(count, part * size)..<min(count, (part + 1) * size)
      let suffix = parts > 1 ? " · \(part + 1)/\(parts)" : ""
      return Slide(
        id: SlideID(.journey, part: part),
        title: "The journey: \(steps) step\(steps == 1 ? "" : "s"), \(stages) stage\(stages == 1 ? "" : "s")" + suffix,
        content: .journey(JourneyChart(columns: range, frame: frame)))
    }
  }

  init(columns: Range<Int>, frame: SlideFrame) {
    self.columns = columns
    let share = (frame.width - JourneyChart.gutter) / max(1, columns.count)
    columnWidth = max(JourneyChart.minimumColumnWidth, min(JourneyChart.maximumColumnWidth, share))
    // Spare rows go to longer titles and a taller curve, in turn.
    var spare = frame.height - JourneyChart.frameRows - JourneyChart.fixedRows - 2 - 5
    var titles = 2
    var spacing = 1
    for grant in ["title", "curve", "title", "curve", "title", "curve", "title", "curve", "curve"] {
      let cost = grant == "title" ? 1 : 4
      guard spare >= cost else { continue }
      spare -= cost
      if grant == "title" { titles += 1 } else { spacing += 1 }
    }
    titleRows = titles
    self.spacing = spacing
    padding = max(0, spare / 2)
  }

  // MARK: Drawing

  func x(_ column: Int, frame: SlideFrame) -> Int { frame.left + JourneyChart.gutter + (column - columns.lowerBound) * columnWidth }

  func draw(_ screen: inout Screen, _ state: EditorState, frame: SlideFrame) {
    let map = state.map
    let moments = map.steps.filter { $0.momentOfTruth != nil }.count
    SlideText.label(
      "The journey · \(map.steps.count) steps · \(map.stages.count) stages · \(moments) moment\(moments == 1 ? "" : "s") of truth",
      width: frame.width
    ).draw(&screen, x: frame.left, row: frame.top, width: frame.width)
    guard !columns.isEmpty else {
      SlideLine("No steps yet", .placeholder).draw(&screen, x: frame.left, row: frame.top + 2, width: frame.width)
      return
    }
    let stageRow = frame.top + 2 + padding
    let numberRow = stageRow + 1
    let titleTop = numberRow + 1
    let curveTop = titleTop + titleRows + 1
    let momentRow = curveTop + curveRows + 1
    var overview = state
    overview.options.focusStage = false
    StageBand(
      state: overview, first: columns.lowerBound, last: columns.upperBound, left: x(columns.lowerBound, frame: frame),
      columnWidth: columnWidth
    ).draw(&screen, row: stageRow)
    gutter(
      &screen, frame: frame,
      rows: [(stageRow, "Stage"), (titleTop, "Step"), (momentRow, "★"), (momentRow + 1, "Pain"), (momentRow + 2, "Ideas")])
    for (score, text) in [(2, "+2"), (0, "0"), (-2, "−2")] {
      let row = curveTop + (2 - score) * spacing
      screen.write(text, column: frame.left + JourneyChart.gutter - 2 - DisplayWidth.of(text), row: row, style: .slideLabel)
    }
    for column in columns { note(&screen, state, column: column, frame: frame, numberRow: numberRow, titleTop: titleTop) }
    curve(&screen, state, frame: frame, top: curveTop)
    for column in columns { counts(&screen, state, column: column, frame: frame, row: momentRow) }
    separators(&screen, state, frame: frame, rows: numberRow..<(momentRow + 3))
    // Below the sizes slides are made for (80×24), the chart is cut at the footer rather
    // than drawn over it; the legend goes first.
    let below = max(0, frame.size.rows - 1 - frame.bottom)
    screen.fill(column: 0, row: frame.bottom, width: frame.size.columns, height: below, style: .normal)
    guard momentRow + 4 < frame.bottom else { return }
    SlideText.line(
      [
        ("★ moment of truth · ● feeling, −2 to +2 · counts of ", .placeholder), ("pain points", .pain), (" and ", .placeholder),
        ("ideas", .opportunity),
      ],
      width: frame.width
    ).draw(&screen, x: frame.left, row: momentRow + 4, width: frame.width)
  }

  func gutter(_ screen: inout Screen, frame: SlideFrame, rows: [(Int, String)]) {
    for (row, text) in rows { screen.write(text, column: frame.left, row: row, limit: JourneyChart.gutter - 1, style: .slideLabel) }
  }

  func note(_ screen: inout Screen, _ state: EditorState, column: Int, frame: SlideFrame, numberRow: Int, titleTop: Int) {
    let left = x(column, frame: frame)
    guard case .step(let index) = state.columns.items[column] else {
      screen.write(TextLayout.truncate("none yet", to: contentWidth), column: left, row: titleTop, style: .placeholder)
      return
    }
    let step = state.map.steps[index]
    let style: Style = step.momentOfTruth != nil ? .stepHeaderMoment : .note
    screen.write(String(index + 1), column: left, row: numberRow, limit: contentWidth, style: .placeholder)
    screen.fill(column: left, row: titleTop, width: contentWidth, height: titleRows, style: style)
    let title = SafeText.displayable(step.title, limit: contentWidth * titleRows * 3)
    let lines = title.isEmpty ? ["…"] : Abbreviation.lines(title, width: contentWidth, rows: titleRows)
    for (i, line) in lines.enumerated() { screen.write(line, column: left, row: titleTop + i, limit: contentWidth, style: style) }
  }

  func curve(_ screen: inout Screen, _ state: EditorState, frame: SlideFrame, top: Int) {
    let rows = top..<(top + curveRows)
    func row(_ score: Int) -> Int { top + (2 - score) * spacing }
    let start = x(columns.lowerBound, frame: frame)
    let end = x(columns.upperBound, frame: frame)
    screen.write(String(repeating: "┄", count: max(0, end - start - 1)), column: start, row: row(0), style: .baseline)
    var previous: CurveLine.Point? = nil
    for column in columns {
      let left = x(column, frame: frame)
      guard case .step(let index) = state.columns.items[column], let feeling = state.map.steps[index].feeling else {
        previous = nil
        continue
      }
      let score = max(-2, min(2, feeling.score))
      let point = (x: left + (contentWidth - 1) / 2, row: row(score), score: score)
      if let previous { CurveLine.join(&screen, from: previous, to: point, boundary: left - 1, rows: rows) }
      screen.write("●", column: point.x, row: point.row, style: .feeling(score))
      previous = point
    }
    // The feeling's word under its point (over it at the bottom), where there is air for it.
    guard spacing >= 2, contentWidth >= 5 else { return }
    for column in columns {
      guard case .step(let index) = state.columns.items[column], let feeling = state.map.steps[index].feeling, !feeling.word.isEmpty else { continue }
      let score = max(-2, min(2, feeling.score))
      let word = TextLayout.truncate(SafeText.displayable(feeling.word, limit: contentWidth + 1), to: contentWidth)
      let labelRow = score == -2 ? row(score) - 1 : row(score) + 1
      let left = x(column, frame: frame)
      screen.write(word, column: left + max(0, (contentWidth - DisplayWidth.of(word)) / 2), row: labelRow, style: .feeling(score))
    }
  }

  func counts(_ screen: inout Screen, _ state: EditorState, column: Int, frame: SlideFrame, row: Int) {
    guard case .step(let index) = state.columns.items[column] else { return }
    let step = state.map.steps[index]
    let left = x(column, frame: frame)
    func centred(_ text: String, _ row: Int, _ style: Style) {
      let text = TextLayout.truncate(text, to: contentWidth)
      screen.write(text, column: left + max(0, (contentWidth - DisplayWidth.of(text)) / 2), row: row, style: style)
    }
    if step.momentOfTruth != nil { centred("★", row, .moment) }
    if !step.painPoints.isEmpty { centred(String(step.painPoints.count), row + 1, .pain) }
    if !step.opportunities.isEmpty { centred(String(step.opportunities.count), row + 2, .opportunity) }
  }

  /// A line between stages, in the gap before each stage's first column, where nothing is drawn.
  func separators(_ screen: inout Screen, _ state: EditorState, frame: SlideFrame, rows: Range<Int>) {
    for column in (columns.lowerBound + 1)..<max(columns.lowerBound + 1, columns.upperBound)
    where state.columns.stageOfColumn[column] != state.columns.stageOfColumn[column - 1] {
      let sx = x(column, frame: frame) - 1
      for row in rows where row < frame.bottom && screen[sx, row].character == " " { screen.write("│", column: sx, row: row, style: .rule) }
    }
  }
}
