/// The order of merged steps. Steps are stored flat, but their real order is per stage, so each
/// stage's order merges on its own (one side reordering stage A and the other stage B both
/// land; both reordering stage A differently is a conflict), and the flat list only decides how
/// the stages' steps interleave in the file.
extension Merger {
  mutating func orderSteps(_ merged: MergedList<Step>, stageOrder: [String], base: [Step], ours: [Step], theirs: [Step], stageNames: [String: String]) -> [Step] {
    // Each merged step's stage, read once: the orders below ask for it many times.
    var stageOf: [String: String] = [:]
    stageOf.reserveCapacity(merged.values.count)
    for i in merged.values.indices { stageOf[merged.values[i].id] = merged.values[i].stage }
    let flat = OrderMerge(
      base: merged.base, ours: merged.ours, theirs: merged.theirs, kept: { stageOf[$0] != nil }, precedes: JSONKeyOrder.precedes
    ).run(whenBothReorder: .useBase)

    // Each stage's own order, from each side's steps in that stage.
    let baseByStage = Merger.idsByStage(base)
    let oursByStage = Merger.idsByStage(ours)
    let theirsByStage = Merger.idsByStage(theirs)
    var stagesInFlatOrder: [String] = []
    var withinStage: [String: [String]] = [:]
    for id in flat.order {
      guard let stage = stageOf[id], withinStage[stage] == nil else { continue }
      stagesInFlatOrder.append(stage)
      let outcome = OrderMerge(
        base: baseByStage[stage] ?? [], ours: oursByStage[stage] ?? [], theirs: theirsByStage[stage] ?? [],
        kept: { stageOf[$0] == stage }, precedes: JSONKeyOrder.precedes
      ).run(whenBothReorder: .keepOurs)
      withinStage[stage] = outcome.order
      if let clash = outcome.clash {
        let common = Set(clash.ours)
        let name = stageNames[stage].map { " “\(ExportText.clean($0))”" } ?? ""
        recordOrderConflict(
          path: "$.steps", ours: clash.ours.map(ModelJSON.string), theirs: clash.theirs.map(ModelJSON.string),
          base: (baseByStage[stage] ?? []).filter(common.contains).map(ModelJSON.string),
          message: "both sides reordered the steps of stage \(stage)\(name) differently; ours kept")
      }
    }

    var order: [String] = []
    order.reserveCapacity(stageOf.count)
    var placed = Set<String>()
    if flat.clash != nil {
      // Both sides moved steps around the flat list differently (say, one moved a stage, the
      // other reordered inside another): stage by stage, in the merged stage order.
      var seenStages = Set<String>()
      for stage in stageOrder + stagesInFlatOrder where seenStages.insert(stage).inserted {
        for id in withinStage[stage] ?? [] where placed.insert(id).inserted { order.append(id) }
      }
    } else {
      // The flat interleaving as merged, each stage's slots filled in that stage's order.
      var next: [String: Int] = [:]
      for id in flat.order {
        guard let stage = stageOf[id], let list = withinStage[stage] else { continue }
        var i = next[stage, default: 0]
        while i < list.count && placed.contains(list[i]) { i += 1 }
        if i < list.count {
          placed.insert(list[i])
          order.append(list[i])
          next[stage] = i + 1
        } else if placed.insert(id).inserted {
          order.append(id)
        }
      }
    }
    for id in flat.order where placed.insert(id).inserted { order.append(id) }
    return merged.values(in: order)
  }

  static func idsByStage(_ steps: [Step]) -> [String: [String]] {
    var result: [String: [String]] = [:]
    for i in steps.indices { result[steps[i].stage, default: []].append(steps[i].id) }
    return result
  }
}
