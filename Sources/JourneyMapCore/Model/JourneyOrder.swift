extension JourneyMap {
  /// Indices into ``steps`` in reading order: stage by stage, and within a stage in file order.
  /// Steps whose stage does not exist come last, so that nothing in a broken file is hidden.
  public var stepIndicesInJourneyOrder: [Int] {
    var byStage: [String: [Int]] = [:]
    byStage.reserveCapacity(stages.count)
    // By index: iterating the steps would copy each one (every field retained and released).
    for i in steps.indices { byStage[steps[i].stage, default: []].append(i) }
    var order: [Int] = []
    order.reserveCapacity(steps.count)
    for stage in stages {
      if let indices = byStage.removeValue(forKey: stage.id) { order.append(contentsOf: indices) }
    }
    if !byStage.isEmpty {
      let known = Set(order)
      order.append(contentsOf: steps.indices.filter { !known.contains($0) })
    }
    return order
  }

  /// Every id in the map, for minting new ones that collide with none.
  public var allIDs: Set<String> {
    var ids = Set<String>(minimumCapacity: 1 + touchpoints.count + stages.count + processes.count + steps.count * 4)
    ids.insert(id)
    for t in touchpoints { ids.insert(t.id) }
    for s in stages { ids.insert(s.id) }
    for s in steps {
      ids.insert(s.id)
      for p in s.painPoints { ids.insert(p.id) }
      for o in s.opportunities { ids.insert(o.id) }
    }
    for p in processes { ids.insert(p.id) }
    return ids
  }
}
