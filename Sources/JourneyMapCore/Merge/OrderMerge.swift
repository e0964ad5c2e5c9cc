/// The order of a merged list, from the three sides' orders of the same keys.
///
/// The items all three sides hold (the *common* items) form a skeleton. A side *reordered* the
/// list when its order of the common items differs from base's. The skeleton takes the order of
/// the side that reordered; when both reordered the same way, that order; when both reordered
/// differently, the sides clash (the caller records a conflict and ours is kept, or, for the
/// flat list of steps whose real order is per stage, falls back to base).
///
/// Every other kept item (added, moved in, or kept by a conflict) goes after the skeleton item
/// that precedes it on its side, so both sides' additions land next to their neighbours; items
/// after a side's last common item were appended, and stay at the end. When both sides add a
/// run at the same place, the runs are ordered by their content (`precedes`), not by side, so
/// merging ours into theirs gives the same list as theirs into ours.
///
/// Linear in the total length, apart from comparing the two runs at one place.
struct OrderMerge<Key: Hashable> {
  var base: [Key]
  var ours: [Key]
  var theirs: [Key]
  /// Whether the merged list holds a key (decided by the caller).
  var kept: (Key) -> Bool
  /// A total order on keys, used only to order two sides' runs at the same place.
  var precedes: (Key, Key) -> Bool

  enum WhenBothReorder {
    case keepOurs
    case useBase
  }

  struct Outcome {
    var order: [Key]
    /// Both sides reordered the common items differently: each side's order of them.
    var clash: (ours: [Key], theirs: [Key])?
  }

  func run(whenBothReorder: WhenBothReorder) -> Outcome {
    let inOurs = Set(ours)
    let inTheirs = Set(theirs)
    var common = Set<Key>()
    for key in base where inOurs.contains(key) && inTheirs.contains(key) && kept(key) { common.insert(key) }
    let baseOrder = base.filter(common.contains)
    let oursOrder = ours.filter(common.contains)
    let theirsOrder = theirs.filter(common.contains)
    var clash: (ours: [Key], theirs: [Key])? = nil
    let skeleton: [Key]
    if oursOrder == baseOrder {
      skeleton = theirsOrder
    } else if theirsOrder == baseOrder || theirsOrder == oursOrder {
      skeleton = oursOrder
    } else {
      clash = (oursOrder, theirsOrder)
      skeleton = whenBothReorder == .keepOurs ? oursOrder : baseOrder
    }
    let (oursRuns, oursTail) = runs(ours, common)
    let (theirsRuns, theirsTail) = runs(theirs, common)
    var order: [Key] = []
    order.reserveCapacity(max(ours.count, theirs.count))
    var placed = Set<Key>()
    func emit(_ key: Key) {
      if placed.insert(key).inserted { order.append(key) }
    }
    func emit(_ a: [Key], _ b: [Key]) {
      let (first, second) = inContentOrder(a, b)
      for key in first { emit(key) }
      for key in second { emit(key) }
    }
    emit(oursRuns[nil] ?? [], theirsRuns[nil] ?? [])
    for key in skeleton {
      emit(key)
      emit(oursRuns[key] ?? [], theirsRuns[key] ?? [])
    }
    emit(oursTail, theirsTail)
    // Kept items on no side's list of this order (never for well-formed input): base order last.
    for key in base where kept(key) { emit(key) }
    return Outcome(order: order, clash: clash)
  }

  /// Each side's non-common kept items, grouped by the common item before them (nil: the start),
  /// and those after its last common item (the tail: all of them if it has no common item).
  private func runs(_ side: [Key], _ common: Set<Key>) -> (runs: [Key?: [Key]], tail: [Key]) {
    var result: [Key?: [Key]] = [:]
    var anchor: Key? = nil
    var run: [Key] = []
    for key in side {
      if common.contains(key) {
        if !run.isEmpty { result[anchor] = run }
        run = []
        anchor = key
      } else if kept(key) {
        run.append(key)
      }
    }
    return (result, run)
  }

  /// Two runs at one place, the one whose content comes first first: the same whichever is ours.
  private func inContentOrder(_ a: [Key], _ b: [Key]) -> ([Key], [Key]) {
    if a.isEmpty || b.isEmpty || a == b { return (a, b) }
    for (x, y) in zip(a, b) where x != y { return precedes(x, y) ? (a, b) : (b, a) }
    return a.count <= b.count ? (a, b) : (b, a)
  }
}

/// An item of a list without ids (a thought, a stakeholder, a metric), told apart from equal
/// items by which occurrence it is: the second "Call back" is not the first.
struct Occurrence<Value: Hashable>: Hashable {
  var value: Value
  var index: Int

  static func keys(_ values: [Value]) -> [Occurrence] {
    var seen: [Value: Int] = [:]
    return values.map { value in
      let n = seen[value, default: 0]
      seen[value] = n + 1
      return Occurrence(value: value, index: n)
    }
  }
}
