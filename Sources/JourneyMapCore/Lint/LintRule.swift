/// One integrity check of a journey or its blueprint: an id to name it (in output and in
/// `x-lint`), a severity, why it matters in one line, how to fix it, and the check itself.
public struct LintRule: Sendable {
  public let id: String
  public let severity: LintSeverity
  public let why: String
  public let hint: String
  let check: LintCheck

  init(_ id: String, _ severity: LintSeverity, why: String, hint: String, _ check: LintCheck) {
    self.id = id
    self.severity = severity
    self.why = why
    self.hint = hint
    self.check = check
  }
}

/// What a check looks at, and what it says when it fires: the id of the thing it is about, the
/// spot to mark, and the message. Each scope is visited by the engine, so a rule never walks
/// the map itself and the editor can ask about one step at a time.
enum LintCheck: Sendable {
  case map(@Sendable (JourneyMap, LintFacts, LintSettings) -> [LintHit])
  case stage(@Sendable (Stage, LintFacts) -> LintHit?)
  case step(@Sendable (Step, LintFacts) -> [LintHit])
  case process(@Sendable (BackstageProcess, LintFacts) -> LintHit?)
}

struct LintHit {
  var element: String
  var spot: LintSpot
  var message: String
}
