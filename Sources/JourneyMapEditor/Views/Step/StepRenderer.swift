import JourneyMapCore

/// Draws the step view: the breadcrumb, then the page of ``StepLayout`` scrolled by
/// `stepScroll`, with ↑ / ↓ where the page goes on above or below.
struct StepRenderer {
  let state: EditorState
  let layout: StepLayout

  init(state: EditorState) {
    self.state = state
    layout = StepLayout(state)
  }

  func draw(_ screen: inout Screen) {
    Breadcrumb.draw(&screen, state, row: 1, first: state.cursor.column, count: 1)
    guard state.currentStep != nil else {
      let text =
        state.columns.count == 0
        ? "No stages yet: \(state.key(.addStage)) adds one"
        : "No steps in this stage yet: \(state.key(.insertStepAfter)) adds one"
      screen.write(text, column: 2, row: layout.top + 1, style: .placeholder)
      return
    }
    let scroll = state.stepScroll
    let rows = layout.top..<layout.bottom
    for line in layout.lines {
      let row = layout.top + line.row - scroll
      guard rows.contains(row) else { continue }
      if line.fill { screen.fill(column: line.x, row: row, width: line.width, style: line.style) }
      if line.isEditor, case .edit(let edit) = state.mode {
        Renderer.drawEditor(&screen, edit.editor, column: line.x, row: row, width: line.width, style: .editField)
      } else {
        screen.write(line.text, column: line.x, row: row, limit: line.width, style: line.style)
      }
      if let lane = line.lane {
        screen.mark(.cell(column: layout.column, lane: lane, item: line.item), column: line.x, row: row, width: line.width)
      }
    }
    drawFindingMarks(&screen, scroll: scroll, rows: rows)
    let right = screen.size.columns - 2
    if scroll > 0 { screen.write("↑", column: right, row: layout.top, style: .marker) }
    if layout.height - scroll > layout.visibleRows { screen.write("↓", column: right, row: layout.bottom - 1, style: .marker) }
  }

  /// Each finding's mark two columns before its lane's heading (or its item's first line).
  func drawFindingMarks(_ screen: inout Screen, scroll: Int, rows: Range<Int>) {
    var marks: [Int: (x: Int, findings: [LintFinding])] = [:]
    for place in state.findingPlaces(inColumn: layout.column) {
      let line = layout.lines.first { $0.lane == place.lane && (!place.lane.isList || $0.item == place.item) }
        ?? layout.lines.first { $0.lane == place.lane }
      guard let line else { continue }
      let row = layout.top + line.row - scroll
      guard rows.contains(row) else { continue }
      marks[row, default: (max(0, line.x - 2), [])].findings.append(place.finding)
    }
    for (row, mark) in marks {
      if let worst = FindingMarks.worst(mark.findings) { FindingMarks.draw(&screen, worst, column: mark.x, row: row) }
    }
  }
}
