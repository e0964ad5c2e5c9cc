/// The four id lists of a map while they are being merged.
struct MergedCollections {
  var touchpoints: MergedList<Touchpoint>
  var stages: MergedList<Stage>
  var steps: MergedList<Step>
  var processes: MergedList<BackstageProcess>
}

/// After merging, a reference may point at something the other side deleted: a step moved into
/// a stage the other side deleted, a process linked to a step the other side deleted. The thing
/// comes back, from the side that still has it, and a conflict records the choice (taking the
/// deleting side deletes it again, see ``Merger/attachFollowUps(to:sides:)``). Nothing is
/// dropped without a record, and what both sides deleted never comes back.
extension Merger {
  mutating func repairReferences(_ c: inout MergedCollections, _ sides: inout MergeSides) {
    // Steps served by processes.
    for (k, pid) in c.processes.ids.enumerated() {
      for id in c.processes.read(key: k, \.steps) ?? [] where !c.steps.contains(id) {
        restore(id, in: &c.steps, { $0.step($1) }, path: "$.steps", noun: "step", user: "process \(pid)", sides: &sides, encode: ModelJSON.step)
      }
    }
    // Pain points addressed by opportunities; a restored step may address more.
    var painPoints = Set<String>()
    var queue = Array(c.steps.ids.indices)
    for k in queue { for p in c.steps.read(key: k, \.painPoints) ?? [] { painPoints.insert(p.id) } }
    var next = 0
    while next < queue.count {
      let k = queue[next]
      next += 1
      for opportunity in c.steps.read(key: k, \.opportunities) ?? [] {
        for id in opportunity.addresses where !painPoints.contains(id) {
          let user = "opportunity \(opportunity.id)"
          let ours = sides.index(.ours)
          let theirs = sides.index(.theirs)
          guard let owner = ours.painPointOwner[id] ?? theirs.painPointOwner[id] else { continue }
          if !c.steps.contains(owner) {
            restore(owner, in: &c.steps, { $0.step($1) }, path: "$.steps", noun: "step", user: "\(user) (its pain point \(id))", sides: &sides, encode: ModelJSON.step)
            if let restored = c.steps.key(owner) { queue.append(restored) }
            for p in c.steps.read(owner, \.painPoints) ?? [] { painPoints.insert(p.id) }
          } else if let painPoint = (ours.painPointOwner[id] == owner ? ours : theirs).painPoint(id) {
            c.steps.modify(owner) { $0.painPoints.append(painPoint) }
            painPoints.insert(id)
            let base = sides.index(.base)
            conflicts.append(
              MergeConflict(
                path: "$.steps[id=\(owner)].painPoints[id=\(id)]",
                message: "\(ours.painPoint(id) == nil ? "ours" : "theirs") deleted this pain point, but \(user) still addresses it",
                ours: ours.painPoint(id).map(ModelJSON.painPoint), theirs: theirs.painPoint(id).map(ModelJSON.painPoint),
                base: base.painPoint(id).map(ModelJSON.painPoint)))
          }
        }
      }
    }
    // Touchpoints and stages used by steps, restored ones included.
    var stageUsers: [String: [String]] = [:]
    var missingStages: [String] = []
    for (k, stepID) in c.steps.ids.enumerated() {
      guard let (stage, touchpoints) = c.steps.read(key: k, { ($0.stage, $0.touchpoints) }) else { continue }
      for id in touchpoints where !c.touchpoints.contains(id) {
        restore(id, in: &c.touchpoints, { $0.touchpoint($1) }, path: "$.touchpoints", noun: "touchpoint", user: "step \(stepID)", sides: &sides, encode: ModelJSON.touchpoint)
      }
      if !c.stages.contains(stage) {
        if stageUsers[stage] == nil { missingStages.append(stage) }
        stageUsers[stage, default: []].append(stepID)
      }
    }
    for id in missingStages {
      let users = stageUsers[id] ?? []
      let user = users.count > 1 ? "steps \(users[0]) and \(users.count - 1) more" : "step \(users[0])"
      restore(id, in: &c.stages, { $0.stage($1) }, path: "$.stages", noun: "stage", user: user, sides: &sides, encode: ModelJSON.stage)
    }
    removeNestedDuplicates(&c.steps, &sides)
  }

  /// Brings back one element from the side that still has it, with a conflict.
  private mutating func restore<T: Identifiable>(
    _ id: String, in list: inout MergedList<T>, _ find: (SideIndex, String) -> T?, path: String, noun: String, user: String,
    sides: inout MergeSides, encode: (T) -> JSONValue
  ) where T.ID == String {
    let inOurs = find(sides.index(.ours), id)
    let inTheirs = find(sides.index(.theirs), id)
    guard let found = inOurs ?? inTheirs else { return }
    list.set(id, found)
    conflicts.append(
      MergeConflict(
        path: "\(path)[id=\(id)]", message: "\(inOurs == nil ? "ours" : "theirs") deleted this \(noun), but \(user) still \(user.hasPrefix("steps ") ? "use" : "uses") it",
        ours: inOurs.map(encode), theirs: inTheirs.map(encode), base: find(sides.index(.base), id).map(encode)))
  }

  /// A pain point or opportunity id is in one step only. Both sides putting the same hand-written
  /// id in different steps (or one moving it while the other edits it) would give it two places:
  /// ours keeps its place and the other place becomes a conflict.
  private mutating func removeNestedDuplicates(_ steps: inout MergedList<Step>, _ sides: inout MergeSides) {
    // The first place of each id; other places only for the (rare) ids with more than one.
    var painPointFirst: [String: String] = [:]
    var opportunityFirst: [String: String] = [:]
    var painPointPlaces: [String: [String]] = [:]
    var opportunityPlaces: [String: [String]] = [:]
    var duplicatePainPoints: [String] = []
    var duplicateOpportunities: [String] = []
    for (k, stepID) in steps.ids.enumerated() {
      guard let (painPoints, opportunities) = steps.read(key: k, { ($0.painPoints, $0.opportunities) }) else { continue }
      for p in painPoints {
        guard let first = painPointFirst[p.id] else {
          painPointFirst[p.id] = stepID
          continue
        }
        if painPointPlaces[p.id] == nil { duplicatePainPoints.append(p.id) }
        painPointPlaces[p.id, default: [first]].append(stepID)
      }
      for o in opportunities {
        guard let first = opportunityFirst[o.id] else {
          opportunityFirst[o.id] = stepID
          continue
        }
        if opportunityPlaces[o.id] == nil { duplicateOpportunities.append(o.id) }
        opportunityPlaces[o.id, default: [first]].append(stepID)
      }
    }
    guard !duplicatePainPoints.isEmpty || !duplicateOpportunities.isEmpty else { return }
    var paths = Set(conflicts.map(\.path))
    for id in duplicatePainPoints {
      let places = painPointPlaces[id] ?? []
      let keep = keeper(places, sides.index(.ours).painPointOwner[id], sides.index(.theirs).painPointOwner[id])
      for place in places where place != keep {
        steps.modify(place) { $0.painPoints.removeAll { $0.id == id } }
        let path = "$.steps[id=\(place)].painPoints[id=\(id)]"
        guard !paths.contains(path), !paths.contains("$.steps[id=\(place)]") else { continue }
        paths.insert(path)
        let value = { (side: SideIndex) in side.painPointOwner[id] == place ? side.painPoint(id).map(ModelJSON.painPoint) : nil }
        conflicts.append(
          MergeConflict(
            path: path, message: "pain point \(id) is also in step \(keep), where it was kept (an id has one place)",
            ours: value(sides.index(.ours)), theirs: value(sides.index(.theirs)), base: value(sides.index(.base))))
      }
    }
    for id in duplicateOpportunities {
      let places = opportunityPlaces[id] ?? []
      let keep = keeper(places, sides.index(.ours).opportunityOwner[id], sides.index(.theirs).opportunityOwner[id])
      for place in places where place != keep {
        steps.modify(place) { $0.opportunities.removeAll { $0.id == id } }
        let path = "$.steps[id=\(place)].opportunities[id=\(id)]"
        guard !paths.contains(path), !paths.contains("$.steps[id=\(place)]") else { continue }
        paths.insert(path)
        let value = { (side: SideIndex) in side.opportunityOwner[id] == place ? side.opportunity(id).map(ModelJSON.opportunity) : nil }
        conflicts.append(
          MergeConflict(
            path: path, message: "opportunity \(id) is also in step \(keep), where it was kept (an id has one place)",
            ours: value(sides.index(.ours)), theirs: value(sides.index(.theirs)), base: value(sides.index(.base))))
      }
    }
  }

  private func keeper(_ places: [String], _ ours: String?, _ theirs: String?) -> String {
    if let ours, places.contains(ours) { return ours }
    if let theirs, places.contains(theirs) { return theirs }
    return places[0]
  }
}
