/// Where an index-based change to the order of steps put a step, by id: enough to replay it on
/// a map whose indices have moved since (another editor inserted or deleted steps).
public struct StepPlacement: Equatable, Sendable {
  public var id: String
  /// The step just before it before the change (nil: first), or nil-nil when it did not exist.
  public var neighbourBefore: String??
  /// The step just before it after the change, or nil-nil when the change removed it.
  public var neighbourAfter: String??
}

extension JourneyMap {
  /// Applies a change like ``apply(_:)``, and also returns, for every insertion, removal and move
  /// of a step in it (in order), where the step was and went, by id.
  public mutating func applyRecordingPlacements(_ change: MapChange) -> (inverse: MapChange, placements: [StepPlacement]) {
    var placements: [StepPlacement] = []
    let inverse = applyRecording(change, &placements)
    return (inverse, placements)
  }

  private mutating func applyRecording(_ change: MapChange, _ placements: inout [StepPlacement]) -> MapChange {
    func neighbour(_ index: Int) -> String? { index > 0 && index - 1 < steps.count ? steps[index - 1].id : nil }
    switch change {
    case .insertStep(let index, let step):
      let inverse = apply(change)
      placements.append(StepPlacement(id: step.id, neighbourBefore: nil, neighbourAfter: .some(neighbour(index))))
      return inverse
    case .removeStep(let index):
      let id = steps[index].id
      let before = neighbour(index)
      let inverse = apply(change)
      placements.append(StepPlacement(id: id, neighbourBefore: .some(before), neighbourAfter: nil))
      return inverse
    case .moveStep(let from, let to):
      let id = steps[from].id
      let before = neighbour(from)
      let inverse = apply(change)
      placements.append(StepPlacement(id: id, neighbourBefore: .some(before), neighbourAfter: .some(neighbour(to))))
      return inverse
    case .batch(let changes):
      var inverses: [MapChange] = []
      for c in changes { inverses.append(applyRecording(c, &placements)) }
      return .batch(inverses.reversed())
    default:
      return apply(change)
    }
  }
}

/// Undoing one's own change after other editors' changes were merged in.
///
/// The stored inverse cannot simply be applied: its indices may point at other steps now, and
/// it would also revert what the others changed in the same step. Instead the undo is a
/// three-way merge: from the map as the change left it (base), to the map as it was before the
/// change (theirs), applied to the map as it is now (ours). What the others changed since stays;
/// where they changed the very same thing, theirs stays and the undo says so.
public enum UndoRebase {
  public struct Outcome: Sendable {
    public var map: JourneyMap
    /// Parts of the change that could not be undone because others changed them since.
    public var kept: Int
  }

  /// - Parameters:
  ///   - forward: the change as it was made; `inverse` what undoes it (as recorded).
  ///   - placements: from ``JourneyMap/applyRecordingPlacements(_:)`` when it was made.
  public static func undo(forward: MapChange, inverse: MapChange, placements: [StepPlacement], in current: JourneyMap) -> Outcome {
    var after = current
    var cursor = placements.makeIterator()
    place(forward, into: &after, placements: &cursor, side: .after)
    var before = current
    var reversed = placements.reversed().makeIterator()
    place(inverse, into: &before, placements: &reversed, side: .before)
    var map = MapMerge.merge(base: after, ours: current, theirs: before).map
    // Where others changed the same thing since, their version stays (ours in this merge), and
    // the undo records no conflict for it.
    let existing = MergeConflict.recorded(in: current)
    let recorded = MergeConflict.recorded(in: map)
    let fresh = Set(recorded.indices.filter { !existing.contains(recorded[$0]) })
    if !fresh.isEmpty, let settled = try? ConflictResolver.resolve(map, choosing: .ours, only: fresh) { map = settled.map }
    return Outcome(map: map, kept: fresh.count)
  }

  enum Side { case before, after }

  /// Puts a change's content into a map by id rather than by index.
  static func place<I: IteratorProtocol>(_ change: MapChange, into map: inout JourneyMap, placements: inout I, side: Side)
  where I.Element == StepPlacement {
    /// With no neighbour, only replaces the step where it is (a step deleted since stays deleted).
    func put(_ step: Step, after neighbour: String??) {
      let existing = map.steps.firstIndex(where: { $0.id == step.id })
      guard neighbour != nil else {
        if let existing { map.steps[existing] = step }
        return
      }
      if let existing { map.steps.remove(at: existing) }
      var at = map.steps.endIndex
      if case .some(let previous) = neighbour {
        if let previous, let n = map.steps.firstIndex(where: { $0.id == previous }) { at = n + 1 } else if previous == nil { at = 0 }
      }
      map.steps.insert(step, at: at)
    }
    func neighbour(_ p: StepPlacement) -> String?? { side == .after ? p.neighbourAfter : p.neighbourBefore }
    switch change {
    case .setStep(_, let step):
      put(step, after: nil)
    case .insertStep(_, let step):
      guard let p = placements.next() else { return put(step, after: .some(nil)) }
      put(step, after: neighbour(p) ?? .some(nil))
    case .removeStep:
      guard let p = placements.next() else { return }
      map.steps.removeAll { $0.id == p.id }
    case .moveStep:
      guard let p = placements.next(), let i = map.steps.firstIndex(where: { $0.id == p.id }) else { return }
      let step = map.steps[i]
      put(step, after: neighbour(p) ?? .some(nil))
    case .setSteps(let steps): map.steps = steps
    case .setStages(let stages): map.stages = stages
    case .setProcesses(let processes): map.processes = processes
    case .setTouchpoints(let touchpoints): map.touchpoints = touchpoints
    case .setProperties(let properties): map.properties = properties
    case .replace(let whole): map = whole
    case .batch(let changes):
      for c in changes { place(c, into: &map, placements: &placements, side: side) }
    }
  }
}
