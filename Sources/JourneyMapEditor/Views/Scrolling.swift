extension EditorState {
  /// Scrolls the current view so the cursor is on screen; called after every key and resize.
  mutating func ensureCursorVisible() {
    // An edit started on the wall (a, t, p…) happens where it can be seen: in the step view.
    if options.view == .wall, case .edit = mode { switchView(to: .step) }
    scrollColumnsToCursor(visible: visibleColumnCount)
    switch options.view {
    case .grid: scrollLanesToCursor()
    case .wall: break
    case .step: scrollStepToCursor()
    }
  }

  /// The first column shown, so that the cursor's column is among the `visible` ones and the
  /// view never runs past the last column.
  mutating func scrollColumnsToCursor(visible count: Int) {
    let range = columnRange
    guard !range.isEmpty else {
      firstColumn = 0
      return
    }
    if firstColumn < range.lowerBound || firstColumn >= range.upperBound { firstColumn = range.lowerBound }
    if cursor.column < firstColumn { firstColumn = cursor.column }
    if cursor.column >= firstColumn + count { firstColumn = cursor.column - count + 1 }
    firstColumn = max(range.lowerBound, min(firstColumn, max(range.lowerBound, range.upperBound - count)))
  }

  /// The grid's lanes scroll by whole lanes, so the top row always starts a lane and its name
  /// in the gutter stands beside its first line; the step lane, frozen at the top, scrolls the
  /// lanes back to the start.
  mutating func scrollLanesToCursor() {
    let geometry = GridGeometry(self)
    let visibleRows = geometry.bodyBottom - geometry.bodyTop
    let starts = geometry.lanes.map(\.offset)
    let maxScroll = max(0, geometry.bodyHeight - visibleRows)
    // The last lane start at or above a position.
    func snapDown(_ offset: Int) -> Int { starts.last { $0 <= offset } ?? 0 }
    laneScroll = snapDown(min(laneScroll, maxScroll))
    if cursor.lane == .step {
      laneScroll = 0
    } else if let position = geometry.lanePosition(cursor.lane) {
      if position.offset < laneScroll { laneScroll = position.offset }
      if position.offset + position.height > laneScroll + visibleRows {
        // The first lane start from which the cursor's whole lane shows (its own start when
        // it is taller than the screen).
        let needed = position.offset + position.height - visibleRows
        laneScroll = min(position.offset, starts.first { $0 >= needed } ?? position.offset)
      }
    }
  }

  mutating func scrollStepToCursor() {
    let layout = StepLayout(self)
    if cursor.lane == .step {
      stepScroll = 0
      return
    }
    stepScroll = max(0, min(stepScroll, layout.height - layout.visibleRows))
    guard let rows = layout.rows(of: cursor) else { return }
    // The lane's heading comes along when the item is near the top of the lane.
    let heading = layout.laneRows[cursor.lane]?.lowerBound ?? rows.lowerBound
    let top = rows.lowerBound - heading <= 3 ? heading : rows.lowerBound
    if top < stepScroll { stepScroll = top }
    if rows.upperBound > stepScroll + layout.visibleRows {
      stepScroll = min(top, rows.upperBound - layout.visibleRows)
    }
  }

  /// j and k on the wall: between the wall's rows (title, curve, moment, pain points,
  /// opportunities, backstage), which Enter then opens in the step view.
  mutating func moveWallRow(by delta: Int) {
    let lanes = WallGeometry(self).lanes.filter(selectableLanes.contains)
    guard !lanes.isEmpty else { return }
    let order = Lane.allCases
    let current =
      lanes.firstIndex(of: cursor.lane)
      // On a lane the wall has no row for: the nearest wall row above it.
      ?? (lanes.lastIndex { order.firstIndex(of: $0)! < order.firstIndex(of: cursor.lane)! } ?? 0)
    let target = lanes.contains(cursor.lane) ? current + delta : (delta > 0 ? current + 1 : current)
    guard lanes.indices.contains(target) else { return }
    cursor.lane = lanes[target]
    cursor.item = 0
    clampCursor()
  }
}
