extension EditorState {
  /// A click selects what the renderer drew under it (the screen records what each place
  /// stands for, so clicks and drawing can never disagree); the wheel scrolls the view.
  mutating func handleMouse(_ mouse: MouseEvent) {
    guard !GridGeometry(self).isTooSmall else { return }
    switch mouse.kind {
    case .wheelUp: scrollView(by: -wheelStep)
    case .wheelDown: scrollView(by: wheelStep)
    case .press:
      guard let target = Renderer.render(self).target(atColumn: mouse.column, row: mouse.row) else { return }
      select(target)
    }
  }

  /// Columns one notch of the wheel scrolls: one step in the grid and the step view, more on a
  /// wall of many narrow columns.
  var wheelStep: Int {
    options.view == .wall ? max(1, visibleColumnCount / 8) : 1
  }

  /// Scrolls the view sideways, keeping the selection on screen (it moves with the view when
  /// it would scroll off).
  mutating func scrollView(by delta: Int) {
    let range = columnRange
    guard !range.isEmpty else { return }
    let count = visibleColumnCount
    firstColumn = max(range.lowerBound, min(firstColumn + delta, max(range.lowerBound, range.upperBound - count)))
    let column = max(firstColumn, min(cursor.column, firstColumn + count - 1))
    if column != cursor.column {
      cursor.column = column
      clampCursor()
    }
    if options.view == .step { stepScroll = 0 }
  }

  mutating func select(_ target: HitTarget) {
    switch target {
    case .scroll(let delta):
      scrollView(by: delta)
    case .column(let column):
      guard columnRange.contains(column) else { return }
      cursor.column = column
      clampCursor()
    case .cell(let column, let lane, let item):
      guard columnRange.contains(column), !lane.isRule else { return }
      cursor.column = column
      cursor.lane = lane
      cursor.item = item ?? 0
      clampCursor()
    }
  }
}
