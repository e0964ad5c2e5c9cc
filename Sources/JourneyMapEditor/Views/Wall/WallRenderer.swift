import JourneyMapCore

/// Draws the wall: the whole journey as narrow notes under their stage bands, the emotion curve
/// across all of them, moment-of-truth stars, counts of pain points and opportunities, and
/// where backstage processes support each step. Only the columns on screen are looked at.
struct WallRenderer {
  let state: EditorState
  let geometry: WallGeometry
  let first: Int
  let last: Int
  /// The findings of the columns on screen, asked once a frame.
  let findings: [Int: [EditorState.FindingPlace]]

  init(state: EditorState) {
    self.state = state
    geometry = WallGeometry(state)
    let range = state.columnRange
    first = max(range.lowerBound, min(state.firstColumn, range.upperBound))
    last = min(range.upperBound, first + geometry.visibleCount)
    findings = FindingMarks.findings(state, first: first, last: last)
  }

  func x(_ column: Int) -> Int { geometry.x(ofColumn: column, first: first) }

  func draw(_ screen: inout Screen) {
    Breadcrumb.draw(&screen, state, row: geometry.breadcrumbRow, first: first, count: geometry.visibleCount)
    drawGutter(&screen)
    guard first < last else {
      screen.write("No stages yet: \(state.key(.addStage)) adds one", column: geometry.gutter, row: geometry.stageRow, style: .placeholder)
      return
    }
    StageBand(state: state, first: first, last: last, left: geometry.gutter, columnWidth: geometry.columnWidth)
      .draw(&screen, row: geometry.stageRow)
    for column in first..<last {
      drawNote(&screen, column)
      drawCounts(&screen, column)
    }
    drawCurve(&screen)
    drawBackstage(&screen)
    drawStageSeparators(&screen)
  }

  // MARK: Gutter

  func label(_ lane: Lane) -> String {
    DisplayWidth.of(lane.label) <= geometry.gutter - 2 ? lane.label : lane.shortLabel
  }

  func drawGutter(_ screen: inout Screen) {
    let width = geometry.gutter
    for row in geometry.stageRow..<geometry.bottom { screen.fill(column: 0, row: row, width: width, style: .gutter) }
    func put(_ lane: Lane?, _ text: String, _ row: Int) {
      let marker = lane != nil && lane == state.cursor.lane ? "▸" : " "
      screen.write(marker + text, column: 0, row: row, limit: width - 1, style: .gutter)
    }
    put(nil, "Stage", geometry.stageRow)
    put(.step, label(.step), geometry.titleTop)
    put(.feeling, label(.feeling), geometry.row(forScore: 0))
    screen.write("+2", column: width - 3, row: geometry.row(forScore: 2), style: .gutter)
    screen.write("-2", column: width - 3, row: geometry.row(forScore: -2), style: .gutter)
    for (lane, row) in geometry.rows where !(lane.processLane != nil && state.map.processes.isEmpty) {
      put(lane, label(lane), row)
    }
  }

  // MARK: Notes and counts

  var isCursorColumn: (Int) -> Bool { { $0 == state.cursor.column } }

  func drawNote(_ screen: inout Screen, _ column: Int) {
    let left = x(column)
    let width = geometry.contentWidth
    let height = geometry.titleRows
    let selected = isCursorColumn(column)
    screen.mark(.cell(column: column, lane: .step, item: nil), column: left, row: geometry.numberRow, width: geometry.columnWidth, height: height + 1)
    guard case .step(let index) = state.columns.items[column] else {
      screen.write(TextLayout.truncate("none yet", to: width), column: left, row: geometry.titleTop, style: selected ? .cursor : .placeholder)
      if let worst = FindingMarks.worst((findings[column] ?? []).map(\.finding)) {
        FindingMarks.draw(&screen, worst, column: left + width - 1, row: geometry.numberRow)
      }
      return
    }
    let step = state.map.steps[index]
    let moment = step.momentOfTruth != nil
    screen.write(String(index + 1), column: left, row: geometry.numberRow, limit: width, style: selected ? .cursor : .placeholder)
    // The step's worst finding, at the right end of its number row.
    if let worst = FindingMarks.worst((findings[column] ?? []).map(\.finding)) {
      FindingMarks.draw(&screen, worst, column: left + width - 1, row: geometry.numberRow)
    }
    let style: Style = selected ? .cursor : (moment ? .stepHeaderMoment : .note)
    screen.fill(column: left, row: geometry.titleTop, width: width, height: height, style: style)
    let title = SafeText.displayable(step.title, limit: width * height * 3)
    let lines = title.isEmpty ? ["…"] : Abbreviation.lines(title, width: width, rows: height)
    for (i, line) in lines.enumerated() {
      screen.write(line, column: left, row: geometry.titleTop + i, limit: width, style: style)
    }
  }

  /// A short mark centred in a column's cell on a row.
  func centred(_ screen: inout Screen, _ text: String, column: Int, row: Int, style: Style) {
    let width = geometry.contentWidth
    let text = TextLayout.truncate(text, to: width)
    screen.write(text, column: x(column) + max(0, (width - DisplayWidth.of(text)) / 2), row: row, style: style)
  }

  func drawCounts(_ screen: inout Screen, _ column: Int) {
    for (lane, row) in geometry.rows {
      screen.mark(.cell(column: column, lane: lane, item: nil), column: x(column), row: row, width: geometry.columnWidth)
      let spec = lane.spec
      if case .step(let index) = state.columns.items[column], let mark = spec.wallMark?(state, index) {
        centred(&screen, mark, column: column, row: row, style: spec.style)
      }
      if isCursorColumn(column) && state.cursor.lane == lane {
        screen.restyle(column: x(column), row: row, width: geometry.contentWidth, style: .cursor)
      }
    }
  }

  // MARK: The curve

  func drawCurve(_ screen: inout Screen) {
    let baseline = geometry.row(forScore: 0)
    let rows = geometry.curveTop..<(geometry.curveTop + geometry.curveRows)
    let end = x(last)
    screen.write(String(repeating: "┄", count: max(0, end - geometry.gutter - 1)), column: geometry.gutter, row: baseline, style: .baseline)
    var previous: CurveLine.Point? = nil
    for column in first..<last {
      let left = x(column)
      screen.mark(.cell(column: column, lane: .feeling, item: nil), column: left, row: rows.lowerBound, width: geometry.columnWidth, height: rows.count)
      let pointX = left + (geometry.contentWidth - 1) / 2
      let selected = isCursorColumn(column) && state.cursor.lane == .feeling
      guard case .step(let index) = state.columns.items[column], let feeling = state.map.steps[index].feeling else {
        previous = nil
        if selected { screen.restyle(column: left, row: baseline, width: geometry.contentWidth, style: .cursor) }
        continue
      }
      let score = max(-2, min(2, feeling.score))
      let point = (x: pointX, row: geometry.row(forScore: score), score: score)
      if let previous { CurveLine.join(&screen, from: previous, to: point, boundary: left - 1, rows: rows) }
      screen.write("●", column: point.x, row: point.row, style: .feeling(score))
      if selected { screen.restyle(column: left, row: point.row, width: geometry.contentWidth, style: .cursor) }
      previous = point
    }
  }

  // MARK: Backstage and stages

  func drawBackstage(_ screen: inout Screen) {
    if let rule = geometry.ruleRow {
      let width = screen.size.columns
      screen.write(String(repeating: "╌", count: width), column: 0, row: rule, style: .rule)
      screen.write(" " + Lane.lineOfInteraction.label + " ", column: 1, row: rule, style: .rule)
    }
    guard state.map.processes.isEmpty, let row = geometry.row(of: .backstage) else { return }
    screen.write(" " + KeyHint.emptyBackstage(state.options.keymap), column: 0, row: row, limit: screen.size.columns, style: .placeholder)
    if state.cursor.lane == .backstage, first <= state.cursor.column, state.cursor.column < last {
      screen.restyle(column: x(state.cursor.column), row: row, width: geometry.contentWidth, style: .cursor)
    }
  }

  /// A line in the gap before each stage's first column, where the cell is still empty.
  func drawStageSeparators(_ screen: inout Screen) {
    let hintRow = state.map.processes.isEmpty ? geometry.row(of: .backstage) : nil
    for column in (first + 1)..<max(first + 1, last) where state.columns.stageOfColumn[column] != state.columns.stageOfColumn[column - 1] {
      let sx = x(column) - 1
      for row in geometry.numberRow..<geometry.bottom
      where row != geometry.ruleRow && row != hintRow && screen[sx, row].character == " " {
        screen.write("│", column: sx, row: row, style: .rule)
      }
    }
  }
}
