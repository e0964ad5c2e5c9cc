/// The order of merged steps. Steps are stored flat, but their real order is per stage, so each
/// stage's order merges on its own (one side reordering stage A and the other stage B both
/// land; both reordering stage A differently is a conflict), and the flat list only decides how
/// the stages' steps interleave in the file.
extension Merger {
  /// Steps and stages go by number (a step's place in the merged list, a stage's first
  /// sighting): each side's steps find their numbers by place (``MergedList/number(_:at:)``),
  /// and the orders below compare and look up numbers, not strings spread over memory, which on a map of 50,000
  /// steps made the cost per step grow with the map.
  mutating func orderSteps(_ merged: MergedList<Step>, stageOrder: [String], base: [Step], ours: [Step], theirs: [Step], stageNames: [String: String]) -> [Step] {
    var stages = StageNumbers()
    // Each merged step's stage, read once: the orders below ask for it many times.
    let stageOf = merged.values.map { stages.number($0.stage) }
    let precedes: (Int, Int) -> Bool = { JSONKeyOrder.precedes(merged.values[$0].id, merged.values[$1].id) }
    let flat = merged.orderByNumber(whenBothReorder: .useBase)

    // Each stage's own order, from each side's steps in that stage (that side's stage).
    func byStage(_ steps: [Step], _ side: MergedList<Step>.Side) -> [Int: [Int]] {
      var result: [Int: [Int]] = [:]
      for i in steps.indices {
        guard let n = merged.number(side, at: i) else { continue }
        result[stages.number(steps[i].stage), default: []].append(n)
      }
      return result
    }
    let baseByStage = byStage(base, .base)
    let oursByStage = byStage(ours, .ours)
    let theirsByStage = byStage(theirs, .theirs)
    var stagesInFlatOrder: [Int] = []
    var withinStage: [Int: [Int]] = [:]
    for step in flat.order {
      let stage = stageOf[step]
      guard withinStage[stage] == nil else { continue }
      stagesInFlatOrder.append(stage)
      let outcome = OrderMerge(
        base: baseByStage[stage] ?? [], ours: oursByStage[stage] ?? [], theirs: theirsByStage[stage] ?? [],
        kept: { stageOf[$0] == stage }, precedes: precedes
      ).run(whenBothReorder: .keepOurs)
      withinStage[stage] = outcome.order
      if let clash = outcome.clash {
        let common = Set(clash.ours)
        let id = stages.ids[stage]
        let name = stageNames[id].map { " “\(ExportText.clean($0))”" } ?? ""
        func json(_ steps: [Int]) -> [JSONValue] { steps.map { ModelJSON.string(merged.values[$0].id) } }
        recordOrderConflict(
          path: "$.steps", ours: json(clash.ours), theirs: json(clash.theirs),
          base: json((baseByStage[stage] ?? []).filter(common.contains)),
          message: "both sides reordered the steps of stage \(id)\(name) differently; ours kept")
      }
    }

    var order: [Int] = []
    order.reserveCapacity(merged.values.count)
    var placed = [Bool](repeating: false, count: merged.values.count)
    func place(_ step: Int) {
      guard !placed[step] else { return }
      placed[step] = true
      order.append(step)
    }
    if flat.clash != nil {
      // Both sides moved steps around the flat list differently (say, one moved a stage, the
      // other reordered inside another): stage by stage, in the merged stage order.
      var seenStages = Set<Int>()
      for stage in stageOrder.map({ stages.number($0) }) + stagesInFlatOrder where seenStages.insert(stage).inserted {
        for step in withinStage[stage] ?? [] { place(step) }
      }
    } else {
      // The flat interleaving as merged, each stage's slots filled in that stage's order.
      var next: [Int: Int] = [:]
      for step in flat.order {
        let stage = stageOf[step]
        guard let list = withinStage[stage] else { continue }
        var i = next[stage, default: 0]
        while i < list.count && placed[list[i]] { i += 1 }
        if i < list.count {
          place(list[i])
          next[stage] = i + 1
        } else {
          place(step)
        }
      }
    }
    for step in flat.order { place(step) }
    return merged.values(inNumbers: order)
  }

  /// Stage ids by number, in the order first asked for.
  struct StageNumbers {
    private var numbers: [String: Int] = [:]
    private(set) var ids: [String] = []

    mutating func number(_ id: String) -> Int {
      if let n = numbers[id] { return n }
      numbers[id] = ids.count
      ids.append(id)
      return ids.count - 1
    }
  }
}
