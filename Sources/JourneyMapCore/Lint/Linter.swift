/// Runs the rule table over a map: every rule on every element of its scope, in journey order,
/// then the map's `x-lint` settings decide what is off and what is waived.
public enum Linter {
  public struct Result: Equatable, Sendable {
    /// What the map should fix, in report order: the map, then stage by stage (each stage, then
    /// its steps in journey order), then the processes.
    public var findings: [LintFinding]
    public var waived: [WaivedFinding]

    public func count(_ severity: LintSeverity) -> Int { findings.filter { $0.severity == severity }.count }

    /// Whether a finding reaches the level that fails (`lint --fail-on`).
    public func fails(at level: LintSeverity) -> Bool { findings.contains { $0.severity >= level } }
  }

  /// Lints a map, comparing its moments of truth with `current` when it is given.
  public static func run(_ map: JourneyMap, current: JourneyMap? = nil) -> Result {
    let settings = LintSettings(map)
    let facts = LintFacts(map, current: current)
    var raw: [LintFinding] = mapFindings(map, facts, settings)
    let stageOfStep = map.stepIndicesInJourneyOrder
    var byStage: [String: [Int]] = [:]
    for i in stageOfStep { byStage[map.steps[i].stage, default: []].append(i) }
    var listed = Set<String>()
    for stage in map.stages {
      raw += stageFindings(stage, facts)
      listed.insert(stage.id)
      for i in byStage[stage.id] ?? [] { raw += stepFindings(map.steps[i], facts) }
    }
    // Steps in no stage only exist in an invalid map; lint them anyway, last.
    for i in stageOfStep where !listed.contains(map.steps[i].stage) { raw += stepFindings(map.steps[i], facts) }
    for process in map.processes { raw += processFindings(process, facts) }
    return settle(raw, map: map, settings: settings)
  }

  /// Applies the settings: rules turned off go, waived findings are set aside with their
  /// reason, and every waiver that accepted nothing becomes an `unused-waiver` finding.
  static func settle(_ raw: [LintFinding], map: JourneyMap, settings: LintSettings) -> Result {
    var result = Result(findings: [], waived: [])
    var used = Set<Int>()
    for finding in raw where !settings.off.contains(finding.rule) {
      if let index = settings.waivers.firstIndex(where: { $0.rule == finding.rule && $0.id == finding.element }) {
        used.insert(index)
        result.waived.append(WaivedFinding(finding: finding, reason: settings.waivers[index].reason))
      } else {
        result.findings.append(finding)
      }
    }
    let unused = LintRules.rule("unused-waiver")!
    if !settings.off.contains(unused.id) {
      for (i, waiver) in settings.waivers.enumerated() where !used.contains(i) && !settings.off.contains(waiver.rule) {
        result.findings.append(
          LintFinding(
            rule: unused.id, severity: unused.severity, subject: mapSubject(map), element: map.id, spot: .map,
            message: "x-lint waives \(waiver.rule) for \(waiver.id), which has no such finding"))
      }
    }
    return result
  }

  // MARK: One scope at a time (the editor asks about the steps it shows)

  /// The findings of one step (its own, its pain points' and its opportunities'), before
  /// settings are applied.
  public static func stepFindings(_ step: Step, _ facts: LintFacts) -> [LintFinding] {
    var out: [LintFinding] = []
    let subject = LintSubject(kind: .step, id: step.id, name: step.title)
    for rule in LintRules.all {
      guard case .step(let check) = rule.check else { continue }
      for hit in check(step, facts) { out.append(finding(rule, subject, hit)) }
    }
    return out
  }

  public static func stageFindings(_ stage: Stage, _ facts: LintFacts) -> [LintFinding] {
    let subject = LintSubject(kind: .stage, id: stage.id, name: stage.name)
    return LintRules.all.compactMap { rule in
      guard case .stage(let check) = rule.check, let hit = check(stage, facts) else { return nil }
      return finding(rule, subject, hit)
    }
  }

  public static func processFindings(_ process: BackstageProcess, _ facts: LintFacts) -> [LintFinding] {
    let subject = LintSubject(kind: .process, id: process.id, name: process.title)
    return LintRules.all.compactMap { rule in
      guard case .process(let check) = rule.check, let hit = check(process, facts) else { return nil }
      return finding(rule, subject, hit)
    }
  }

  public static func mapFindings(_ map: JourneyMap, _ facts: LintFacts, _ settings: LintSettings) -> [LintFinding] {
    var out: [LintFinding] = []
    for rule in LintRules.all {
      guard case .map(let check) = rule.check else { continue }
      for hit in check(map, facts, settings) { out.append(finding(rule, mapSubject(map), hit)) }
    }
    return out
  }

  /// Whether the settings let a finding through (not off, not waived): for the editor, which
  /// lints a few steps at a time.
  public static func shows(_ finding: LintFinding, _ settings: LintSettings) -> Bool {
    !settings.off.contains(finding.rule) && settings.waiver(for: finding) == nil
  }

  static func mapSubject(_ map: JourneyMap) -> LintSubject { LintSubject(kind: .map, id: map.id, name: map.title) }

  private static func finding(_ rule: LintRule, _ subject: LintSubject, _ hit: LintHit) -> LintFinding {
    LintFinding(rule: rule.id, severity: rule.severity, subject: subject, element: hit.element, spot: hit.spot, message: hit.message)
  }
}
