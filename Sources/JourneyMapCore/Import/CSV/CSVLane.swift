/// What a sticky note is: the lanes of a journey map, the map's own fields, and the backstage
/// processes. A CSV names the lane of each note in its Lane column (or Mural's Tags, or down the
/// first column of a grid); matching ignores case, spaces and punctuation and knows the words
/// workshop templates use ("Doing", "Thinks", "Pains", "Ideas").
enum CSVLane: String, CaseIterable, Sendable {
  // The map.
  case title, state, persona, goal
  case personaDescription = "persona description"
  case scenario, stakeholder
  case mapNotes = "map notes"
  // A stage (Text is its description).
  case stage
  // A step's lanes.
  case step, description
  case thinking, feeling, touchpoint
  case momentOfTruth = "moment of truth"
  case painPoint = "pain point"
  case opportunity, metric, evidence, notes
  // The backstage layer.
  case frontstage, backstage, support
  case processNotes = "process notes"

  /// The word journeymap's export writes.
  var name: String { rawValue }

  var isMapLevel: Bool {
    switch self {
    case .title, .state, .persona, .goal, .personaDescription, .scenario, .stakeholder, .mapNotes: return true
    default: return false
    }
  }

  var processLane: ProcessLane? {
    switch self {
    case .frontstage: return .frontstage
    case .backstage: return .backstage
    case .support: return .support
    default: return nil
    }
  }

  init(_ lane: ProcessLane) {
    switch lane {
    case .frontstage: self = .frontstage
    case .backstage: self = .backstage
    case .support: self = .support
    }
  }

  static let synonyms: [String: CSVLane] = {
    var table: [String: CSVLane] = [:]
    let names: [CSVLane: [String]] = [
      .title: ["title", "maptitle", "journeytitle", "journey"],
      .state: ["state", "mapstate"],
      .persona: ["persona", "personaname", "customer"],
      .goal: ["goal", "personagoal", "goals"],
      .personaDescription: ["personadescription", "aboutthepersona"],
      .scenario: ["scenario", "context"],
      .stakeholder: ["stakeholder", "stakeholders", "participant", "participants"],
      .mapNotes: ["mapnotes"],
      .stage: ["stage", "phase", "stagedescription"],
      .step: [
        "step", "steps", "action", "actions", "doing", "does", "activity", "activities", "task", "tasks",
        "customeraction", "customeractions", "useraction", "useractions",
      ],
      .description: ["description", "details", "detail"],
      .thinking: ["thinking", "thinks", "thought", "thoughts", "questions", "question", "quote", "quotes", "says", "saying"],
      .feeling: ["feeling", "feelings", "feels", "emotion", "emotions", "mood", "emotionalstate"],
      .touchpoint: ["touchpoint", "touchpoints", "touch point", "touchpoints", "channel", "channels"],
      .momentOfTruth: ["momentoftruth", "momentsoftruth", "mot", "keymoment", "momentthatmatters"],
      .painPoint: ["painpoint", "painpoints", "pain", "pains", "problem", "problems", "frustration", "frustrations", "barrier", "barriers"],
      .opportunity: ["opportunity", "opportunities", "idea", "ideas", "improvement", "improvements", "howmightwe"],
      .metric: ["metric", "metrics", "kpi", "kpis", "measure", "measures", "data"],
      .evidence: ["evidence"],
      .notes: ["notes", "note", "comment", "comments", "other"],
      .frontstage: ["frontstage", "frontstageaction", "frontstageactions", "frontstageprocess", "frontstageprocesses", "frontstageactivity"],
      .backstage: ["backstage", "backstageaction", "backstageactions", "backstageprocess", "backstageprocesses", "backstageactivity"],
      .support: ["support", "supportprocess", "supportprocesses", "supportingprocess", "supportingprocesses", "supportsystem", "supportsystems"],
      .processNotes: ["processnotes"],
    ]
    for (lane, words) in names { for word in words { table[CSVColumn.key(word)] = lane } }
    return table
  }()

  static func matching(_ text: String) -> CSVLane? { synonyms[CSVColumn.key(text)] }

  /// The first of several tags (Mural's Tags column: "Pain point, Urgent") that names a lane.
  static func firstMatching(tags text: String) -> CSVLane? {
    if let lane = matching(text) { return lane }
    for tag in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }) {
      if let lane = matching(String(tag)) { return lane }
    }
    return nil
  }
}
