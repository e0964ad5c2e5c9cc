import JourneyMapCore

extension EditorState {
  /// Shows a map that now includes other editors' saves (merged three-way with this editor's
  /// own changes). It is not an undo step: each editor undoes only its own changes. The cursor
  /// stays on the same step, and a cell being typed keeps its text and follows its step.
  public mutating func absorb(_ merged: JourneyMap, conflicts: Int, matchesDisk: Bool) {
    guard merged != map else {
      if matchesDisk && !isModified { return }
      if matchesDisk { history.markSaved() }
      return
    }
    let stepID = currentStep.map { map.steps[$0].id }
    let lane = cursor.lane
    let item = cursor.item
    var typing: Draft? = nil
    if case .edit = mode { typing = draft }
    let conflictsBefore = MergeConflict.recorded(in: map).count
    usedIDs.add(idsOf: merged)
    _ = map.apply(.replace(merged))
    normalise()
    history.absorbedRemoteChanges(isSaved: matchesDisk)
    columns = Columns(map)
    search.invalidate()
    if let stepID, let step = map.steps.firstIndex(where: { $0.id == stepID }) {
      cursor.column = columns.columnOfStep[step]
      cursor.lane = lane
      cursor.item = item
    }
    clampCursor()
    if let typing {
      mode = .normal
      reopen(typing)
    }
    // A list made from the map (the :lint findings, the conflicts) is made again from this one.
    if case .prompt(var prompt) = mode, prompt.pool != nil {
      prompt.pool = pool(for: prompt.purpose)
      prompt.candidates = candidates(for: prompt)
      prompt.selected = min(prompt.selected, max(0, prompt.candidates.count - 1))
      mode = .prompt(prompt)
    }
    // The step being worked on stays on screen when the others' steps push it along.
    ensureCursorVisible()
    if conflicts > conflictsBefore {
      warn("Another editor changed the same thing: \(conflicts) conflict(s), \(key(.conflicts)) settles them")
    }
  }
}
