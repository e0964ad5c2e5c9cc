/// Where a finding is, in terms every front end can show: the text report names the subject,
/// the editor puts its mark on the spot.
public struct LintSubject: Equatable, Sendable {
  public enum Kind: String, Sendable {
    case map, stage, step, process
  }

  public var kind: Kind
  public var id: String
  /// Its title or name as in the map (not yet made safe for any output).
  public var name: String

  public init(kind: Kind, id: String, name: String) {
    self.kind = kind
    self.id = id
    self.name = name
  }
}

/// The part of a step a finding is about, so the editor can mark that cell (and item).
public enum LintSpot: Equatable, Sendable {
  case map
  case stage(String)
  case step(String, LintField)
  /// A process: marked on every step it serves.
  case process(String)
}

public enum LintField: Equatable, Sendable {
  case title
  case feeling
  case touchpoints
  case moment
  /// The opportunities lane as a whole (something is missing there).
  case opportunities
  case painPoint(String)
  case opportunity(String)
}

/// One thing lint found: which rule, about what, and what to say.
public struct LintFinding: Equatable, Sendable {
  public var rule: String
  public var severity: LintSeverity
  public var subject: LintSubject
  /// The id of the thing the finding is about (a pain point, an opportunity, the step…):
  /// what an `x-lint` waiver names.
  public var element: String
  public var spot: LintSpot
  /// For people; map text in it is cleaned to one line and shortened, not yet terminal-safe.
  public var message: String

  public init(rule: String, severity: LintSeverity, subject: LintSubject, element: String, spot: LintSpot, message: String) {
    self.rule = rule
    self.severity = severity
    self.subject = subject
    self.element = element
    self.spot = spot
    self.message = message
  }

  /// The rule's entry in the table (every finding comes from one).
  public var ruleSpec: LintRule { LintRules.rule(rule)! }
}

/// A finding an `x-lint` waiver accepted, with the reason the map gives.
public struct WaivedFinding: Equatable, Sendable {
  public var finding: LintFinding
  public var reason: String
}
