/// The last line of defence after settling conflicts (and a check after every merge): whatever
/// choices were made, the map that is written is valid. Each repair is reported, because each
/// one is a choice a person did not make.
///
/// - an id is in one place: of two elements with one id, the one last put there by settling
///   (`placed`), else the first, stays;
/// - a step whose stage is gone moves to the stage of the step before it (or after it);
/// - links to things that are gone are dropped, and a link is listed once.
public enum MapRepair {
  /// Repairs the map in place; returns what was done, for people. Linear in the size of the map.
  public static func makeValid(_ map: inout JourneyMap, placed: [String: String] = [:]) -> [String] {
    guard needsRepair(map) else { return [] }
    var notes: [String] = []
    map.touchpoints = unique(map.touchpoints, "touchpoint", &notes)
    map.stages = unique(map.stages, "stage", &notes)
    map.steps = unique(map.steps, "step", &notes)
    map.processes = unique(map.processes, "process", &notes)
    nestedUnique(&map, placed: placed, &notes)
    homeless(&map, &notes)
    links(&map, &notes)
    return notes
  }

  /// One pass that finds whether any repair below applies, so a sound map (every merge's
  /// result) costs one set insertion per id and nothing more.
  static func needsRepair(_ map: JourneyMap) -> Bool {
    var touchpoints = Set<String>()
    var stages = Set<String>()
    var steps = Set<String>()
    var painPoints = Set<String>()
    var opportunities = Set<String>()
    steps.reserveCapacity(map.steps.count)
    painPoints.reserveCapacity(map.steps.count * 2)
    for t in map.touchpoints where !touchpoints.insert(t.id).inserted { return true }
    for s in map.stages where !stages.insert(s.id).inserted { return true }
    for i in map.steps.indices {
      guard steps.insert(map.steps[i].id).inserted, stages.contains(map.steps[i].stage) else { return true }
      for p in map.steps[i].painPoints where !painPoints.insert(p.id).inserted { return true }
      for o in map.steps[i].opportunities where !opportunities.insert(o.id).inserted { return true }
    }
    for p in map.processes.indices where !isClean(map.processes[p].steps, steps) { return true }
    for i in map.steps.indices {
      if !isClean(map.steps[i].touchpoints, touchpoints) { return true }
      for o in map.steps[i].opportunities where !isClean(o.addresses, painPoints) { return true }
    }
    var processes = Set<String>()
    for p in map.processes where !processes.insert(p.id).inserted { return true }
    return false
  }

  private static func unique<T: Identifiable>(_ list: [T], _ noun: String, _ notes: inout [String]) -> [T] where T.ID == String {
    var seen = Set<String>()
    seen.reserveCapacity(list.count)
    var twice = false
    for i in list.indices where !seen.insert(list[i].id).inserted { twice = true }
    guard twice else { return list }
    seen = []
    notes.append("a \(noun) id was used twice; the first was kept")
    return list.filter { seen.insert($0.id).inserted }
  }

  private static func nestedUnique(_ map: inout JourneyMap, placed: [String: String], _ notes: inout [String]) {
    var painPointHome: [String: String] = [:]
    var opportunityHome: [String: String] = [:]
    var twice = false
    for i in map.steps.indices {
      let stepID = map.steps[i].id
      for p in map.steps[i].painPoints {
        if painPointHome[p.id] == nil { painPointHome[p.id] = stepID } else { twice = true }
      }
      for o in map.steps[i].opportunities {
        if opportunityHome[o.id] == nil { opportunityHome[o.id] = stepID } else { twice = true }
      }
    }
    guard twice else { return }
    for (id, home) in placed {
      if painPointHome[id] != nil { painPointHome[id] = home }
      if opportunityHome[id] != nil { opportunityHome[id] = home }
    }
    for s in map.steps.indices {
      let stepID = map.steps[s].id
      var seen = Set<String>()
      let painPoints = map.steps[s].painPoints.filter { painPointHome[$0.id] == stepID && seen.insert($0.id).inserted }
      let opportunities = map.steps[s].opportunities.filter { opportunityHome[$0.id] == stepID && seen.insert($0.id).inserted }
      let keptIDs = Set(painPoints.map(\.id) + opportunities.map(\.id))
      for p in map.steps[s].painPoints where !keptIDs.contains(p.id) {
        notes.append("pain point \(p.id) is now only in step \(painPointHome[p.id] ?? stepID)")
      }
      for o in map.steps[s].opportunities where !keptIDs.contains(o.id) {
        notes.append("opportunity \(o.id) is now only in step \(opportunityHome[o.id] ?? stepID)")
      }
      if painPoints.count < map.steps[s].painPoints.count { map.steps[s].painPoints = painPoints }
      if opportunities.count < map.steps[s].opportunities.count { map.steps[s].opportunities = opportunities }
    }
  }

  /// Whether every link exists and none is listed twice; without allocating for the short
  /// lists maps are made of.
  private static func isClean(_ links: [String], _ exists: Set<String>) -> Bool {
    guard links.allSatisfy(exists.contains) else { return false }
    if links.count <= 16 {
      for i in links.indices {
        for j in links.indices where j > i && links[i] == links[j] { return false }
      }
      return true
    }
    return Set(links).count == links.count
  }

  private static func homeless(_ map: inout JourneyMap, _ notes: inout [String]) {
    let stages = Set(map.stages.map(\.id))
    guard map.steps.indices.contains(where: { !stages.contains(map.steps[$0].stage) }) else { return }
    if map.stages.isEmpty {
      var id = "stg_unsorted"
      let taken = map.allIDs
      var n = 2
      while taken.contains(id) {
        id = "stg_unsorted-\(n)"
        n += 1
      }
      map.stages.append(Stage(id: id, name: "Unsorted"))
      notes.append("no stage was left for the steps; they are in a new stage \(id) “Unsorted”")
    }
    let fallback = map.stages[0].id
    let existing = Set(map.stages.map(\.id))
    // The stage of the nearest step before each step (in the file), and after it for the first.
    var previous: String? = nil
    var homes = [String?](repeating: nil, count: map.steps.count)
    for i in map.steps.indices {
      if existing.contains(map.steps[i].stage) { previous = map.steps[i].stage } else { homes[i] = previous }
    }
    var following: String? = nil
    for i in map.steps.indices.reversed() {
      if existing.contains(map.steps[i].stage) {
        following = map.steps[i].stage
      } else {
        let home = homes[i] ?? following ?? fallback
        notes.append("step \(map.steps[i].id) was in stage \(map.steps[i].stage), which is gone; it is now in stage \(home)")
        map.steps[i].stage = home
      }
    }
  }

  private static func links(_ map: inout JourneyMap, _ notes: inout [String]) {
    var steps = Set<String>()
    var painPoints = Set<String>()
    steps.reserveCapacity(map.steps.count)
    for i in map.steps.indices {
      steps.insert(map.steps[i].id)
      for p in map.steps[i].painPoints { painPoints.insert(p.id) }
    }
    let touchpoints = Set(map.touchpoints.map(\.id))
    /// The links without dangling or repeated ones; nil if there is nothing to clean, so that
    /// nothing is written (and no shared storage copied) for a clean map.
    func cleaned(_ links: [String], _ exists: Set<String>, _ what: String) -> [String]? {
      guard !links.isEmpty, !isClean(links, exists) else { return nil }
      var seen = Set<String>()
      let gone = links.filter { !exists.contains($0) }
      notes.append(gone.isEmpty ? "\(what) lists a link once" : "\(what) no longer links \(gone.joined(separator: ", "))")
      return links.filter { exists.contains($0) && seen.insert($0).inserted }
    }
    for p in map.processes.indices {
      if let links = cleaned(map.processes[p].steps, steps, "process \(map.processes[p].id)") { map.processes[p].steps = links }
    }
    for s in map.steps.indices {
      if let links = cleaned(map.steps[s].touchpoints, touchpoints, "step \(map.steps[s].id)") { map.steps[s].touchpoints = links }
      for o in map.steps[s].opportunities.indices {
        let opportunity = map.steps[s].opportunities[o]
        if let links = cleaned(opportunity.addresses, painPoints, "opportunity \(opportunity.id)") { map.steps[s].opportunities[o].addresses = links }
      }
    }
  }
}
