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

extension EditorState {
  /// After a cell was kept with Enter: the lane below it, on the same step.
  mutating func moveToNextLane(after target: EditTarget) {
    guard let step = target.step, let lane = Lane.of(target) else { return }
    let lanes = selectableLanes
    guard let index = lanes.firstIndex(of: lane), index + 1 < lanes.count,
      map.steps.indices.contains(step)
    else { return }
    moveCursor(toStep: step, lane: lanes[index + 1])
  }
}

extension Lane {
  /// The lane a cell edit belongs to.
  static func of(_ target: EditTarget) -> Lane? {
    switch target {
    case .text(let lane, _): return lane
    case .listItem(let lane, _, _, _): return lane
    case .formField: return nil
    }
  }
}
