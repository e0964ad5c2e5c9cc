import Dispatch

/// Work split into independent pieces, done on every processor, the results in the pieces'
/// order: the same results as doing the pieces one after another, sooner. A large export is
/// written this way, a run of stages per piece (its sections read the map and write their own
/// text; nothing is shared but what they read).
enum Concurrently {
  static func map<T: Sendable>(_ count: Int, serially: Bool = false, _ body: @Sendable (Int) -> T) -> [T] {
    if serially || count < 2 { return (0..<count).map(body) }
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { slots[$0] = body($0) }
    return slots.values
  }

  /// Runs of consecutive items (stages) holding about the same amount of work each (steps),
  /// about `pieces` of them (one more at most, of stages without work) and always at least one.
  static func runs(weights: [Int], pieces: Int) -> [Range<Int>] {
    let total = weights.reduce(0, +)
    let share = max(1, (total + pieces - 1) / max(1, pieces))
    var runs: [Range<Int>] = []
    var start = 0
    var held = 0
    for (k, weight) in weights.enumerated() {
      held += weight
      if held >= share {
        runs.append(start..<k + 1)
        start = k + 1
        held = 0
      }
    }
    if start < weights.count || runs.isEmpty { runs.append(start..<weights.count) }
    return runs
  }
}
