/// What taking a side of a conflict also changes, decided at merge time while all three sides
/// are at hand (settling later only has the file):
///
/// - taking the side that deleted a stage sends that stage's steps where that side has them,
///   or deletes them if it has none of them;
/// - taking a side whose value refers to something that is gone, or that settling another
///   conflict may delete, brings that thing back from the same side (if it is still missing).
///
/// So settling with `--ours` gives what ours meant, `--theirs` what theirs meant, and both give
/// a valid map.
extension Merger {
  mutating func attachFollowUps(to map: JourneyMap, sides: inout MergeSides) {
    guard !conflicts.isEmpty else { return }
    let present = Present(map)
    // What settling a conflict may delete: whole elements one side deleted.
    var deletable = Set<String>()
    let paths = conflicts.map { ConflictPath($0.path)?.segments ?? [] }
    for (conflict, segments) in zip(conflicts, paths) where conflict.ours == nil || conflict.theirs == nil {
      if case .id(let id)? = segments.last { deletable.insert(id) }
    }
    // Fates of the steps of a stage a side deleted.
    for i in conflicts.indices {
      guard conflicts[i].kind == .value, paths[i].count == 2, paths[i][0].key == "stages", let stage = paths[i][1].id else { continue }
      for side in [MergeSides.Which.ours, .theirs] where (side == .ours ? conflicts[i].ours : conflicts[i].theirs) == nil {
        let index = sides.index(side)
        var fates: [MergeConflict.FollowUp] = []
        for stepID in present.steps(in: stage) {
          if let there = index.step(stepID) {
            fates.append(MergeConflict.FollowUp(path: "$.steps[id=\(stepID)].stage", change: .set(.string(there.stage))))
          } else {
            fates.append(MergeConflict.FollowUp(path: "$.steps[id=\(stepID)]", change: .delete))
            deletable.insert(stepID)
          }
        }
        add(fates, to: i, side)
      }
    }
    // Restores of what each side's value needs.
    for i in conflicts.indices {
      for side in [MergeSides.Which.ours, .theirs] {
        let conflict = conflicts[i]
        guard (side == .ours ? conflict.ours : conflict.theirs) != nil || !(side == .ours ? conflict.withOurs : conflict.withTheirs).isEmpty else { continue }
        var needs = Needs(index: sides.index(side), present: present, deletable: deletable)
        let value = side == .ours ? conflict.ours : conflict.theirs
        let segments = paths[i]
        let keys = segments.map { $0.key ?? "" }
        let ids = segments.map { $0.id ?? "" }
        switch keys.first {
        case "steps" where segments.count == 2 && value != nil && conflict.kind == .value:
          if let step = needs.index.step(ids[1]) { needs.of(step) }
        case "steps" where segments.count == 3 && keys[2] == "stage":
          if case .string(let stage)? = value { needs.stage(stage) }
        case "steps" where segments.count == 4 && keys[2] == "opportunities" && value != nil:
          if needs.index.opportunityOwner[ids[3]] == ids[1], let opportunity = needs.index.opportunity(ids[3]) {
            for painPoint in opportunity.addresses { needs.painPoint(painPoint) }
          }
        case "processes" where segments.count == 2 && value != nil:
          for step in needs.index.process(ids[1])?.steps ?? [] { needs.step(step) }
        default: break
        }
        // The fates' target stages.
        for followUp in side == .ours ? conflict.withOurs : conflict.withTheirs {
          if case .set(.string(let stage)) = followUp.change, followUp.path.hasSuffix(".stage") { needs.stage(stage) }
        }
        add(needs.restores, to: i, side)
      }
    }
  }

  private mutating func add(_ followUps: [MergeConflict.FollowUp], to i: Int, _ side: MergeSides.Which) {
    guard !followUps.isEmpty else { return }
    if side == .ours { conflicts[i].withOurs += followUps } else { conflicts[i].withTheirs += followUps }
  }
}

/// What the merged map holds, looked up by id; the lists a few conflicts need are built on
/// first use, so that a merge with a conflict or two in a large map stays cheap.
private final class Present {
  let map: JourneyMap
  init(_ map: JourneyMap) { self.map = map }

  lazy var ids: Set<String> = {
    var ids = Set<String>()
    ids.reserveCapacity(map.steps.count * 3)
    for t in map.touchpoints { ids.insert(t.id) }
    for s in map.stages { ids.insert(s.id) }
    for p in map.processes { ids.insert(p.id) }
    for i in map.steps.indices {
      ids.insert(map.steps[i].id)
      for p in map.steps[i].painPoints { ids.insert(p.id) }
    }
    return ids
  }()

  lazy var stepsByStage: [String: [String]] = {
    var result: [String: [String]] = [:]
    for i in map.steps.indices { result[map.steps[i].stage, default: []].append(map.steps[i].id) }
    return result
  }()

  func contains(_ id: String) -> Bool { ids.contains(id) }
  func steps(in stage: String) -> [String] { stepsByStage[stage] ?? [] }
}

/// The restores one side's value needs, dependencies first (a step before its pain point).
private struct Needs {
  let index: SideIndex
  let present: Present
  let deletable: Set<String>
  var restores: [MergeConflict.FollowUp] = []
  var visited = Set<String>()

  init(index: SideIndex, present: Present, deletable: Set<String>) {
    self.index = index
    self.present = present
    self.deletable = deletable
  }

  func atRisk(_ id: String) -> Bool { !present.contains(id) || deletable.contains(id) }

  mutating func stage(_ id: String) {
    guard atRisk(id), visited.insert(id).inserted, let stage = index.stage(id) else { return }
    restores.append(MergeConflict.FollowUp(path: "$.stages[id=\(id)]", change: .restore(ModelJSON.stage(stage))))
  }

  mutating func touchpoint(_ id: String) {
    guard atRisk(id), visited.insert(id).inserted, let touchpoint = index.touchpoint(id) else { return }
    restores.append(MergeConflict.FollowUp(path: "$.touchpoints[id=\(id)]", change: .restore(ModelJSON.touchpoint(touchpoint))))
  }

  mutating func step(_ id: String) {
    guard atRisk(id), visited.insert(id).inserted, let step = index.step(id) else { return }
    of(step)
    restores.append(MergeConflict.FollowUp(path: "$.steps[id=\(id)]", change: .restore(ModelJSON.step(step))))
  }

  /// What a step needs: its stage, its touchpoints, the pain points its opportunities address.
  mutating func of(_ step: Step) {
    visited.insert(step.id)
    stage(step.stage)
    for id in step.touchpoints { touchpoint(id) }
    for opportunity in step.opportunities {
      for id in opportunity.addresses { painPoint(id) }
    }
  }

  mutating func painPoint(_ id: String) {
    guard let owner = index.painPointOwner[id] else { return }
    if atRisk(owner) {
      step(owner)
    } else if atRisk(id), visited.insert(id).inserted, let painPoint = index.painPoint(id) {
      restores.append(MergeConflict.FollowUp(path: "$.steps[id=\(owner)].painPoints[id=\(id)]", change: .restore(ModelJSON.painPoint(painPoint))))
    }
  }
}
