/// Settles recorded merge conflicts by taking one side for each: that side's value, and what
/// the merge recorded that taking it also changes (see ``MergeConflict/FollowUp``). Then
/// ``MapRepair`` makes sure the result is valid whatever was chosen, and reports anything it had
/// to do.
public enum ConflictResolver {
  public enum Side: String, Sendable {
    case ours
    case theirs
  }

  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  public struct Outcome: Sendable {
    public var map: JourneyMap
    public var resolved: Int
    /// What was cleaned up afterwards, for the user to know.
    public var notes: [String]
  }

  /// Resolves the conflicts at the given positions (0-based; all when nil) with one side.
  public static func resolve(_ map: JourneyMap, choosing side: Side, only positions: Set<Int>? = nil) throws(Failure) -> Outcome {
    let conflicts = MergeConflict.recorded(in: map)
    var patcher = MapPatcher(map)
    var remaining: [MergeConflict] = []
    var resolved = 0
    for (i, conflict) in conflicts.enumerated() {
      guard positions?.contains(i) ?? true else {
        remaining.append(conflict)
        continue
      }
      let value = side == .ours ? conflict.ours : conflict.theirs
      let change: JSONPatch.Change
      switch (conflict.kind, value) {
      case (.order, .array(let order)?): change = .reorder(order)
      case (.order, _): throw Failure(description: "\(conflict.path): an order conflict without an order")
      case (.value, let value?): change = .set(value)
      case (.value, nil): change = .delete
      }
      do {
        try patcher.apply(conflict.path, change)
        for followUp in side == .ours ? conflict.withOurs : conflict.withTheirs {
          try patcher.apply(followUp.path, JSONPatch.Change(followUp.change))
        }
      } catch {
        throw Failure(description: error.description)
      }
      resolved += 1
    }
    var result = patcher.map
    result.extensions[MergeConflict.extensionKey] = remaining.isEmpty ? nil : .array(remaining.map(\.json))
    let notes = MapRepair.makeValid(&result, placed: patcher.placed)
    return Outcome(map: result, resolved: resolved, notes: notes)
  }
}
