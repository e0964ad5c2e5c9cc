/// Reads a map straight from its bytes into the model: the loader's fast path, with no JSON
/// tree, no paths and no offsets in between.
///
/// It only reads maps that are plainly right. At the first thing that is not (a syntax error,
/// an unknown or repeated key, a wrong type, a missing required key, even an escape inside a
/// key) it gives up, and the loader runs ``JSONParser`` and ``MapDecoder``, which find every
/// problem and say exactly where. So every message comes from one place, and this reader only
/// has to agree with the decoder on maps the decoder accepts — which the tests check.
struct MapReader {
  private var scanner: JSONScanner

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    scanner = JSONScanner(bytes)
  }

  /// The map, or nil when the full decoder must look at these bytes.
  static func read(_ bytes: [UInt8]) -> JourneyMap? {
    bytes.withUnsafeBufferPointer { buffer -> JourneyMap? in
      var reader = MapReader(buffer)
      do {
        let map = try reader.map()
        try reader.scanner.expectEnd()
        return map
      } catch {
        return nil
      }
    }
  }

  // MARK: Shapes

  /// Reads an object's members in file order. `member` reads the value of a key the format
  /// defines and returns false for a key that does not belong in this object; `x-` keys become
  /// extensions. Returns the extensions and the set of keys seen.
  private mutating func object(
    _ member: (inout MapReader, MapKey) throws(GiveUp) -> Bool
  ) throws(GiveUp) -> (extensions: Extensions, seen: UInt64) {
    var object = try scanner.beginObject()
    var seen: UInt64 = 0
    var extra: [JSONMember] = []
    while let raw = try scanner.nextKey(&object) {
      let key = MapKey(raw)
      switch key {
      case .unknown: throw GiveUp()
      case .extensionKey:
        extra.append(JSONMember(key: try scanner.keyText(raw), value: try scanner.value()))
      default:
        guard seen & key.bit == 0 else { throw GiveUp() }
        seen |= key.bit
        guard try member(&self, key) else { throw GiveUp() }
      }
    }
    if extra.isEmpty { return (Extensions(), seen) }
    try JSONScanner.refuseDuplicates(extra)
    return (Extensions(extra), seen)
  }

  private mutating func array<T>(_ element: (inout MapReader) throws(GiveUp) -> T) throws(GiveUp) -> [T] {
    var array = try scanner.beginArray()
    var items: [T] = []
    while try scanner.nextElement(&array) { items.append(try element(&self)) }
    return items
  }

  private mutating func string() throws(GiveUp) -> String { try scanner.string() }

  private mutating func strings() throws(GiveUp) -> [String] {
    var array = try scanner.beginArray()
    var items: [String] = []
    while try scanner.nextElement(&array) { items.append(try scanner.string()) }
    return items
  }

  private mutating func enumeration<E: RawRepresentable>(_: E.Type) throws(GiveUp) -> E where E.RawValue == String {
    guard let value = E(rawValue: try scanner.string()) else { throw GiveUp() }
    return value
  }

  // MARK: The map

  private mutating func map() throws(GiveUp) -> JourneyMap {
    var map = JourneyMap(id: "", title: "")
    var formatOK = false
    let (extensions, seen) = try object { r, key throws(GiveUp) in
      switch key {
      case .schema: map.schema = try r.string()
      case .format: formatOK = try r.string() == MapFormat.name
      case .formatVersion: guard try r.scanner.integer() == MapFormat.version else { throw GiveUp() }
      case .id: map.id = try r.string()
      case .title: map.title = try r.string()
      case .state: map.state = try r.enumeration(MapState.self)
      case .persona: map.persona = try r.persona()
      case .scenario: map.scenario = try r.string()
      case .stakeholders: map.stakeholders = try r.strings()
      case .notes: map.notes = try r.string()
      case .touchpoints: map.touchpoints = try r.array { r throws(GiveUp) in try r.touchpoint() }
      case .stages: map.stages = try r.array { r throws(GiveUp) in try r.stage() }
      case .steps: map.steps = try r.array { r throws(GiveUp) in try r.step() }
      case .processes: map.processes = try r.array { r throws(GiveUp) in try r.process() }
      default: return false
      }
      return true
    }
    let required = MapKey.formatVersion.bit | MapKey.stages.bit | MapKey.steps.bit
    guard formatOK, seen & required == required else { throw GiveUp() }
    map.extensions = extensions
    return map
  }

  private mutating func persona() throws(GiveUp) -> Persona {
    var persona = Persona()
    persona.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .name: persona.name = try r.string()
      case .goal: persona.goal = try r.string()
      case .description: persona.description = try r.string()
      default: return false
      }
      return true
    }.extensions
    return persona
  }

  private mutating func touchpoint() throws(GiveUp) -> Touchpoint {
    var touchpoint = Touchpoint(id: "", channel: "", name: "")
    touchpoint.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .id: touchpoint.id = try r.string()
      case .channel: touchpoint.channel = try r.string()
      case .name: touchpoint.name = try r.string()
      default: return false
      }
      return true
    }.extensions
    return touchpoint
  }

  private mutating func stage() throws(GiveUp) -> Stage {
    var stage = Stage(id: "", name: "")
    stage.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .id: stage.id = try r.string()
      case .name: stage.name = try r.string()
      case .description: stage.description = try r.string()
      default: return false
      }
      return true
    }.extensions
    return stage
  }

  private mutating func step() throws(GiveUp) -> Step {
    var step = Step(id: "", stage: "")
    step.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .id: step.id = try r.string()
      case .stage: step.stage = try r.string()
      case .title: step.title = try r.string()
      case .description: step.description = try r.string()
      case .thoughts: step.thoughts = try r.strings()
      case .feeling: step.feeling = try r.feeling()
      case .touchpoints: step.touchpoints = try r.strings()
      case .momentOfTruth: step.momentOfTruth = try r.momentOfTruth()
      case .painPoints: step.painPoints = try r.array { r throws(GiveUp) in try r.painPoint() }
      case .opportunities: step.opportunities = try r.array { r throws(GiveUp) in try r.opportunity() }
      case .metrics: step.metrics = try r.array { r throws(GiveUp) in try r.metric() }
      case .evidence: step.evidence = try r.enumeration(Evidence.self)
      case .notes: step.notes = try r.string()
      default: return false
      }
      return true
    }.extensions
    return step
  }

  private mutating func feeling() throws(GiveUp) -> Feeling {
    var feeling = Feeling(score: 0)
    let (extensions, seen) = try object { r, key throws(GiveUp) in
      switch key {
      case .score: feeling.score = try r.scanner.integer()
      case .word: feeling.word = try r.string()
      default: return false
      }
      return true
    }
    guard seen & MapKey.score.bit != 0 else { throw GiveUp() }
    feeling.extensions = extensions
    return feeling
  }

  private mutating func momentOfTruth() throws(GiveUp) -> MomentOfTruth {
    var moment = MomentOfTruth()
    moment.extensions = try object { r, key throws(GiveUp) in
      guard key == .reason else { return false }
      moment.reason = try r.string()
      return true
    }.extensions
    return moment
  }

  private mutating func painPoint() throws(GiveUp) -> PainPoint {
    var painPoint = PainPoint(id: "", text: "")
    painPoint.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .id: painPoint.id = try r.string()
      case .text: painPoint.text = try r.string()
      default: return false
      }
      return true
    }.extensions
    return painPoint
  }

  private mutating func opportunity() throws(GiveUp) -> Opportunity {
    var opportunity = Opportunity(id: "", text: "")
    opportunity.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .id: opportunity.id = try r.string()
      case .text: opportunity.text = try r.string()
      case .owner: opportunity.owner = try r.string()
      case .addresses: opportunity.addresses = try r.strings()
      case .status: opportunity.status = try r.enumeration(OpportunityStatus.self)
      case .impact: opportunity.impact = try r.enumeration(Level.self)
      case .effort: opportunity.effort = try r.enumeration(Level.self)
      case .due: opportunity.due = try r.string()
      case .link: opportunity.link = try r.string()
      default: return false
      }
      return true
    }.extensions
    return opportunity
  }

  private mutating func metric() throws(GiveUp) -> Metric {
    var metric = Metric(name: "", value: "")
    metric.extensions = try object { r, key throws(GiveUp) in
      switch key {
      case .name: metric.name = try r.string()
      case .value: metric.value = try r.string()
      default: return false
      }
      return true
    }.extensions
    return metric
  }

  private mutating func process() throws(GiveUp) -> BackstageProcess {
    var process = BackstageProcess(id: "", lane: .backstage, title: "")
    let (extensions, seen) = try object { r, key throws(GiveUp) in
      switch key {
      case .id: process.id = try r.string()
      case .lane: process.lane = try r.enumeration(ProcessLane.self)
      case .title: process.title = try r.string()
      case .owner: process.owner = try r.string()
      case .system: process.system = try r.string()
      case .steps: process.steps = try r.strings()
      case .notes: process.notes = try r.string()
      default: return false
      }
      return true
    }
    guard seen & MapKey.lane.bit != 0 else { throw GiveUp() }
    process.extensions = extensions
    return process
  }
}
