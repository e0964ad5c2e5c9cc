/// The three-way merge behind git's merge driver: base, ours and theirs, merged by id.
///
/// Fields merge independently (a rename on one side and a new feeling on the other both
/// land); list items with ids merge by id, keeping both sides' new items in a sensible order;
/// plain lists (thoughts, stakeholders, links) merge as ordered sets; a deletion on one side
/// applies unless the other side changed the deleted thing. What cannot be decided becomes a
/// ``MergeConflict`` and the map keeps our side's value, so nothing is lost either way.
public enum MapMerge {
  public struct Result: Sendable {
    public var map: JourneyMap
    /// Every unresolved conflict in the result: new ones and those either side already had.
    public var conflicts: [MergeConflict]
  }

  public static func merge(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> Result {
    var merger = Merger()
    var map = ours
    map.title = merger.value(base.title, ours.title, theirs.title, path: "$.title", encode: ModelJSON.string) ?? ours.title
    map.state =
      merger.value(base.state, ours.state, theirs.state, path: "$.state", encode: { ModelJSON.string($0.rawValue) }) ?? ours.state
    map.schema = merger.value(base.schema ?? "", ours.schema ?? "", theirs.schema ?? "", path: "$.$schema", encode: ModelJSON.string)
      .flatMap { $0.isEmpty ? nil : $0 }
    map.persona.name = merger.text(base.persona.name, ours.persona.name, theirs.persona.name, "$.persona.name")
    map.persona.goal = merger.text(base.persona.goal, ours.persona.goal, theirs.persona.goal, "$.persona.goal")
    map.persona.description = merger.text(base.persona.description, ours.persona.description, theirs.persona.description, "$.persona.description")
    map.persona.extensions = merger.extensions(base.persona.extensions, ours.persona.extensions, theirs.persona.extensions, "$.persona")
    map.scenario = merger.text(base.scenario, ours.scenario, theirs.scenario, "$.scenario")
    map.notes = merger.text(base.notes, ours.notes, theirs.notes, "$.notes")
    map.stakeholders = merger.list(base.stakeholders, ours.stakeholders, theirs.stakeholders)

    map.touchpoints = merger.collection(
      base.touchpoints, ours.touchpoints, theirs.touchpoints, path: "$.touchpoints", noun: "touchpoint", encode: ModelJSON.touchpoint
    ) { m, b, o, t, path in
      var r = o
      r.name = m.text(b?.name ?? o.name, o.name, t.name, path + ".name")
      r.channel = m.text(b?.channel ?? o.channel, o.channel, t.channel, path + ".channel")
      r.extensions = m.extensions(b?.extensions ?? o.extensions, o.extensions, t.extensions, path)
      return r
    }
    map.stages = merger.collection(base.stages, ours.stages, theirs.stages, path: "$.stages", noun: "stage", encode: ModelJSON.stage) {
      m, b, o, t, path in
      var r = o
      r.name = m.text(b?.name ?? o.name, o.name, t.name, path + ".name")
      r.description = m.text(b?.description ?? o.description, o.description, t.description, path + ".description")
      r.extensions = m.extensions(b?.extensions ?? o.extensions, o.extensions, t.extensions, path)
      return r
    }
    map.steps = merger.collection(base.steps, ours.steps, theirs.steps, path: "$.steps", noun: "step", encode: ModelJSON.step) {
      m, b, o, t, path in m.step(b, o, t, path: path)
    }
    map.processes = merger.collection(
      base.processes, ours.processes, theirs.processes, path: "$.processes", noun: "process", encode: ModelJSON.process
    ) { m, b, o, t, path in
      var r = o
      r.title = m.text(b?.title ?? o.title, o.title, t.title, path + ".title")
      r.lane = m.value(b?.lane ?? o.lane, o.lane, t.lane, path: path + ".lane", encode: { ModelJSON.string($0.rawValue) }) ?? o.lane
      r.owner = m.text(b?.owner ?? o.owner, o.owner, t.owner, path + ".owner")
      r.system = m.text(b?.system ?? o.system, o.system, t.system, path + ".system")
      r.notes = m.text(b?.notes ?? o.notes, o.notes, t.notes, path + ".notes")
      r.steps = m.list(b?.steps ?? [], o.steps, t.steps)
      r.extensions = m.extensions(b?.extensions ?? o.extensions, o.extensions, t.extensions, path)
      return r
    }
    var extensions = merger.extensions(
      base.extensions.without(MergeConflict.extensionKey), ours.extensions.without(MergeConflict.extensionKey),
      theirs.extensions.without(MergeConflict.extensionKey), "$")
    merger.repairReferences(&map, base: base, ours: ours, theirs: theirs)
    // Conflicts already recorded on either side stay until someone resolves them.
    var conflicts = MergeConflict.recorded(in: ours)
    for c in MergeConflict.recorded(in: theirs) where !conflicts.contains(c) { conflicts.append(c) }
    conflicts += merger.conflicts
    if !conflicts.isEmpty { extensions[MergeConflict.extensionKey] = .array(conflicts.map(\.json)) }
    map.extensions = extensions
    return Result(map: map, conflicts: conflicts)
  }
}

/// The merge's working state: the conflicts found so far.
struct Merger {
  var conflicts: [MergeConflict] = []

  /// Three-way choice for one value.
  mutating func value<T: Equatable>(_ base: T?, _ ours: T?, _ theirs: T?, path: String, encode: (T) -> JSONValue?) -> T? {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    conflicts.append(
      MergeConflict(
        path: path, message: "both sides changed this", ours: ours.flatMap(encode), theirs: theirs.flatMap(encode),
        base: base.flatMap(encode)))
    return ours
  }

  mutating func text(_ base: String, _ ours: String, _ theirs: String, _ path: String) -> String {
    value(base, ours, theirs, path: path, encode: ModelJSON.string) ?? ours
  }

  mutating func extensions(_ base: Extensions, _ ours: Extensions, _ theirs: Extensions, _ path: String) -> Extensions {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    var result = Extensions()
    let keys = Set(ours.members.map(\.key) + theirs.members.map(\.key) + base.members.map(\.key))
    for key in keys.sorted() {
      result[key] = value(base[key], ours[key], theirs[key], path: path + "[\"" + key + "\"]", encode: { $0 })
    }
    return result
  }

  /// Ordered-set merge for lists without ids: both sides' additions kept, either side's
  /// removals applied, order from ours with theirs' additions after their neighbours.
  func list<T: Hashable>(_ base: [T], _ ours: [T], _ theirs: [T]) -> [T] {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    var removedByTheirs = Self.counts(base)
    for item in theirs { removedByTheirs[item, default: 0] -= 1 }
    var result: [T] = []
    var remove = removedByTheirs.filter { $0.value > 0 }
    for item in ours {
      if let n = remove[item], n > 0 {
        remove[item] = n - 1
      } else {
        result.append(item)
      }
    }
    var addedByTheirs = Self.counts(theirs)
    for item in base { addedByTheirs[item, default: 0] -= 1 }
    var previous: T? = nil
    for item in theirs {
      defer { previous = item }
      guard let n = addedByTheirs[item], n > 0 else { continue }
      addedByTheirs[item] = n - 1
      if let previous, let at = result.lastIndex(of: previous) {
        result.insert(item, at: at + 1)
      } else if previous == nil {
        result.insert(item, at: 0)
      } else {
        result.append(item)
      }
    }
    return result
  }

  static func counts<T: Hashable>(_ list: [T]) -> [T: Int] {
    var c: [T: Int] = [:]
    for item in list { c[item, default: 0] += 1 }
    return c
  }

  /// Merge of a list of things with ids.
  mutating func collection<T: Identifiable & Equatable>(
    _ base: [T], _ ours: [T], _ theirs: [T], path: String, noun: String, encode: (T) -> JSONValue,
    element: (inout Merger, T?, T, T, String) -> T
  ) -> [T] where T.ID == String {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    let b = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    let o = Dictionary(ours.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    let t = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    var merged: [String: T] = [:]
    // A fixed order (ours, then theirs' new ids, then base's) keeps conflicts, and so the
    // merged file, the same on every run.
    var ids: [String] = []
    var seen = Set<String>()
    for id in ours.map(\.id) + theirs.map(\.id) + base.map(\.id) where seen.insert(id).inserted { ids.append(id) }
    for id in ids {
      let itemPath = "\(path)[id=\(id)]"
      switch (b[id], o[id], t[id]) {
      case (let bv, let ov?, let tv?):
        merged[id] = element(&self, bv, ov, tv, itemPath)
      case (let bv?, let ov?, nil):
        if ov == bv { continue }  // theirs deleted it; ours did not touch it
        conflicts.append(MergeConflict(path: itemPath, message: "theirs deleted this \(noun), ours changed it", ours: encode(ov), theirs: nil, base: encode(bv)))
        merged[id] = ov
      case (let bv?, nil, let tv?):
        if tv == bv { continue }  // ours deleted it; theirs did not touch it
        conflicts.append(MergeConflict(path: itemPath, message: "ours deleted this \(noun), theirs changed it", ours: nil, theirs: encode(tv), base: encode(bv)))
        merged[id] = tv
      case (nil, let ov?, nil): merged[id] = ov
      case (nil, nil, let tv?): merged[id] = tv
      default: continue  // deleted on both sides
      }
    }
    return Merger.order(ours: ours.map(\.id), theirs: theirs.map(\.id), base: base.map(\.id), keep: merged).map { merged[$0]! }
  }

  /// The order of a merged list: if only theirs reordered, theirs' order, else ours; then the
  /// other side's items after their nearest preceding neighbour.
  static func order<T>(ours: [String], theirs: [String], base: [String], keep: [String: T]) -> [String] {
    let common = Set(ours).intersection(theirs).intersection(base)
    let baseOrder = base.filter(common.contains)
    let oursReordered = ours.filter(common.contains) != baseOrder
    let theirsFirst = !oursReordered && !common.isEmpty
    let (primary, secondary) = theirsFirst ? (theirs, ours) : (ours, theirs)
    var result = primary.filter { keep[$0] != nil }
    var placed = Set(result)
    var previous: String? = nil
    for id in secondary {
      defer { previous = id }
      guard keep[id] != nil, !placed.contains(id) else { continue }
      if let previous, let at = result.firstIndex(of: previous) {
        result.insert(id, at: at + 1)
      } else if previous == nil {
        result.insert(id, at: 0)
      } else {
        result.append(id)
      }
      placed.insert(id)
    }
    // Anything kept from base alone (never, but be safe) goes last.
    for id in base where keep[id] != nil && !placed.contains(id) {
      result.append(id)
      placed.insert(id)
    }
    return result
  }

  mutating func step(_ b: Step?, _ o: Step, _ t: Step, path: String) -> Step {
    var r = o
    let base = b ?? o
    r.stage = value(base.stage, o.stage, t.stage, path: path + ".stage", encode: ModelJSON.string) ?? o.stage
    r.title = text(base.title, o.title, t.title, path + ".title")
    r.description = text(base.description, o.description, t.description, path + ".description")
    r.thoughts = list(base.thoughts, o.thoughts, t.thoughts)
    r.feeling = value(base.feeling, o.feeling, t.feeling, path: path + ".feeling", encode: ModelJSON.feeling) ?? nil
    r.touchpoints = list(base.touchpoints, o.touchpoints, t.touchpoints)
    r.momentOfTruth = value(base.momentOfTruth, o.momentOfTruth, t.momentOfTruth, path: path + ".momentOfTruth", encode: ModelJSON.moment) ?? nil
    r.painPoints = collection(
      base.painPoints, o.painPoints, t.painPoints, path: path + ".painPoints", noun: "pain point", encode: ModelJSON.painPoint
    ) { m, bp, op, tp, p in
      var x = op
      x.text = m.text(bp?.text ?? op.text, op.text, tp.text, p + ".text")
      x.extensions = m.extensions(bp?.extensions ?? op.extensions, op.extensions, tp.extensions, p)
      return x
    }
    r.opportunities = collection(
      base.opportunities, o.opportunities, t.opportunities, path: path + ".opportunities", noun: "opportunity",
      encode: ModelJSON.opportunity
    ) { m, bo, oo, to, p in
      var x = oo
      x.text = m.text(bo?.text ?? oo.text, oo.text, to.text, p + ".text")
      x.owner = m.text(bo?.owner ?? oo.owner, oo.owner, to.owner, p + ".owner")
      x.addresses = m.list(bo?.addresses ?? [], oo.addresses, to.addresses)
      x.extensions = m.extensions(bo?.extensions ?? oo.extensions, oo.extensions, to.extensions, p)
      return x
    }
    r.metrics = list(base.metrics.map(MetricKey.init), o.metrics.map(MetricKey.init), t.metrics.map(MetricKey.init)).map(\.metric)
    r.evidence = value(base.evidence, o.evidence, t.evidence, path: path + ".evidence", encode: { ModelJSON.string($0?.rawValue ?? "") }) ?? nil
    r.notes = text(base.notes, o.notes, t.notes, path + ".notes")
    r.extensions = extensions(base.extensions, o.extensions, t.extensions, path)
    return r
  }

  /// After merging, a reference may point at something the other side deleted. The deleted
  /// thing comes back (from whichever side still has it) and a conflict records the choice.
  mutating func repairReferences(_ map: inout JourneyMap, base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) {
    func restore<T: Identifiable>(_ id: String, _ key: KeyPath<JourneyMap, [T]>, noun: String, user: String, encode: (T) -> JSONValue) -> T?
    where T.ID == String {
      let inOurs = ours[keyPath: key].first { $0.id == id }
      let inTheirs = theirs[keyPath: key].first { $0.id == id }
      let inBase = base[keyPath: key].first { $0.id == id }
      guard let found = inOurs ?? inTheirs ?? inBase else { return nil }
      conflicts.append(
        MergeConflict(
          path: "$.\(Merger.arrayKey(key))[id=\(id)]",
          message: "\(inOurs == nil ? "ours" : "theirs") deleted this \(noun), but \(user) still uses it",
          ours: inOurs.map(encode), theirs: inTheirs.map(encode), base: inBase.map(encode)))
      return found
    }
    // Stages used by steps.
    var stageIDs = Set(map.stages.map(\.id))
    func restoreStage(of step: Step) {
      guard !stageIDs.contains(step.stage),
        let stage = restore(step.stage, \.stages, noun: "stage", user: "step \(step.id)", encode: ModelJSON.stage)
      else { return }
      map.stages.append(stage)
      stageIDs.insert(stage.id)
    }
    for step in map.steps { restoreStage(of: step) }
    // Steps served by processes.
    var stepIDs = Set(map.steps.map(\.id))
    for process in map.processes {
      for id in process.steps where !stepIDs.contains(id) {
        if let step = restore(id, \.steps, noun: "step", user: "process \(process.id)", encode: ModelJSON.step) {
          map.steps.append(step)
          stepIDs.insert(id)
          restoreStage(of: step)
        }
      }
    }
    // Touchpoints used by steps.
    var touchpointIDs = Set(map.touchpoints.map(\.id))
    for step in map.steps {
      for id in step.touchpoints where !touchpointIDs.contains(id) {
        if let touchpoint = restore(id, \.touchpoints, noun: "touchpoint", user: "step \(step.id)", encode: ModelJSON.touchpoint) {
          map.touchpoints.append(touchpoint)
          touchpointIDs.insert(id)
        }
      }
    }
    // Pain points named by opportunities: a dangling name is dropped, and the choice recorded.
    let painPoints = Set(map.steps.flatMap { $0.painPoints.map(\.id) })
    for s in map.steps.indices {
      for o in map.steps[s].opportunities.indices {
        let addresses = map.steps[s].opportunities[o].addresses
        let kept = addresses.filter(painPoints.contains)
        guard kept != addresses else { continue }
        let path = "$.steps[id=\(map.steps[s].id)].opportunities[id=\(map.steps[s].opportunities[o].id)].addresses"
        conflicts.append(
          MergeConflict(
            path: path, message: "a pain point this opportunity addresses was deleted on the other side",
            ours: ModelJSON.strings(kept), theirs: ModelJSON.strings(addresses), base: nil))
        map.steps[s].opportunities[o].addresses = kept
      }
    }
  }

  static func arrayKey<T>(_ key: KeyPath<JourneyMap, [T]>) -> String {
    switch key {
    case \JourneyMap.stages: return "stages"
    case \JourneyMap.steps: return "steps"
    case \JourneyMap.touchpoints: return "touchpoints"
    default: return "processes"
    }
  }
}

/// Metrics compared as whole values in the ordered-set merge.
struct MetricKey: Hashable {
  let metric: Metric
  init(_ metric: Metric) { self.metric = metric }
  static func == (a: MetricKey, b: MetricKey) -> Bool { a.metric == b.metric }
  func hash(into hasher: inout Hasher) {
    hasher.combine(metric.name)
    hasher.combine(metric.value)
  }
}

extension Extensions {
  /// The same extensions without one key.
  func without(_ key: String) -> Extensions {
    var copy = self
    copy[key] = nil
    return copy
  }
}
