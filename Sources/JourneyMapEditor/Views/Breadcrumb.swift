import JourneyMapCore

/// The row under the title bar that tells the room where it is (view, stage, step n of N), with
/// a marker at each edge counting the steps off that edge ("◂ 3", "4 ▸"); the markers are drawn
/// whenever steps are off screen, wherever the edge falls (between two stages too), and
/// clicking one pages that way.
enum Breadcrumb {
  /// `first` and `count`: the columns the view shows.
  static func draw(_ screen: inout Screen, _ state: EditorState, row: Int, first: Int, count: Int) {
    let width = screen.size.columns
    screen.fill(column: 0, row: row, width: width, style: .breadcrumb)
    let range = state.columnRange
    let last = min(range.upperBound, first + count)
    let before = state.columns.steps(in: range.lowerBound..<first)
    let after = state.columns.steps(in: last..<range.upperBound)
    var left = 0
    var right = width
    if before > 0 {
      let text = " ◂ \(before) "
      left = screen.write(text, column: 0, row: row, style: .marker) + 1
      screen.mark(.scroll(-max(1, count)), column: 0, row: row, width: left - 1)
    }
    if after > 0 {
      let text = " \(after) ▸ "
      let w = DisplayWidth.of(text)
      right = max(left, width - w)
      screen.write(text, column: right, row: row, style: .marker)
      screen.mark(.scroll(max(1, count)), column: right, row: row, width: w)
      right -= 1
    }
    let text = " " + state.options.view.title + " › " + place(state, limit: width)
    screen.write(TextLayout.truncate(text, to: max(0, right - left)), column: left, row: row, limit: max(0, right - left), style: .breadcrumb)
  }

  /// "Look for help (stage 2 of 4) › step 4 of 10: Searches the help centre": steps are
  /// counted as steps, so an empty stage's placeholder column is never one of them.
  static func place(_ state: EditorState, limit: Int) -> String {
    guard let stage = state.currentStage else { return "No stages yet" }
    let name = SafeText.displayable(state.map.stages[stage].name, limit: limit)
    var text = "\(name.isEmpty ? "untitled stage" : name) (stage \(stage + 1) of \(state.map.stages.count)) › "
    if let step = state.currentStep {
      let title = SafeText.displayable(state.map.steps[step].title, limit: limit)
      text += "step \(step + 1) of \(state.map.steps.count): " + (title.isEmpty ? "untitled step" : title)
    } else {
      text += "no steps yet (\(state.key(.insertStepAfter)) adds one)"
    }
    return text
  }
}

/// The band of stage names over the step columns, shared by the grid and the wall: each stage
/// spans its visible columns in alternating colours, with ◂ / ▸ where it goes on off screen.
struct StageBand {
  let state: EditorState
  /// Visible columns.
  let first: Int
  let last: Int
  /// Where column `first` starts and how wide each column is (the last cell is a gap).
  let left: Int
  let columnWidth: Int

  func draw(_ screen: inout Screen, row: Int) {
    var column = first
    while column < last {
      let stage = state.columns.stageOfColumn[column]
      let range = state.columns.stageRanges[stage]
      let end = min(range.upperBound, last)
      let startX = left + (column - first) * columnWidth
      let width = (end - column) * columnWidth - 1
      let style: Style = stage % 2 == 0 ? .stageA : .stageB
      screen.fill(column: startX, row: row, width: width, style: style)
      var name = SafeText.displayable(state.map.stages[stage].name, limit: max(1, width))
      if range.lowerBound < column { name = "◂ " + name }
      if state.options.focusStage { name += "  (stage \(stage + 1) of \(state.map.stages.count))" }
      let trailing = range.upperBound > end ? " ▸" : ""
      let nameWidth = width - 1 - DisplayWidth.of(trailing)
      screen.write(" " + TextLayout.truncate(name, to: max(0, nameWidth)), column: startX, row: row, limit: width, style: style)
      if !trailing.isEmpty { screen.write(trailing, column: startX + width - DisplayWidth.of(trailing), row: row, style: style) }
      screen.mark(.column(column), column: startX, row: row, width: width)
      column = end
    }
  }
}
