/// What the customer does at one point of the journey, with everything the room says about it.
public struct Step: Equatable, Sendable, Identifiable {
  public var id: String
  /// The id of the stage this step belongs to.
  public var stage: String
  /// What the customer does, in their words.
  public var title: String
  public var description: String
  public var thoughts: [String]
  /// Nil until the room has said how this step feels.
  public var feeling: Feeling?
  /// Ids of map-level touchpoints.
  public var touchpoints: [String]
  /// Nil when this is not a make-or-break moment.
  public var momentOfTruth: MomentOfTruth?
  public var painPoints: [PainPoint]
  public var opportunities: [Opportunity]
  public var metrics: [Metric]
  public var evidence: Evidence?
  public var notes: String
  public var extensions: Extensions

  public init(
    id: String, stage: String, title: String = "", description: String = "", thoughts: [String] = [],
    feeling: Feeling? = nil, touchpoints: [String] = [], momentOfTruth: MomentOfTruth? = nil,
    painPoints: [PainPoint] = [], opportunities: [Opportunity] = [], metrics: [Metric] = [],
    evidence: Evidence? = nil, notes: String = "", extensions: Extensions = Extensions()
  ) {
    self.id = id
    self.stage = stage
    self.title = title
    self.description = description
    self.thoughts = thoughts
    self.feeling = feeling
    self.touchpoints = touchpoints
    self.momentOfTruth = momentOfTruth
    self.painPoints = painPoints
    self.opportunities = opportunities
    self.metrics = metrics
    self.evidence = evidence
    self.notes = notes
    self.extensions = extensions
  }
}

/// How the customer feels: −2 (very negative) … +2 (very positive), 0 neutral, and a word.
public struct Feeling: Equatable, Sendable {
  public static let range = -2...2
  public var score: Int
  public var word: String
  public var extensions: Extensions

  public init(score: Int, word: String = "", extensions: Extensions = Extensions()) {
    self.score = score
    self.word = word
    self.extensions = extensions
  }
}

/// Marks a make-or-break step: the moment the customer decides whether to stay.
public struct MomentOfTruth: Equatable, Sendable {
  public var reason: String
  public var extensions: Extensions

  public init(reason: String = "", extensions: Extensions = Extensions()) {
    self.reason = reason
    self.extensions = extensions
  }
}

public struct PainPoint: Equatable, Sendable, Identifiable {
  public var id: String
  public var text: String
  public var extensions: Extensions

  public init(id: String, text: String, extensions: Extensions = Extensions()) {
    self.id = id
    self.text = text
    self.extensions = extensions
  }
}

/// Something to change. Maps exist to drive action, so an opportunity can name who owns it,
/// which pain points it would remove, and — once the team takes it on — where it stands.
public struct Opportunity: Equatable, Sendable, Identifiable {
  public var id: String
  public var text: String
  public var owner: String
  /// Ids of pain points (of any step) this would address.
  public var addresses: [String]
  /// Where the work stands; `idea` (the default, never written) until someone plans it.
  public var status: OpportunityStatus
  /// How much it would change the experience; nil until the team has judged it.
  public var impact: Level?
  /// How much work it would take; nil until the team has judged it.
  public var effort: Level?
  /// When it is due, as an ISO date (`2025-03-31`); empty when there is no date.
  public var due: String
  /// Where the work is tracked (a ticket, a plan): an http(s) URL, or empty.
  public var link: String
  public var extensions: Extensions

  public init(
    id: String, text: String, owner: String = "", addresses: [String] = [], status: OpportunityStatus = .idea,
    impact: Level? = nil, effort: Level? = nil, due: String = "", link: String = "", extensions: Extensions = Extensions()
  ) {
    self.id = id
    self.text = text
    self.owner = owner
    self.addresses = addresses
    self.status = status
    self.impact = impact
    self.effort = effort
    self.due = due
    self.link = link
    self.extensions = extensions
  }

  /// Whether someone still has to act on it: not done and not dropped.
  public var isOpen: Bool { status != .done && status != .dropped }
}

/// A figure the team brings into the room ("Calls per day" = "1,200"). Values are text so that
/// units and ranges survive and no number formatting can churn the file.
public struct Metric: Equatable, Sendable {
  public var name: String
  public var value: String
  public var extensions: Extensions

  public init(name: String, value: String, extensions: Extensions = Extensions()) {
    self.name = name
    self.value = value
    self.extensions = extensions
  }
}

/// How sure the room is about a step: seen in research, or believed.
public enum Evidence: String, CaseIterable, Sendable {
  case observed
  case assumed
}
