import JourneyMapCore

/// Deterministic map generators: realistic maps of any size for the benchmark, and maps full of
/// awkward text (emoji, CJK, right-to-left, combining marks, control characters, quotes) for the
/// property tests. The same seed gives the same map on every machine.
public struct SampleMaps {
  private var rng: SplitMix64
  /// Draws the opportunities' tracking fields on its own, so that maps generated before
  /// tracking existed (and the benchmark's figures) stay the same for the same seed.
  private var trackingRNG: SplitMix64
  private var ids: IDGenerator
  private let hostile: Bool

  /// - Parameter hostile: draw text from the awkward-characters pool instead of plain words.
  public init(seed: UInt64, hostile: Bool = false) {
    rng = SplitMix64(seed: seed)
    trackingRNG = SplitMix64(seed: seed ^ 0x7472_6163_6B65_6421)
    ids = IDGenerator(seed: seed &* 31 &+ 7)
    self.hostile = hostile
  }

  /// A map with every lane filled on every step: thoughts, feeling, touchpoints, moments of
  /// truth, pain points, opportunities with owners, metrics, evidence, notes, and processes in
  /// all three lanes linked to several steps.
  public mutating func map(steps stepCount: Int, stepsPerStage: Int = 8) -> JourneyMap {
    var map = JourneyMap(
      id: ids.make(.map), title: sentence(4), state: chance(2) ? .current : .future,
      persona: Persona(name: sentence(3), goal: sentence(8), description: sentence(20)),
      scenario: sentence(14), stakeholders: (0..<int(1...6)).map { _ in sentence(3) }, notes: sentence(18))
    map.touchpoints = (0..<max(3, min(40, stepCount / 10))).map { _ in
      Touchpoint(id: ids.make(.touchpoint), channel: pick(Touchpoint.commonChannels), name: sentence(3))
    }
    let stageCount = max(1, (stepCount + stepsPerStage - 1) / stepsPerStage)
    map.stages = (0..<stageCount).map { _ in Stage(id: ids.make(.stage), name: sentence(2), description: chance(3) ? sentence(10) : "") }
    var painPointIDs: [String] = []
    for index in 0..<stepCount {
      let stage = map.stages[min(index / stepsPerStage, stageCount - 1)]
      let painPoints = (0..<int(1...3)).map { _ in PainPoint(id: ids.make(.painPoint), text: sentence(9)) }
      painPointIDs.append(contentsOf: painPoints.map(\.id))
      var opportunities = (0..<int(1...2)).map { _ in
        Opportunity(
          id: ids.make(.opportunity), text: sentence(10), owner: sentence(2),
          addresses: painPointIDs.isEmpty ? [] : Array(Set((0..<int(1...2)).map { _ in pick(painPointIDs) })).sorted())
      }
      for o in opportunities.indices { opportunities[o] = tracked(opportunities[o]) }
      var step = Step(
        id: ids.make(.step), stage: stage.id, title: sentence(5), description: sentence(16),
        thoughts: (0..<int(1...3)).map { _ in sentence(8) },
        feeling: Feeling(score: int(-2...2), word: sentence(1)),
        touchpoints: Array(Set((0..<int(1...3)).map { _ in pick(map.touchpoints).id })).sorted(),
        momentOfTruth: chance(6) ? MomentOfTruth(reason: sentence(12)) : nil,
        painPoints: painPoints, opportunities: opportunities,
        metrics: [Metric(name: sentence(3), value: "\(int(1...999))%")],
        evidence: chance(2) ? .observed : .assumed, notes: sentence(12))
      if chance(8) { step.extensions = extensions() }
      map.steps.append(step)
    }
    let lanes = ProcessLane.allCases
    map.processes = (0..<max(3, stepCount / 4)).map { i in
      BackstageProcess(
        id: ids.make(.process), lane: lanes[i % lanes.count], title: sentence(5), owner: sentence(2), system: sentence(2),
        notes: chance(3) ? sentence(10) : "",
        steps: Array(Set((0..<int(1...3)).map { _ in pick(map.steps).id })).sorted())
    }
    if chance(2) { map.extensions = extensions() }
    return map
  }

  /// An opportunity with tracking fields drawn from their own generator: every status and
  /// level, sometimes none, valid dates and links.
  mutating func tracked(_ opportunity: Opportunity) -> Opportunity {
    var o = opportunity
    func draw(_ n: Int) -> Int { Int(trackingRNG.next() % UInt64(n)) }
    o.status = OpportunityStatus.allCases[draw(OpportunityStatus.allCases.count)]
    let levels: [Level?] = [nil, .low, .medium, .high]
    o.impact = levels[draw(levels.count)]
    o.effort = levels[draw(levels.count)]
    if draw(3) == 0 { o.due = "20\(25 + draw(5))-\(["01", "02", "06", "12"][draw(4)])-\(["01", "15", "28"][draw(3)])" }
    if draw(4) == 0 { o.link = "https://tracker.example/browse/CX-\(draw(9000) + 1000)" }
    return o
  }

  // MARK: Text

  static let words = [
    "customer", "calls", "the", "helpline", "invoice", "wrong", "again", "waits", "agent", "explains", "refund", "days",
    "booking", "date", "changes", "policy", "app", "email", "reads", "confirmation", "worried", "relieved", "team",
    "owner", "billing", "system", "account", "checks", "order", "status", "delivery", "late", "support", "chat",
    "frustrated", "pleased", "store", "visits", "returns", "item", "receipt", "asks", "manager", "escalates", "case",
    "opens", "ticket", "onboarding", "setup", "import", "training", "first", "week", "survey", "answers", "price",
  ]

  static let awkward = [
    "naïve", "Łódź", "Zoë", "straße", "漢字", "日本語のテキスト", "한국어", "中文", "😀", "👩‍👩‍👧", "🇯🇵", "✓", "★",
    "مرحبا بالعالم", "שלום", "e\u{301}", "a\u{308}\u{301}", "\u{200B}", "\"quoted\"", "back\\slash", "a/b", "pipe|bar",
    "<tag>&amp;", "# heading", "*bold*", "_under_", "tab\there", "line\nbreak", "cr\rlf", "esc\u{1B}[31mred", "bell\u{7}",
    "nul\u{0}byte", "del\u{7F}", "\u{2028}sep", "{json}", "[x]", "`code`", ":colon;", "100%",
  ]

  mutating func sentence(_ words: Int) -> String {
    let pool = hostile ? SampleMaps.awkward + SampleMaps.words : SampleMaps.words
    var parts: [String] = []
    parts.reserveCapacity(words)
    for _ in 0..<max(1, words) { parts.append(pick(pool)) }
    var text = parts.joined(separator: " ")
    if !hostile, let first = text.first { text = first.uppercased() + text.dropFirst() }
    return text.nfc
  }

  mutating func extensions() -> Extensions {
    Extensions([
      JSONMember(key: "x-source", value: .string(sentence(2))),
      JSONMember(
        key: "x-meta",
        value: .object([
          JSONMember(key: "flag", value: .bool(chance(2))),
          JSONMember(key: "list", value: .array([.number("1"), .number("-2.5e3"), .null, .string(sentence(1))])),
          JSONMember(key: "weight", value: .number("0.75")),
        ])),
    ])
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(rng.next() % UInt64(range.count))
  }

  mutating func chance(_ oneIn: Int) -> Bool { rng.next() % UInt64(oneIn) == 0 }

  mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
}
