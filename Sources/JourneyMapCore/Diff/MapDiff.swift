/// Compares two maps semantically: what was added, removed, moved or changed, element by id.
/// Linear in the size of the maps (dictionaries by id), apart from ordering within a stage.
/// The maps are loaded ones, whose ids are unique: elements with the same id in the same place
/// in both are paired without building the tables.
public enum MapDiff {
  public static func compare(_ a: JourneyMap, _ b: JourneyMap) -> [MapDifference] {
    var out: [MapDifference] = []
    properties(a, b, &out)
    touchpoints(a, b, &out)
    stages(a, b, &out)
    steps(a, b, &out)
    processes(a, b, &out)
    return out
  }

  static func clean(_ s: String) -> String { ExportText.clean(s) }

  static func field(
    _ out: inout [MapDifference], _ scope: MapDifference.Scope, id: String?, name: String, stage: String? = nil,
    _ field: String, _ old: String, _ new: String
  ) {
    guard old != new else { return }
    out.append(
      MapDifference(scope: scope, kind: .changed, id: id, name: name, stageID: stage, field: field, old: clean(old), new: clean(new)))
  }

  /// Items of a list present in one version and not the other, in order (duplicates counted).
  static func listChanges(_ old: [String], _ new: [String]) -> (added: [String], removed: [String]) {
    var remaining: [String: Int] = [:]
    for item in old { remaining[item, default: 0] += 1 }
    var added: [String] = []
    for item in new {
      if let n = remaining[item], n > 0 { remaining[item] = n - 1 } else { added.append(item) }
    }
    var leftover = remaining
    let removed = old.filter { item in
      guard let n = leftover[item], n > 0 else { return false }
      leftover[item] = n - 1
      return true
    }
    return (added, removed)
  }

  static func list(
    _ out: inout [MapDifference], _ scope: MapDifference.Scope, id: String?, name: String, stage: String? = nil,
    _ field: String, _ old: [String], _ new: [String]
  ) {
    let (added, removed) = listChanges(old, new)
    for item in removed {
      out.append(MapDifference(scope: scope, kind: .removed, id: id, name: name, stageID: stage, field: field, old: clean(item)))
    }
    for item in added {
      out.append(MapDifference(scope: scope, kind: .added, id: id, name: name, stageID: stage, field: field, new: clean(item)))
    }
  }

  // MARK: Map properties

  static func properties(_ a: JourneyMap, _ b: JourneyMap, _ out: inout [MapDifference]) {
    let name = clean(b.title)
    field(&out, .map, id: nil, name: name, "title", a.title, b.title)
    field(&out, .map, id: nil, name: name, "state", a.state.rawValue, b.state.rawValue)
    field(&out, .map, id: nil, name: name, "persona", a.persona.name, b.persona.name)
    field(&out, .map, id: nil, name: name, "goal", a.persona.goal, b.persona.goal)
    field(&out, .map, id: nil, name: name, "about the persona", a.persona.description, b.persona.description)
    field(&out, .map, id: nil, name: name, "scenario", a.scenario, b.scenario)
    list(&out, .map, id: nil, name: name, "stakeholder", a.stakeholders, b.stakeholders)
    field(&out, .map, id: nil, name: name, "notes", a.notes, b.notes)
  }

  // MARK: Touchpoints

  static func touchpoints(_ a: JourneyMap, _ b: JourneyMap, _ out: inout [MapDifference]) {
    let old = Dictionary(a.touchpoints.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    let new = Set(b.touchpoints.map(\.id))
    for t in b.touchpoints {
      guard let before = old[t.id] else {
        out.append(MapDifference(scope: .touchpoint, kind: .added, id: t.id, name: clean(t.name), new: clean(t.channel)))
        continue
      }
      field(&out, .touchpoint, id: t.id, name: clean(t.name), "name", before.name, t.name)
      field(&out, .touchpoint, id: t.id, name: clean(t.name), "channel", before.channel, t.channel)
    }
    for t in a.touchpoints where !new.contains(t.id) {
      out.append(MapDifference(scope: .touchpoint, kind: .removed, id: t.id, name: clean(t.name), old: clean(t.channel)))
    }
  }

  // MARK: Stages

  static func stages(_ a: JourneyMap, _ b: JourneyMap, _ out: inout [MapDifference]) {
    let old = Dictionary(a.stages.enumerated().map { ($1.id, ($0, $1)) }, uniquingKeysWith: { x, _ in x })
    let new = Set(b.stages.map(\.id))
    let common = b.stages.map(\.id).filter { old[$0] != nil }
    let moved = movedItems(common, oldOrder: a.stages.map(\.id).filter { new.contains($0) })
    for (position, stage) in b.stages.enumerated() {
      let name = clean(stage.name)
      guard let (oldPosition, before) = old[stage.id] else {
        out.append(MapDifference(scope: .stage, kind: .added, id: stage.id, name: name, stageID: stage.id, note: "position \(position + 1)"))
        continue
      }
      if moved.contains(stage.id) {
        out.append(
          MapDifference(scope: .stage, kind: .moved, id: stage.id, name: name, stageID: stage.id, note: "position \(oldPosition + 1) → \(position + 1)"))
      }
      field(&out, .stage, id: stage.id, name: name, stage: stage.id, "name", before.name, stage.name)
      field(&out, .stage, id: stage.id, name: name, stage: stage.id, "description", before.description, stage.description)
    }
    for stage in a.stages where !new.contains(stage.id) {
      out.append(MapDifference(scope: .stage, kind: .removed, id: stage.id, name: clean(stage.name), stageID: stage.id))
    }
  }

  /// The items that moved: everything outside a longest subsequence kept in the same order.
  static func movedItems(_ newOrder: [String], oldOrder: [String]) -> Set<String> {
    var rank: [String: Int] = [:]
    for (i, id) in oldOrder.enumerated() { rank[id] = i }
    let sequence = newOrder.compactMap { rank[$0] }
    guard sequence.count > 1 else { return [] }
    // Longest increasing subsequence, O(n log n), remembering predecessors.
    var tails: [Int] = []
    var tailIndex: [Int] = []
    var previous = Array(repeating: -1, count: sequence.count)
    for (i, value) in sequence.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let mid = (low + high) / 2
        if tails[mid] < value { low = mid + 1 } else { high = mid }
      }
      if low > 0 { previous[i] = tailIndex[low - 1] }
      if low == tails.count {
        tails.append(value)
        tailIndex.append(i)
      } else {
        tails[low] = value
        tailIndex[low] = i
      }
    }
    var kept = Set<Int>()
    var k = tailIndex.last ?? -1
    while k >= 0 {
      kept.insert(k)
      k = previous[k]
    }
    var moved = Set<String>()
    for (i, id) in newOrder.enumerated() where !kept.contains(i) { moved.insert(id) }
    return moved
  }

  // MARK: Steps

  static func steps(_ a: JourneyMap, _ b: JourneyMap, _ out: inout [MapDifference]) {
    let oldOrder = a.stepIndicesInJourneyOrder
    let newOrder = b.stepIndicesInJourneyOrder
    // The usual diff: the same steps in the same stages and order, some of them edited. Steps
    // then pair up by position, with no tables by id and nothing added, removed or moved.
    let sameSteps = oldOrder.count == newOrder.count
      && zip(oldOrder, newOrder).allSatisfy { a.steps[$0].id == b.steps[$1].id && a.steps[$0].stage == b.steps[$1].stage }
    if sameSteps {
      for (j, i) in zip(oldOrder, newOrder) where a.steps[j] != b.steps[i] {
        stepFields(a.steps[j], b.steps[i], a, b, &out)
      }
      return
    }
    let oldIndex = StepPositions(a, order: oldOrder)
    let newIndex = StepPositions(b, order: newOrder)
    let oldStageName = Dictionary(a.stages.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
    let newStageName = Dictionary(b.stages.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
    // Steps that stayed in their stage but changed place among its other steps, stage by stage
    // from groups made in one pass, so that this stays linear however many stages there are.
    let oldByStage = oldIndex.idsByStage(a)
    let newByStage = newIndex.idsByStage(b)
    var movedWithin = Set<String>()
    for stage in b.stages {
      let newOrder = newByStage[stage.id] ?? []
      // The same steps in the same order (nearly every stage): nothing moved.
      if newOrder == oldByStage[stage.id] ?? [] { continue }
      let stayed = Set(newOrder.filter { id in oldIndex.byID[id].map { a.steps[$0.index].stage == stage.id } ?? false })
      let oldOrder = (oldByStage[stage.id] ?? []).filter(stayed.contains)
      movedWithin.formUnion(movedItems(newOrder.filter(stayed.contains), oldOrder: oldOrder))
    }
    // Both versions of a step are borrowed from their arrays, not copied: a copy would retain
    // and release every string of every step.
    func compare(_ before: borrowing Step, _ step: borrowing Step, from: Int) {
      if before.stage != step.stage {
        out.append(
          MapDifference(
            scope: .step, kind: .moved, id: step.id, name: ExportText.stepTitle(step), stageID: step.stage, field: "stage",
            old: oldStageName[before.stage].map(clean) ?? before.stage, new: newStageName[step.stage].map(clean) ?? step.stage))
      } else if movedWithin.contains(step.id) {
        let to = newIndex.byID[step.id]?.number ?? 0
        let note = from == to ? "within the stage (its neighbours changed places)" : "within the stage: was step \(from), now step \(to)"
        out.append(MapDifference(scope: .step, kind: .moved, id: step.id, name: ExportText.stepTitle(step), stageID: step.stage, note: note))
      }
      // Equal steps have no field that differs; most steps of a diff are unchanged.
      if before != step { stepFields(copy before, copy step, a, b, &out) }
    }
    for i in newIndex.order {
      guard let (j, from) = oldIndex.byID[b.steps[i].id] else {
        let step = b.steps[i]
        out.append(MapDifference(scope: .step, kind: .added, id: step.id, name: ExportText.stepTitle(step), stageID: step.stage))
        continue
      }
      compare(a.steps[j], b.steps[i], from: from)
    }
    for i in oldIndex.order where newIndex.byID[a.steps[i].id] == nil {
      let step = a.steps[i]
      out.append(MapDifference(scope: .step, kind: .removed, id: step.id, name: ExportText.stepTitle(step), stageID: step.stage))
    }
  }

  static func stepFields(_ a: Step, _ b: Step, _ mapA: JourneyMap, _ mapB: JourneyMap, _ out: inout [MapDifference]) {
    let name = ExportText.stepTitle(b)
    let id = b.id
    let stage = b.stage
    func add(_ kind: MapDifference.Kind, _ field: String, old: String? = nil, new: String? = nil, note: String? = nil) {
      out.append(MapDifference(scope: .step, kind: kind, id: id, name: name, stageID: stage, field: field, old: old, new: new, note: note))
    }
    field(&out, .step, id: id, name: name, stage: stage, "title", a.title, b.title)
    field(&out, .step, id: id, name: name, stage: stage, "doing", a.description, b.description)
    list(&out, .step, id: id, name: name, stage: stage, "thought", a.thoughts, b.thoughts)
    if a.feeling != b.feeling {
      func text(_ f: Feeling?) -> String {
        guard let f else { return "not captured" }
        return ExportText.score(f.score) + (f.word.isEmpty ? "" : " " + clean(f.word))
      }
      var note: String? = nil
      if let x = a.feeling?.score, let y = b.feeling?.score, x != y { note = y > x ? "better" : "worse" }
      add(.changed, "feeling", old: text(a.feeling), new: text(b.feeling), note: note)
    }
    func touchpointName(_ map: JourneyMap, _ id: String) -> String {
      map.touchpoints.first { $0.id == id }.map { "\(clean($0.channel)): \(clean($0.name))" } ?? id
    }
    let (tpAdded, tpRemoved) = listChanges(a.touchpoints, b.touchpoints)
    for t in tpRemoved { add(.removed, "touchpoint", old: touchpointName(mapA, t)) }
    for t in tpAdded { add(.added, "touchpoint", new: touchpointName(mapB, t)) }
    switch (a.momentOfTruth, b.momentOfTruth) {
    case (nil, let m?): add(.added, "moment of truth", new: clean(m.reason))
    case (let m?, nil): add(.removed, "moment of truth", old: clean(m.reason))
    case (let x?, let y?) where x.reason != y.reason: add(.changed, "moment of truth", old: clean(x.reason), new: clean(y.reason))
    default: break
    }
    identified(a.painPoints, b.painPoints, id: \.id, text: { clean($0.text) }, "pain point", &out, id: id, name: name, stage: stage)
    let opportunityText: (Opportunity) -> String = {
      clean($0.text) + ($0.owner.isEmpty ? "" : " (owner: \(clean($0.owner)))") + ($0.addresses.isEmpty ? "" : " [addresses \($0.addresses.joined(separator: ", "))]")
    }
    identified(
      a.opportunities, b.opportunities, id: \.id, text: opportunityText,
      whole: { opportunityText($0) + OpportunityTracking.bracketed($0) }, "opportunity", &out, id: id, name: name, stage: stage)
    trackingChanges(a.opportunities, b.opportunities, &out, id: id, name: name, stage: stage)
    list(&out, .step, id: id, name: name, stage: stage, "metric", a.metrics.map { "\($0.name): \($0.value)" }, b.metrics.map { "\($0.name): \($0.value)" })
    field(&out, .step, id: id, name: name, stage: stage, "evidence", a.evidence?.rawValue ?? "", b.evidence?.rawValue ?? "")
    field(&out, .step, id: id, name: name, stage: stage, "notes", a.notes, b.notes)
  }

  /// Pain points and opportunities: matched by id, reported as added, removed or changed.
  /// `whole` describes an item added or removed (by default as `text`, which is what a change
  /// compares).
  static func identified<T>(
    _ old: [T], _ new: [T], id: KeyPath<T, String>, text: (T) -> String, whole: ((T) -> String)? = nil, _ field: String,
    _ out: inout [MapDifference], id stepID: String, name: String, stage: String
  ) {
    let before = Dictionary(old.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { x, _ in x })
    let after = Set(new.map { $0[keyPath: id] })
    for item in new {
      if let previous = before[item[keyPath: id]] {
        if text(previous) != text(item) {
          out.append(MapDifference(scope: .step, kind: .changed, id: stepID, name: name, stageID: stage, field: field, old: text(previous), new: text(item)))
        }
      } else {
        out.append(MapDifference(scope: .step, kind: .added, id: stepID, name: name, stageID: stage, field: field, new: whole?(item) ?? text(item)))
      }
    }
    for item in old where !after.contains(item[keyPath: id]) {
      out.append(MapDifference(scope: .step, kind: .removed, id: stepID, name: name, stageID: stage, field: field, old: whole?(item) ?? text(item)))
    }
  }

  // MARK: Processes

  static func processes(_ a: JourneyMap, _ b: JourneyMap, _ out: inout [MapDifference]) {
    // The usual diff: the same processes in the same order; only edited ones need a look.
    if a.processes.count == b.processes.count && zip(a.processes, b.processes).allSatisfy({ $0.id == $1.id }) {
      var titleA = LazyStepTitles(a)
      var titleB = LazyStepTitles(b)
      for i in b.processes.indices where a.processes[i] != b.processes[i] {
        processFields(a.processes[i], b.processes[i], &out, &titleA, &titleB)
      }
      return
    }
    let old = Dictionary(a.processes.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    let new = Set(b.processes.map(\.id))
    var titleA = LazyStepTitles(a)
    var titleB = LazyStepTitles(b)
    for process in b.processes {
      let name = clean(process.title)
      guard let before = old[process.id] else {
        out.append(MapDifference(scope: .process, kind: .added, id: process.id, name: name, new: process.lane.rawValue))
        for step in process.steps {
          out.append(MapDifference(scope: .process, kind: .added, id: process.id, name: name, field: "serves", new: "\(step) (\(titleB.title(step) ?? step))"))
        }
        continue
      }
      if before != process { processFields(before, process, &out, &titleA, &titleB) }
    }
    for process in a.processes where !new.contains(process.id) {
      out.append(MapDifference(scope: .process, kind: .removed, id: process.id, name: clean(process.title), old: process.lane.rawValue))
    }
  }

  /// What changed in one process, kept under the same id.
  static func processFields(
    _ before: BackstageProcess, _ process: BackstageProcess, _ out: inout [MapDifference], _ titleA: inout LazyStepTitles,
    _ titleB: inout LazyStepTitles
  ) {
    let name = clean(process.title)
    field(&out, .process, id: process.id, name: name, "title", before.title, process.title)
    field(&out, .process, id: process.id, name: name, "lane", before.lane.rawValue, process.lane.rawValue)
    field(&out, .process, id: process.id, name: name, "owner", before.owner, process.owner)
    field(&out, .process, id: process.id, name: name, "system", before.system, process.system)
    field(&out, .process, id: process.id, name: name, "notes", before.notes, process.notes)
    let (added, removed) = listChanges(before.steps, process.steps)
    for step in removed {
      out.append(MapDifference(scope: .process, kind: .removed, id: process.id, name: name, field: "serves", old: "\(step) (\(titleA.title(step) ?? step))"))
    }
    for step in added {
      out.append(MapDifference(scope: .process, kind: .added, id: process.id, name: name, field: "serves", new: "\(step) (\(titleB.title(step) ?? step))"))
    }
  }
}
