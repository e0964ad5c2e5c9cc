/// Turns a parsed JSON tree into a ``JourneyMap``, reporting every type error and unknown key
/// instead of stopping at the first, so one `check` run shows everything to fix.
///
/// What is well-typed but wrong (duplicate ids, dangling references, out-of-range feelings) is
/// left to ``MapValidator``, which also runs on maps built in the editor.
struct MapDecoder {
  /// A problem with the byte offset it concerns; the loader turns offsets into lines.
  struct Finding {
    var offset: Int?
    var path: JSONPath?
    var id: String?
    var message: String
  }

  private(set) var findings: [Finding] = []
  /// For arrays from which a malformed element was dropped: array offset → the source index of
  /// each kept element. Lets semantic problems point at the right element afterwards.
  private(set) var keptIndices: [Int: [Int]] = [:]

  /// Set when the file is from a newer format version: nothing else is worth reporting then.
  private(set) var isNewerVersion = false

  mutating func report(_ node: JSONNode, _ path: JSONPath?, _ message: String) {
    findings.append(Finding(offset: node.offset, path: path, id: nil, message: message))
  }

  mutating func typeMismatch(_ node: JSONNode, _ path: JSONPath, expected: String) {
    report(node, path, "expected \(expected), found \(node.typeName)")
  }

  // MARK: Leaves

  mutating func string(_ node: JSONNode, _ path: JSONPath) -> String? {
    if case .string(let s) = node.kind { return s }  // NFC already: the parser normalises
    typeMismatch(node, path, expected: "a string")
    return nil
  }

  mutating func integer(_ node: JSONNode, _ path: JSONPath) -> Int? {
    if case .number(let literal) = node.kind {
      if let value = Int(literal) { return value }
      report(node, path, "expected an integer, found \(literal)")
      return nil
    }
    typeMismatch(node, path, expected: "an integer")
    return nil
  }

  mutating func strings(_ node: JSONNode, _ path: JSONPath) -> [String] {
    array(node, path) { decoder, item, itemPath in decoder.string(item, itemPath) }
  }

  mutating func enumeration<E: RawRepresentable & CaseIterable>(_ node: JSONNode, _ path: JSONPath, _: E.Type) -> E?
  where E.RawValue == String {
    guard let text = string(node, path) else { return nil }
    if let value = E(rawValue: text) { return value }
    let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    report(node, path, "\"\(text)\" is not one of \(allowed)")
    return nil
  }

  /// Decodes each element; elements that cannot be decoded are reported and dropped.
  mutating func array<T>(
    _ node: JSONNode, _ path: JSONPath, _ element: (inout MapDecoder, JSONNode, JSONPath) -> T?
  ) -> [T] {
    guard case .array(let items) = node.kind else {
      typeMismatch(node, path, expected: "an array")
      return []
    }
    var result: [T] = []
    result.reserveCapacity(items.count)
    var kept: [Int]? = nil
    for (index, item) in items.enumerated() {
      if let value = element(&self, item, path.index(index)) {
        result.append(value)
        kept?.append(index)
      } else if kept == nil {
        kept = Array(0..<index)
      }
    }
    if let kept { keptIndices[node.offset] = kept }
    return result
  }

  /// Visits an object's members once, in file order. `member` returns false for keys it does not
  /// know; those become extensions (`x-…`) or "unknown key" problems.
  mutating func object(
    _ node: JSONNode, _ path: JSONPath, extensions: inout Extensions,
    _ member: (inout MapDecoder, String, JSONNode) -> Bool
  ) -> Bool {
    guard case .object(let members) = node.kind else {
      typeMismatch(node, path, expected: "an object")
      return false
    }
    var extra: [JSONMember] = []
    for entry in members where !member(&self, entry.key, entry.value) {
      if Extensions.isExtensionKey(entry.key) {
        extra.append(JSONMember(key: entry.key, value: entry.value.value))
      } else {
        findings.append(
          Finding(
            offset: entry.keyOffset, path: path, id: nil,
            message: "unknown key \"\(entry.key)\" (keys of other tools must start with \"x-\")"))
      }
    }
    if !extra.isEmpty { extensions = Extensions(extra) }
    return true
  }

  // MARK: The map

  mutating func decodeMap(_ root: JSONNode) -> JourneyMap? {
    let path = JSONPath.root
    guard case .object(let members) = root.kind else {
      report(root, nil, "expected a journey map (a JSON object) at the top level, found \(root.typeName)")
      return nil
    }
    guard checkFormat(root, members) else { return nil }
    var map = JourneyMap(id: "", title: "")
    var extensions = Extensions()
    _ = object(root, path, extensions: &extensions) { d, key, value in
      let p = path.key(key)
      switch key {
      case "$schema": map.schema = d.string(value, p)
      case "format", "formatVersion": break  // checked above
      case "id": map.id = d.string(value, p) ?? ""
      case "title": map.title = d.string(value, p) ?? ""
      case "state": map.state = d.enumeration(value, p, MapState.self) ?? .current
      case "persona": map.persona = d.persona(value, p)
      case "scenario": map.scenario = d.string(value, p) ?? ""
      case "stakeholders": map.stakeholders = d.strings(value, p)
      case "notes": map.notes = d.string(value, p) ?? ""
      case "touchpoints": map.touchpoints = d.array(value, p) { d, n, p in d.touchpoint(n, p) }
      case "stages": map.stages = d.array(value, p) { d, n, p in d.stage(n, p) }
      case "steps": map.steps = d.array(value, p) { d, n, p in d.step(n, p) }
      case "processes": map.processes = d.array(value, p) { d, n, p in d.process(n, p) }
      default: return false
      }
      return true
    }
    map.extensions = extensions
    for (key, name) in [("stages", "stages"), ("steps", "steps")] where !members.contains(where: { $0.key == key }) {
      report(root, nil, "missing key \"\(name)\"")
    }
    return map
  }

  /// `format` and `formatVersion` come first: a file from a newer journeymap is refused with one
  /// clear message instead of a list of keys this version does not know.
  mutating func checkFormat(_ root: JSONNode, _ members: [JSONNode.Member]) -> Bool {
    guard let format = members.first(where: { $0.key == "format" })?.value else {
      report(root, nil, "missing key \"format\": this is not a journeymap file (expected \"format\": \"journeymap\")")
      return false
    }
    guard case .string(let name) = format.kind, name == MapFormat.name else {
      report(format, JSONPath.root.key("format"), "this is not a journeymap file (expected \"format\": \"journeymap\")")
      return false
    }
    guard let versionNode = members.first(where: { $0.key == "formatVersion" })?.value else {
      report(root, nil, "missing key \"formatVersion\"")
      return false
    }
    guard let version = integer(versionNode, JSONPath.root.key("formatVersion")) else { return false }
    if version > MapFormat.version {
      isNewerVersion = true
      report(
        versionNode, JSONPath.root.key("formatVersion"),
        "formatVersion \(version) is newer than this journeymap understands (\(MapFormat.version)); upgrade journeymap to open this file")
      return false
    }
    if version < 1 {
      report(versionNode, JSONPath.root.key("formatVersion"), "formatVersion \(version) is not a valid version (the first is 1)")
      return false
    }
    return true
  }

  mutating func persona(_ node: JSONNode, _ path: JSONPath) -> Persona {
    var persona = Persona()
    var extensions = Extensions()
    _ = object(node, path, extensions: &extensions) { d, key, value in
      let p = path.key(key)
      switch key {
      case "name": persona.name = d.string(value, p) ?? ""
      case "goal": persona.goal = d.string(value, p) ?? ""
      case "description": persona.description = d.string(value, p) ?? ""
      default: return false
      }
      return true
    }
    persona.extensions = extensions
    return persona
  }

  mutating func touchpoint(_ node: JSONNode, _ path: JSONPath) -> Touchpoint? {
    var touchpoint = Touchpoint(id: "", channel: "", name: "")
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "id": touchpoint.id = d.string(value, p) ?? ""
        case "channel": touchpoint.channel = d.string(value, p) ?? ""
        case "name": touchpoint.name = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    touchpoint.extensions = extensions
    return touchpoint
  }

  mutating func stage(_ node: JSONNode, _ path: JSONPath) -> Stage? {
    var stage = Stage(id: "", name: "")
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "id": stage.id = d.string(value, p) ?? ""
        case "name": stage.name = d.string(value, p) ?? ""
        case "description": stage.description = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    stage.extensions = extensions
    return stage
  }

  mutating func step(_ node: JSONNode, _ path: JSONPath) -> Step? {
    var step = Step(id: "", stage: "")
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "id": step.id = d.string(value, p) ?? ""
        case "stage": step.stage = d.string(value, p) ?? ""
        case "title": step.title = d.string(value, p) ?? ""
        case "description": step.description = d.string(value, p) ?? ""
        case "thoughts": step.thoughts = d.strings(value, p)
        case "feeling": step.feeling = d.feeling(value, p)
        case "touchpoints": step.touchpoints = d.strings(value, p)
        case "momentOfTruth": step.momentOfTruth = d.momentOfTruth(value, p)
        case "painPoints": step.painPoints = d.array(value, p) { d, n, p in d.painPoint(n, p) }
        case "opportunities": step.opportunities = d.array(value, p) { d, n, p in d.opportunity(n, p) }
        case "metrics": step.metrics = d.array(value, p) { d, n, p in d.metric(n, p) }
        case "evidence": step.evidence = d.enumeration(value, p, Evidence.self)
        case "notes": step.notes = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    step.extensions = extensions
    return step
  }

  mutating func feeling(_ node: JSONNode, _ path: JSONPath) -> Feeling? {
    var score: Int? = nil
    var word = ""
    var extensions = Extensions()
    var sawScore = false
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "score":
          sawScore = true
          score = d.integer(value, p)
        case "word": word = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    guard let score else {
      if !sawScore { report(node, path, "missing key \"score\" (an integer from -2 to +2)") }
      return nil
    }
    return Feeling(score: score, word: word, extensions: extensions)
  }

  mutating func momentOfTruth(_ node: JSONNode, _ path: JSONPath) -> MomentOfTruth? {
    var moment = MomentOfTruth()
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        guard key == "reason" else { return false }
        moment.reason = d.string(value, path.key(key)) ?? ""
        return true
      })
    else { return nil }
    moment.extensions = extensions
    return moment
  }

  mutating func painPoint(_ node: JSONNode, _ path: JSONPath) -> PainPoint? {
    var painPoint = PainPoint(id: "", text: "")
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "id": painPoint.id = d.string(value, p) ?? ""
        case "text": painPoint.text = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    painPoint.extensions = extensions
    return painPoint
  }

  mutating func opportunity(_ node: JSONNode, _ path: JSONPath) -> Opportunity? {
    var opportunity = Opportunity(id: "", text: "")
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "id": opportunity.id = d.string(value, p) ?? ""
        case "text": opportunity.text = d.string(value, p) ?? ""
        case "owner": opportunity.owner = d.string(value, p) ?? ""
        case "addresses": opportunity.addresses = d.strings(value, p)
        case "status": opportunity.status = d.enumeration(value, p, OpportunityStatus.self) ?? .idea
        case "impact": opportunity.impact = d.enumeration(value, p, Level.self)
        case "effort": opportunity.effort = d.enumeration(value, p, Level.self)
        case "due": opportunity.due = d.string(value, p) ?? ""
        case "link": opportunity.link = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    opportunity.extensions = extensions
    return opportunity
  }

  mutating func metric(_ node: JSONNode, _ path: JSONPath) -> Metric? {
    var metric = Metric(name: "", value: "")
    var extensions = Extensions()
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "name": metric.name = d.string(value, p) ?? ""
        case "value": metric.value = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    metric.extensions = extensions
    return metric
  }

  mutating func process(_ node: JSONNode, _ path: JSONPath) -> BackstageProcess? {
    var process = BackstageProcess(id: "", lane: .backstage, title: "")
    var extensions = Extensions()
    var sawLane = false
    guard
      object(node, path, extensions: &extensions, { d, key, value in
        let p = path.key(key)
        switch key {
        case "id": process.id = d.string(value, p) ?? ""
        case "lane":
          sawLane = true
          if let lane = d.enumeration(value, p, ProcessLane.self) { process.lane = lane }
        case "title": process.title = d.string(value, p) ?? ""
        case "owner": process.owner = d.string(value, p) ?? ""
        case "system": process.system = d.string(value, p) ?? ""
        case "steps": process.steps = d.strings(value, p)
        case "notes": process.notes = d.string(value, p) ?? ""
        default: return false
        }
        return true
      })
    else { return nil }
    if !sawLane {
      report(node, path, "missing key \"lane\" (\"frontstage\", \"backstage\" or \"support\")")
    }
    process.extensions = extensions
    return process
  }
}
