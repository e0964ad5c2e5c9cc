/// Checks what the types cannot: ids (present, well formed, unique across the map), references
/// (to stages, touchpoints, pain points, steps), ranges and required text.
///
/// Runs on every load and before every save, on maps from files and from the editor alike.
/// Linear in the size of the map: one pass to collect ids, one to check references.
public enum MapValidator {
  /// A problem found in a map, addressed by JSON path and the id of the thing it concerns.
  public struct Issue: Equatable, Sendable {
    public var path: JSONPath
    public var id: String?
    public var message: String
    /// A merge conflict recorded in the file: the map itself is sound, a person must choose.
    public var isUnresolvedConflict = false
  }

  public static func validate(_ map: JourneyMap) -> [Issue] {
    var issues: [Issue] = []
    // Every id, with the kinds of thing that used it: a byte per id, so that the table of a
    // large map stays small enough for the processor's cache (with each id's place beside it,
    // the cost per step grew with the map). Where an id was first used is found only for a
    // duplicate, in one pass over the map made at the first one.
    var ids: [String: UInt8] = [:]
    ids.reserveCapacity(map.steps.count * 4 + map.stages.count + map.processes.count)
    var firstPlaces: [String: Place]?
    // The empty id is never recorded as used, but references to it are checked like any other.
    var emptyIDKinds: UInt8 = 0

    func checkID(_ id: String, _ kind: IDKind, _ place: Place) {
      guard !id.isEmpty else {
        emptyIDKinds |= kind.bit
        issues.append(Issue(path: place.path, id: nil, message: "\(kind.noun) has no id"))
        return
      }
      if !kind.accepts(id) {
        issues.append(
          Issue(path: place.path.key("id"), id: id, message: "id \"\(id)\" does not match the \(kind.noun) id pattern \(kind.pattern)"))
      }
      // One hash lookup for the common case, a new id.
      var isNew = false
      ids[id, default: { isNew = true; return 0 }()] |= kind.bit
      if !isNew {
        if firstPlaces == nil { firstPlaces = Place.firstPlaces(of: map) }
        let first = firstPlaces?[id] ?? place
        issues.append(Issue(path: place.path.key("id"), id: id, message: "duplicate id \(id) (first used at \(first.path))"))
      }
    }
    func exists(_ id: String, _ kind: IDKind) -> Bool {
      if id.isEmpty { return emptyIDKinds & kind.bit != 0 }
      return (ids[id] ?? 0) & kind.bit != 0
    }
    func requireText(_ text: String, _ path: @autoclosure () -> JSONPath, id: String?, _ message: String) {
      if text.isEmpty { issues.append(Issue(path: path(), id: id, message: message)) }
    }

    // Pass 1: ids and local rules.
    checkID(map.id, .map, .root)
    requireText(map.title, JSONPath.root.key("title"), id: nil, "the map has no title")
    for (i, text) in map.stakeholders.enumerated() where text.isEmpty {
      issues.append(Issue(path: JSONPath.root.key("stakeholders").index(i), id: nil, message: "empty stakeholder"))
    }
    for (i, touchpoint) in map.touchpoints.enumerated() {
      let place = Place.touchpoint(i)
      checkID(touchpoint.id, .touchpoint, place)
      requireText(touchpoint.name, place.path.key("name"), id: touchpoint.id, "touchpoint has no name")
      requireText(touchpoint.channel, place.path.key("channel"), id: touchpoint.id, "touchpoint has no channel (web, phone, email, store, app, chat…)")
    }
    for (i, stage) in map.stages.enumerated() {
      let place = Place.stage(i)
      checkID(stage.id, .stage, place)
      requireText(stage.name, place.path.key("name"), id: stage.id, "stage has no name")
    }
    // Steps and processes are visited in place, borrowed from the array: a copy of each would
    // retain and release every one of its strings and lists.
    func stepRules(_ step: borrowing Step, _ i: Int) {
      let place = Place.step(i)
      checkID(step.id, .step, place)
      for (j, thought) in step.thoughts.enumerated() where thought.isEmpty {
        issues.append(Issue(path: place.path.key("thoughts").index(j), id: step.id, message: "empty thought"))
      }
      if let feeling = step.feeling, !Feeling.range.contains(feeling.score) {
        issues.append(
          Issue(
            path: place.path.key("feeling").key("score"), id: step.id,
            message: "feeling \(feeling.score) is out of range (-2 very negative … +2 very positive)"))
      }
      for (j, painPoint) in step.painPoints.enumerated() {
        let ppPlace = Place.painPoint(i, j)
        checkID(painPoint.id, .painPoint, ppPlace)
        requireText(painPoint.text, ppPlace.path.key("text"), id: painPoint.id, "pain point has no text")
      }
      for (j, opportunity) in step.opportunities.enumerated() {
        let opPlace = Place.opportunity(i, j)
        checkID(opportunity.id, .opportunity, opPlace)
        requireText(opportunity.text, opPlace.path.key("text"), id: opportunity.id, "opportunity has no text")
        if !opportunity.due.isEmpty || !opportunity.link.isEmpty { trackingRules(opportunity, opPlace) }
      }
      for (j, metric) in step.metrics.enumerated() {
        requireText(metric.name, place.path.key("metrics").index(j).key("name"), id: step.id, "metric has no name")
      }
    }
    func trackingRules(_ opportunity: borrowing Opportunity, _ place: Place) {
      if !opportunity.due.isEmpty && !TrackingText.isISODate(opportunity.due) {
        issues.append(
          Issue(path: place.path.key("due"), id: opportunity.id, message: "due \"\(opportunity.due)\" is not a calendar date written YYYY-MM-DD"))
      }
      if !opportunity.link.isEmpty && !TrackingText.isLink(opportunity.link) {
        issues.append(
          Issue(
            path: place.path.key("link"), id: opportunity.id,
            message: "link \"\(opportunity.link)\" is not an http:// or https:// address without spaces"))
      }
    }
    for i in map.steps.indices { stepRules(map.steps[i], i) }
    func processRules(_ process: borrowing BackstageProcess, _ i: Int) {
      let place = Place.process(i)
      checkID(process.id, .process, place)
      requireText(process.title, place.path.key("title"), id: process.id, "process has no title")
    }
    for i in map.processes.indices { processRules(map.processes[i], i) }

    // Pass 2: references, now that every id is known.
    func checkReferences(
      _ refs: [String], _ path: @autoclosure () -> JSONPath, owner: String, target: IDKind, noun: String
    ) {
      // Short lists (nearly all) look back for a repeat instead of building a set.
      var seen: Set<String>? = refs.count > 8 ? Set() : nil
      for (j, ref) in refs.enumerated() {
        if !exists(ref, target) {
          issues.append(Issue(path: path().index(j), id: owner, message: "refers to \(noun) \(ref), which does not exist"))
        } else if seen.map({ !$0.contains(ref) }) ?? !refs[..<j].contains(ref) {
          seen?.insert(ref)
        } else {
          issues.append(Issue(path: path().index(j), id: owner, message: "lists \(noun) \(ref) twice"))
        }
      }
    }
    func stepReferences(_ step: borrowing Step, _ i: Int) {
      let place = Place.step(i)
      if step.stage.isEmpty {
        issues.append(Issue(path: place.path, id: step.id, message: "step is in no stage (it needs \"stage\": a stage id)"))
      } else if !exists(step.stage, .stage) {
        issues.append(
          Issue(path: place.path.key("stage"), id: step.id, message: "step is in no stage: stage \(step.stage) does not exist"))
      }
      checkReferences(step.touchpoints, place.path.key("touchpoints"), owner: step.id, target: .touchpoint, noun: "touchpoint")
      for (j, opportunity) in step.opportunities.enumerated() {
        checkReferences(
          opportunity.addresses, Place.opportunity(i, j).path.key("addresses"), owner: opportunity.id,
          target: .painPoint, noun: "pain point")
      }
    }
    for i in map.steps.indices { stepReferences(map.steps[i], i) }
    for i in map.processes.indices {
      checkReferences(map.processes[i].steps, Place.process(i).path.key("steps"), owner: map.processes[i].id, target: .step, noun: "step")
    }
    for (i, conflict) in MergeConflict.recorded(in: map).enumerated() {
      issues.append(
        Issue(
          path: JSONPath.root.key(MergeConflict.extensionKey).index(i), id: nil,
          message: "unresolved merge conflict \(i + 1) at \(conflict.summary) (journeymap resolve FILE --ours or --theirs)",
          isUnresolvedConflict: true))
    }
    return issues
  }

  /// Where an element is in the map: a few integers, made into a ``JSONPath`` only when a
  /// problem is reported.
  enum Place {
    case root
    case touchpoint(Int)
    case stage(Int)
    case step(Int)
    case painPoint(Int, Int)
    case opportunity(Int, Int)
    case process(Int)

    /// Where each id is first used, in the order the validator visits the map (so that the
    /// first of two uses is the one it met first).
    static func firstPlaces(of map: JourneyMap) -> [String: Place] {
      var result: [String: Place] = [:]
      func note(_ id: String, _ place: Place) {
        if !id.isEmpty && result[id] == nil { result[id] = place }
      }
      note(map.id, .root)
      for (i, touchpoint) in map.touchpoints.enumerated() { note(touchpoint.id, .touchpoint(i)) }
      for (i, stage) in map.stages.enumerated() { note(stage.id, .stage(i)) }
      for i in map.steps.indices {
        note(map.steps[i].id, .step(i))
        for (j, painPoint) in map.steps[i].painPoints.enumerated() { note(painPoint.id, .painPoint(i, j)) }
        for (j, opportunity) in map.steps[i].opportunities.enumerated() { note(opportunity.id, .opportunity(i, j)) }
      }
      for (i, process) in map.processes.enumerated() { note(process.id, .process(i)) }
      return result
    }

    var path: JSONPath {
      switch self {
      case .root: return .root
      case .touchpoint(let i): return JSONPath([.key("touchpoints"), .index(i)])
      case .stage(let i): return JSONPath([.key("stages"), .index(i)])
      case .step(let i): return JSONPath([.key("steps"), .index(i)])
      case .painPoint(let i, let j): return JSONPath([.key("steps"), .index(i), .key("painPoints"), .index(j)])
      case .opportunity(let i, let j): return JSONPath([.key("steps"), .index(i), .key("opportunities"), .index(j)])
      case .process(let i): return JSONPath([.key("processes"), .index(i)])
      }
    }
  }
}

extension IDKind {
  /// One bit per kind, for recording which kinds of thing used an id.
  var bit: UInt8 {
    switch self {
    case .map: return 1 << 0
    case .stage: return 1 << 1
    case .step: return 1 << 2
    case .touchpoint: return 1 << 3
    case .process: return 1 << 4
    case .painPoint: return 1 << 5
    case .opportunity: return 1 << 6
    }
  }
}
