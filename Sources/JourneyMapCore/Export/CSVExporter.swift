/// The map as a spreadsheet: one sticky note per row, in the layout `journeymap import` reads,
/// so that a map goes to Excel, LibreOffice or Google Sheets, is edited there, and comes back.
///
/// Columns: Stage, Step, Lane, Text, Owner, Channel, System, Value, Score, Stage ID, Step ID, ID,
/// Addresses. The map's own fields come first (title, state, persona…, then the touchpoints and
/// processes it defines), then each stage and its steps in reading order, every row of a step
/// carrying its stage and title so that a sorted or filtered sheet still reads. The ID columns
/// carry journeymap's ids: an import keeps them, so the map comes back with the same ids and
/// `git diff` shows only what was changed in the spreadsheet; rows added without ids get new
/// ones.
///
/// Everything in the map is written except `x-` extension keys (a warning says so when there
/// are any): text exactly, line breaks and all, quoted as RFC 4180 says and guarded against
/// formula injection (``CSVText``). UTF-8 with a byte order mark (which Excel needs to read
/// UTF-8) and CRLF line ends (RFC 4180).
public enum CSVExporter {
  public static func export(_ map: JourneyMap) -> ExportResult {
    var writer = Writer()
    writer.out.reserveCapacity((1 << 12) + map.steps.count * 600)
    write(map, into: &writer)
    var warnings: [ExportWarning] = []
    let extensions = extensionCount(map)
    if extensions > 0 {
      warnings.append(
        ExportWarning(
          problem: "a CSV has no place for x- extension keys (\(extensions) in this map)",
          advice: "they are left out of the spreadsheet; the .journey.json keeps them"))
    }
    return ExportResult(text: writer.out, warnings: warnings)
  }

  /// The CSV for standard output: LF line ends and no byte order mark, which a terminal would
  /// show as `↵` and nothing; every CSV reader takes LF, and `-o FILE` keeps the spreadsheet form.
  public static func forStandardOutput(_ text: String) -> String {
    var text = Substring(text)
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
  }

  /// Every cell the export writes (guarded, before quoting), row by row, header first: what any
  /// CSV reader must read back from the text.
  public static func cells(_ map: JourneyMap) -> [[String]] {
    var writer = Writer()
    writer.recorded = []
    write(map, into: &writer)
    return writer.recorded!
  }

  static func write(_ map: JourneyMap, into writer: inout Writer) {
    writer.line(CSVColumn.exportOrder.map(\.title))
    writer.row(lane: .title, text: map.title, id: map.id)
    writer.row(lane: .state, text: map.state.rawValue)
    writer.row(lane: .persona, text: map.persona.name)
    writer.row(lane: .goal, text: map.persona.goal)
    writer.row(lane: .personaDescription, text: map.persona.description)
    writer.row(lane: .scenario, text: map.scenario)
    for stakeholder in map.stakeholders { writer.row(lane: .stakeholder, text: stakeholder) }
    writer.row(lane: .mapNotes, text: map.notes)
    for touchpoint in map.touchpoints {
      writer.row(lane: .touchpoint, text: touchpoint.name, always: true, cells: [.channel: touchpoint.channel, .id: touchpoint.id])
    }
    for process in map.processes {
      writer.row(
        lane: CSVLane(process.lane), text: process.title, always: true,
        cells: [.owner: process.owner, .system: process.system, .id: process.id])
      writer.row(lane: .processNotes, text: process.notes, cells: [.id: process.id])
    }
    let index = ExportIndex(map)
    let touchpoints = index.touchpoints
    for (s, stage) in map.stages.enumerated() {
      writer.place = [.stage: stage.name, .stageID: stage.id]
      writer.row(lane: .stage, text: stage.description, always: true)
      for i in index.stepsByStage[s] {
        let step = map.steps[i]
        writer.place = [.stage: stage.name, .stageID: stage.id, .step: step.title, .stepID: step.id]
        writer.row(lane: .step, text: "", always: true)
        writer.row(lane: .description, text: step.description)
        for thought in step.thoughts { writer.row(lane: .thinking, text: thought, always: true) }
        if let feeling = step.feeling {
          writer.row(lane: .feeling, text: feeling.word, always: true, cells: [.score: String(feeling.score)])
        }
        for id in step.touchpoints {
          let touchpoint = touchpoints[id]
          writer.row(lane: .touchpoint, text: touchpoint?.name ?? "", always: true, cells: [.channel: touchpoint?.channel ?? "", .id: id])
        }
        if let moment = step.momentOfTruth { writer.row(lane: .momentOfTruth, text: moment.reason, always: true) }
        for painPoint in step.painPoints { writer.row(lane: .painPoint, text: painPoint.text, always: true, cells: [.id: painPoint.id]) }
        for opportunity in step.opportunities {
          writer.row(
            lane: .opportunity, text: opportunity.text, always: true,
            cells: [
              .owner: opportunity.owner, .id: opportunity.id, .addresses: opportunity.addresses.joined(separator: " "),
              .status: opportunity.status == .idea ? "" : opportunity.status.rawValue, .impact: opportunity.impact?.rawValue ?? "",
              .effort: opportunity.effort?.rawValue ?? "", .due: opportunity.due, .link: opportunity.link,
            ])
        }
        for metric in step.metrics { writer.row(lane: .metric, text: metric.name, always: true, cells: [.value: metric.value]) }
        if let evidence = step.evidence { writer.row(lane: .evidence, text: evidence.rawValue) }
        writer.row(lane: .notes, text: step.notes)
        for p in index.processesOf[i] {
          let process = map.processes[p]
          writer.row(
            lane: CSVLane(process.lane), text: process.title, always: true,
            cells: [.owner: process.owner, .system: process.system, .id: process.id])
        }
      }
    }
  }

  struct Writer {
    var out = "\u{FEFF}"
    /// The cells of every line, when asked for (``cells(_:)``).
    var recorded: [[String]]?
    /// The Stage, Step and ID cells every row of the current stage or step repeats.
    var place: [CSVColumn: String] = [:]

    mutating func line(_ cells: [String]) {
      recorded?.append(cells)
      out += cells.map(CSVText.field).joined(separator: ",")
      out += "\r\n"
    }

    /// A row for a note; an empty text writes nothing unless `always` (a thought, a step).
    mutating func row(lane: CSVLane, text: String, id: String = "", always: Bool = false, cells: [CSVColumn: String] = [:]) {
      if text.isEmpty && !always && id.isEmpty { return }
      var fields: [String] = []
      fields.reserveCapacity(CSVColumn.exportOrder.count)
      for column in CSVColumn.exportOrder {
        let value: String
        switch column {
        case .lane: value = lane.name
        case .text: value = text
        case .id where !id.isEmpty: value = id
        default: value = cells[column] ?? place[column] ?? ""
        }
        // Scores are whole numbers journeymap wrote: "-1" is a number to a spreadsheet, not a formula.
        fields.append(column == .score ? value : CSVText.guarded(value))
      }
      line(fields)
    }
  }

  /// How many objects in the map carry `x-` keys.
  static func extensionCount(_ map: JourneyMap) -> Int {
    var count = 0
    func add(_ extensions: Extensions) { if !extensions.isEmpty { count += 1 } }
    add(map.extensions)
    add(map.persona.extensions)
    map.touchpoints.forEach { add($0.extensions) }
    map.stages.forEach { add($0.extensions) }
    map.processes.forEach { add($0.extensions) }
    for step in map.steps {
      add(step.extensions)
      if let feeling = step.feeling { add(feeling.extensions) }
      if let moment = step.momentOfTruth { add(moment.extensions) }
      step.painPoints.forEach { add($0.extensions) }
      step.opportunities.forEach { add($0.extensions) }
      step.metrics.forEach { add($0.extensions) }
    }
    return count
  }
}
