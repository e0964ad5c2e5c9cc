import JourneyMapCore

extension EditorState {
  mutating func setColumn(_ column: Int) {
    guard !columns.items.isEmpty else { return }
    cursor.column = max(columnRange.lowerBound, min(column, columnRange.upperBound - 1))
    clampCursor()
  }

  mutating func moveColumn(by delta: Int) {
    guard !columns.items.isEmpty else { return }
    let before = cursor.column
    setColumn(cursor.column + delta)
    if cursor.column == before {
      if options.focusStage {
        inform(delta < 0 ? "First step of this stage (f shows all stages)" : "Last step of this stage (f shows all stages)")
      }
    }
  }

  mutating func setLane(_ lane: Lane) {
    cursor.lane = lane
    cursor.item = 0
    clampCursor()
  }

  /// Down and up walk through a list's items before leaving the lane, so every item is reachable
  /// with j and k alone.
  mutating func moveVertically(by delta: Int) {
    let lanes = selectableLanes
    if cursor.lane.isList, let step = currentStep {
      let count = itemCount(cursor.lane, step: step)
      let next = cursor.item + delta
      if next >= 0 && next < count {
        cursor.item = next
        return
      }
    }
    guard let index = lanes.firstIndex(of: cursor.lane) else { return }
    let target = index + delta
    guard lanes.indices.contains(target) else { return }
    cursor.lane = lanes[target]
    if delta < 0, cursor.lane.isList, let step = currentStep {
      cursor.item = max(0, itemCount(cursor.lane, step: step) - 1)
    } else {
      cursor.item = 0
    }
  }

  mutating func jumpStage(by delta: Int) {
    guard let stage = currentStage else { return }
    if options.focusStage {
      // In focus mode, changing stage changes the focused stage.
      let target = stage + delta
      guard columns.stageRanges.indices.contains(target) else { return }
      cursor.column = columns.stageRanges[target].lowerBound
      clampCursor()
      inform("Focused on stage “\(map.stages[target].name)”")
      return
    }
    if delta < 0 && cursor.column != columns.stageRanges[stage].lowerBound {
      setColumn(columns.stageRanges[stage].lowerBound)
      return
    }
    let target = stage + delta
    guard columns.stageRanges.indices.contains(target) else { return }
    setColumn(columns.stageRanges[target].lowerBound)
  }

  /// Scrolls so the cursor's column and lane are on screen.
  mutating func ensureCursorVisible() {
    let geometry = GridGeometry(self)
    let range = columnRange
    if range.isEmpty {
      firstColumn = 0
    } else {
      let count = geometry.visibleCount
      if firstColumn < range.lowerBound || firstColumn >= range.upperBound { firstColumn = range.lowerBound }
      if cursor.column < firstColumn { firstColumn = cursor.column }
      if cursor.column >= firstColumn + count { firstColumn = cursor.column - count + 1 }
      firstColumn = max(range.lowerBound, min(firstColumn, max(range.lowerBound, range.upperBound - count)))
    }
    let visibleRows = geometry.bodyBottom - geometry.bodyTop
    let maxScroll = max(0, geometry.bodyHeight - visibleRows)
    if cursor.lane != .step, let position = geometry.lanePosition(cursor.lane) {
      if position.offset < laneScroll { laneScroll = position.offset }
      if position.offset + position.height > laneScroll + visibleRows {
        laneScroll = position.offset + position.height - visibleRows
      }
    }
    laneScroll = max(0, min(laneScroll, maxScroll))
  }

  /// A click selects the cell (and the item) under it; the wheel moves between steps.
  mutating func handleMouse(_ mouse: MouseEvent) {
    let geometry = GridGeometry(self)
    guard !geometry.isTooSmall else { return }
    switch mouse.kind {
    case .wheelUp: moveColumn(by: -1)
    case .wheelDown: moveColumn(by: 1)
    case .press:
      guard mouse.column >= geometry.gutter else { return }
      let column = firstColumn + (mouse.column - geometry.gutter) / geometry.columnWidth
      guard columnRange.contains(column) else { return }
      var lane: Lane?
      var lineInCell = 0
      if mouse.row >= geometry.stepRow && mouse.row < geometry.bodyTop {
        lane = .step
      } else if mouse.row >= geometry.bodyTop && mouse.row < geometry.bodyBottom {
        let y = mouse.row - geometry.bodyTop + laneScroll
        if let hit = geometry.lanes.first(where: { y >= $0.offset && y < $0.offset + $0.height }) {
          lane = hit.lane
          lineInCell = y - hit.offset
        }
      } else if mouse.row == geometry.stageRow {
        lane = cursor.lane
      }
      guard let lane, !lane.isRule else { return }
      let sameCell = column == cursor.column && lane == cursor.lane
      let previousItem = cursor.item
      cursor.column = column
      cursor.lane = lane
      cursor.item = 0
      if lane.isList, let step = currentStep {
        let lines = CellLayout.list(
          items(lane, step: step), width: geometry.columnWidth - 2, height: geometry.lanePosition(lane)?.height ?? lane.height,
          selected: sameCell ? previousItem : nil)
        if lineInCell < lines.count, let item = lines[lineInCell].item { cursor.item = item }
      }
      clampCursor()
    }
  }
}

extension EditorState {
  /// Puts the cursor on a step's cell (showing its lane if it was hidden).
  mutating func moveCursor(toStep step: Int, lane: Lane) {
    guard columns.columnOfStep.indices.contains(step) else { return }
    if lane.isBackstageLayer { options.showBackstage = true }
    if lane.isDetail { options.showDetails = true }
    cursor.column = columns.columnOfStep[step]
    cursor.lane = lane
    cursor.item = 0
    clampCursor()
  }
}
