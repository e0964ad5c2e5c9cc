/// The three-way merge behind git's merge driver: base, ours and theirs, merged by id.
///
/// Fields merge independently (a rename on one side and a new feeling on the other both
/// land); things with ids merge by id; lists without ids (thoughts, stakeholders) and links
/// (a step's touchpoints, a process's steps, an opportunity's pain points) merge as ordered
/// sets, so a link is never listed twice; orders merge per list, and steps per stage (see
/// ``OrderMerge``). A deletion on one side applies unless the other side changed the deleted
/// thing. What cannot be decided becomes a ``MergeConflict`` and the map keeps one side's value
/// (ours, or the changed thing over a deletion), so nothing is lost either way; each conflict
/// says what taking either side also changes, so settling it always leaves a valid map.
///
/// Merging ours into theirs records the same conflicts, sides swapped, and gives the same map
/// where nothing conflicts.
public enum MapMerge {
  public struct Result: Sendable {
    public var map: JourneyMap
    /// Every unresolved conflict in the result: new ones and those either side already had.
    public var conflicts: [MergeConflict]
    /// What the final validity check had to repair: nothing, unless the merge has a defect.
    public var repairs: [String]
  }

  public static func merge(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> Result {
    var m = Merger()
    var map = mergeHeader(&m, base, ours, theirs)
    var collections = MergedCollections(
      touchpoints: m.elements(
        base.touchpoints, ours.touchpoints, theirs.touchpoints, path: "$.touchpoints", noun: "touchpoint", encode: ModelJSON.touchpoint
      ) { m, b, o, t, path in m.touchpoint(b, o, t, path: path) },
      stages: m.elements(base.stages, ours.stages, theirs.stages, path: "$.stages", noun: "stage", encode: ModelJSON.stage) {
        m, b, o, t, path in m.stage(b, o, t, path: path)
      },
      steps: m.elements(base.steps, ours.steps, theirs.steps, path: "$.steps", noun: "step", encode: ModelJSON.step) {
        m, b, o, t, path in m.step(b, o, t, path: path)
      },
      processes: m.elements(
        base.processes, ours.processes, theirs.processes, path: "$.processes", noun: "process", encode: ModelJSON.process
      ) { m, b, o, t, path in m.process(b, o, t, path: path) })
    var sides = MergeSides(base: base, ours: ours, theirs: theirs)
    m.repairReferences(&collections, &sides)
    map.touchpoints = m.order(collections.touchpoints, path: "$.touchpoints")
    map.stages = m.order(collections.stages, path: "$.stages")
    map.steps = m.orderSteps(
      collections.steps, stageOrder: map.stages.map(\.id), base: base.steps, ours: ours.steps, theirs: theirs.steps,
      stageNames: Dictionary(map.stages.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    map.processes = m.order(collections.processes, path: "$.processes")
    m.attachFollowUps(to: map, sides: &sides)

    // Conflicts already recorded on either side stay until someone resolves them.
    var conflicts = MergeConflict.recorded(in: ours)
    for c in MergeConflict.recorded(in: theirs) where !conflicts.contains(c) { conflicts.append(c) }
    conflicts += m.conflicts
    map.extensions[MergeConflict.extensionKey] = conflicts.isEmpty ? nil : .array(conflicts.map(\.json))
    let repairs = MapRepair.makeValid(&map)
    return Result(map: map, conflicts: conflicts, repairs: repairs)
  }

  /// Everything but the four id lists.
  private static func mergeHeader(_ m: inout Merger, _ base: JourneyMap, _ ours: JourneyMap, _ theirs: JourneyMap) -> JourneyMap {
    var map = ours
    map.id = m.text(base.id, ours.id, theirs.id, "$.id")
    map.title = m.text(base.title, ours.title, theirs.title, "$.title")
    map.state = m.value(base.state, ours.state, theirs.state, path: "$.state") { .string($0.rawValue) } ?? ours.state
    let schema = m.text(base.schema ?? "", ours.schema ?? "", theirs.schema ?? "", "$.$schema")
    map.schema = schema.isEmpty ? nil : schema
    map.persona.name = m.text(base.persona.name, ours.persona.name, theirs.persona.name, "$.persona.name")
    map.persona.goal = m.text(base.persona.goal, ours.persona.goal, theirs.persona.goal, "$.persona.goal")
    map.persona.description = m.text(base.persona.description, ours.persona.description, theirs.persona.description, "$.persona.description")
    map.persona.extensions = m.extensions(base.persona.extensions, ours.persona.extensions, theirs.persona.extensions, "$.persona")
    map.scenario = m.text(base.scenario, ours.scenario, theirs.scenario, "$.scenario")
    map.notes = m.text(base.notes, ours.notes, theirs.notes, "$.notes")
    map.stakeholders = m.strings(base.stakeholders, ours.stakeholders, theirs.stakeholders, path: "$.stakeholders")
    let key = MergeConflict.extensionKey
    map.extensions = m.extensions(base.extensions.without(key), ours.extensions.without(key), theirs.extensions.without(key), "$")
    return map
  }
}

extension Extensions {
  /// The same extensions without one key.
  func without(_ key: String) -> Extensions {
    guard self[key] != nil else { return self }
    var copy = self
    copy[key] = nil
    return copy
  }
}
