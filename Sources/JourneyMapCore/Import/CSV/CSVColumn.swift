/// The columns journeymap reads from a CSV header, and the names each is known by: journeymap's
/// own export, Mural's and Miro's exports, and what people type in a spreadsheet. Matching
/// ignores case, spaces and punctuation ("Pain point", "pain_point", "PAIN-POINT").
enum CSVColumn: String, CaseIterable, Sendable {
  case stage, step, lane, text, owner, channel, system, value, score
  case stageID = "stage id"
  case stepID = "step id"
  case id
  case addresses
  /// An opportunity's tracking: where it stands, how much it changes and costs, by when, where.
  case status, impact, effort, due, link

  /// journeymap's own header, in the order its export writes the columns.
  static let exportOrder: [CSVColumn] = [
    .stage, .step, .lane, .text, .owner, .channel, .system, .value, .score, .stageID, .stepID, .id, .addresses,
    .status, .impact, .effort, .due, .link,
  ]

  /// The header text journeymap writes.
  var title: String {
    switch self {
    case .stageID: return "Stage ID"
    case .stepID: return "Step ID"
    case .id: return "ID"
    default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
    }
  }

  /// Other names, normalised (see ``key(_:)``).
  static let synonyms: [String: CSVColumn] = {
    var table: [String: CSVColumn] = [:]
    let names: [CSVColumn: [String]] = [
      .stage: ["stage", "stages", "phase", "journeystage", "journeyphase", "area", "frame", "section", "stagename"],
      .step: ["step", "steps", "steptitle", "stepname", "title", "action", "customeraction", "activity", "task", "moment"],
      .lane: ["lane", "swimlane", "row", "type", "category", "kind", "tag", "tags", "label", "labels", "layer"],
      .text: ["text", "content", "note", "notetext", "sticky", "stickynote", "stickytext", "stickynotetext", "body", "item"],
      .owner: ["owner", "owners", "assignee", "assignedto", "responsible", "who"],
      .channel: ["channel", "channels", "medium", "via"],
      .system: ["system", "systems", "tool", "tools"],
      .value: ["value", "metricvalue", "amount", "figure"],
      .score: ["score", "feelingscore", "emotionscore", "sentiment", "rating"],
      .stageID: ["stageid"],
      .stepID: ["stepid"],
      .id: ["id", "journeymapid", "itemid"],
      .addresses: ["addresses", "addressespainpoints", "painpointids"],
      .status: ["status", "state", "progress"],
      .impact: ["impact", "valuetocustomer"],
      .effort: ["effort", "cost", "size"],
      .due: ["due", "duedate", "deadline", "by"],
      .link: ["link", "url", "ticket", "issue", "tracker"],
    ]
    for (column, words) in names { for word in words { table[key(word)] = column } }
    return table
  }()

  static func matching(_ header: String) -> CSVColumn? { synonyms[key(header)] }

  /// A name reduced to lower-case letters and digits, so that spelling details do not matter.
  static func key(_ text: String) -> String {
    String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
  }
}
