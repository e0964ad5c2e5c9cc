import JourneyMapCore

extension EditorState {
  /// `C`: pick a recorded merge conflict to settle.
  mutating func startResolvingConflicts() {
    let conflicts = MergeConflict.recorded(in: map)
    guard !conflicts.isEmpty else {
      inform("No merge conflicts in this map")
      return
    }
    if conflicts.count == 1 {
      askResolveConflict(0)
    } else {
      openPrompt(.pickConflict, label: "Settle conflict (\(conflicts.count)):")
    }
  }

  mutating func askResolveConflict(_ index: Int) {
    let conflicts = MergeConflict.recorded(in: map)
    guard conflicts.indices.contains(index) else { return }
    let c = conflicts[index]
    mode = .confirm(
      Confirmation(
        kind: .resolveConflict(index: index),
        question: SafeText.displayable(
          "\(c.path): \(c.message) — o keeps ours \(MergeConflict.short(c.ours)) · t takes theirs \(MergeConflict.short(c.theirs)) · \(ModeKeymaps.key(.cancel, in: ModeKeymaps.confirm))")))
  }

  /// Settles one conflict as one undo step.
  mutating func resolveConflict(_ index: Int, side: ConflictResolver.Side) {
    do {
      let outcome = try ConflictResolver.resolve(map, choosing: side, only: [index])
      usedIDs.add(idsOf: outcome.map)
      commit(.replace(outcome.map), label: "Settle conflict")
      let remaining = MergeConflict.recorded(in: map).count
      inform("Took \(side.rawValue); \(remaining == 0 ? "no conflicts remain: save with Ctrl-S, then git add" : "\(remaining) conflict(s) remain: C for the next")")
    } catch {
      warn("Could not settle the conflict: \(error.description)")
    }
  }

  /// How many merge conflicts the map records.
  public var conflictCount: Int { MergeConflict.recorded(in: map).count }
}
