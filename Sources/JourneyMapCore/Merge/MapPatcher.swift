/// Applies settled conflicts to a map by path, at the level of the model: a whole element is
/// decoded from the conflict's value, a change inside one element patches that element's JSON
/// and decodes it back, and the header likewise. The rest of the map is never re-encoded, so
/// settling one conflict in a large map costs little.
struct MapPatcher {
  private var header: JourneyMap
  private var touchpoints: IndexedList<Touchpoint>
  private var stages: IndexedList<Stage>
  private var steps: IndexedList<Step>
  private var processes: IndexedList<BackstageProcess>
  /// Pain points and opportunities put in a step by settling: where they belong if another step
  /// has the same id (see ``MapRepair``).
  private(set) var placed: [String: String] = [:]
  /// Steps that settling put into a stage (brought back, or moved to another stage), in order:
  /// they go at the end of that stage, as the editor's "move to stage" puts them, rather than
  /// wherever the flat list happened to hold them.
  private var arrivals: [String] = []

  init(_ map: JourneyMap) {
    touchpoints = IndexedList(map.touchpoints)
    stages = IndexedList(map.stages)
    steps = IndexedList(map.steps)
    processes = IndexedList(map.processes)
    header = map
    header.touchpoints = []
    header.stages = []
    header.steps = []
    header.processes = []
  }

  var map: JourneyMap {
    var map = header
    map.touchpoints = touchpoints.items
    map.stages = stages.items
    map.steps = arrivals.isEmpty ? steps.items : placeArrivals(steps.items, stageOrder: map.stages.map(\.id))
    map.processes = processes.items
    return map
  }

  /// The steps with each arrival after the last other step of its stage (or, in a stage with no
  /// other step, after the stages before it). Linear.
  private func placeArrivals(_ all: [Step], stageOrder: [String]) -> [Step] {
    var arriving = Set<String>()
    var byStage: [String: [Step]] = [:]
    for id in arrivals where arriving.insert(id).inserted {
      if let step = steps[id] { byStage[step.stage, default: []].append(step) }
    }
    var lastOfStage: [String: Int] = [:]
    for (i, step) in all.enumerated() where !arriving.contains(step.id) { lastOfStage[step.stage] = i }
    var result: [Step] = []
    result.reserveCapacity(all.count)
    for (i, step) in all.enumerated() where !arriving.contains(step.id) {
      result.append(step)
      if lastOfStage[step.stage] == i, let extra = byStage.removeValue(forKey: step.stage) { result += extra }
    }
    for stage in stageOrder { if let extra = byStage.removeValue(forKey: stage) { result += extra } }
    for stage in byStage.keys.sorted() { result += byStage[stage] ?? [] }
    return result
  }

  mutating func apply(_ path: String, _ change: JSONPatch.Change) throws(ModelJSON.Unreadable) {
    guard let segments = ConflictPath(path)?.segments else { throw ModelJSON.Unreadable(description: "unreadable conflict path \(path)") }
    switch segments.first {
    case .key("touchpoints", _)?: try Self.element(&touchpoints, segments, change, path, ModelJSON.touchpoint, ModelJSON.touchpoint(from:_:))
    case .key("stages", _)?: try Self.element(&stages, segments, change, path, ModelJSON.stage, ModelJSON.stage(from:_:))
    case .key("processes", _)?: try Self.element(&processes, segments, change, path, ModelJSON.process, ModelJSON.process(from:_:))
    case .key("steps", _)?:
      let id = segments.count > 1 ? segments[1].id : nil
      let stageBefore = id.flatMap { steps[$0]?.stage }
      try Self.element(&steps, segments, change, path, ModelJSON.step, ModelJSON.step(from:_:))
      if let id, let stage = steps[id]?.stage, stage != stageBefore { arrivals.append(id) }
      notePlaces(segments, change)
    default:
      var json = ModelJSON.header(header)
      JSONPatch.apply(change, at: segments[...], to: &json)
      let patched = try ModelJSON.header(from: json, path)
      header.id = patched.id
      header.schema = patched.schema
      header.title = patched.title
      header.state = patched.state
      header.persona = patched.persona
      header.scenario = patched.scenario
      header.stakeholders = patched.stakeholders
      header.notes = patched.notes
      header.extensions = patched.extensions
    }
  }

  private static func element<T: Identifiable>(
    _ list: inout IndexedList<T>, _ segments: [ConflictPath.Segment], _ change: JSONPatch.Change, _ path: String,
    _ encode: (T) -> JSONValue, _ decode: (JSONValue, String) throws(ModelJSON.Unreadable) -> T
  ) throws(ModelJSON.Unreadable) where T.ID == String {
    guard segments.count > 1 else {
      if case .reorder(let order) = change {
        list.reorder(order.compactMap { if case .string(let id) = $0 { return id } else { return nil } })
      }
      return
    }
    guard case .id(let id) = segments[1] else { throw ModelJSON.Unreadable(description: "unreadable conflict path \(path)") }
    if segments.count == 2 {
      switch change {
      case .set(let value): list[id] = try decoded(value, id, path, decode)
      case .restore(let value): if list[id] == nil { list[id] = try decoded(value, id, path, decode) }
      case .delete: list[id] = nil
      case .reorder: break
      }
      return
    }
    guard let current = list[id] else { return }  // the element is gone: nothing is left to settle in it
    var json = encode(current)
    JSONPatch.apply(change, at: segments[2...], to: &json)
    list[id] = try decoded(json, id, path, decode)
  }

  private static func decoded<T: Identifiable>(
    _ value: JSONValue, _ id: String, _ path: String, _ decode: (JSONValue, String) throws(ModelJSON.Unreadable) -> T
  ) throws(ModelJSON.Unreadable) -> T where T.ID == String {
    let element = try decode(value, path)
    guard element.id == id else { throw ModelJSON.Unreadable(description: "\(path): the value has id \(element.id)") }
    return element
  }

  /// Remembers where settling put pain points and opportunities.
  private mutating func notePlaces(_ segments: [ConflictPath.Segment], _ change: JSONPatch.Change) {
    guard segments.count >= 2, case .id(let stepID) = segments[1], let step = steps[stepID] else { return }
    switch change {
    case .set, .restore: break
    case .delete, .reorder: return
    }
    if segments.count == 2 {
      for p in step.painPoints { placed[p.id] = stepID }
      for o in step.opportunities { placed[o.id] = stepID }
    } else if segments.count == 4, case .id(let id) = segments[3] {
      placed[id] = stepID
    }
  }
}
