/// Markdown that is at once a slide deck for Marp (`headingDivider: 2`) and for pandoc
/// (reveal.js, PowerPoint, beamer: slide level 2), and reads well on GitHub.
///
/// Layout rules from what was tested with pandoc and Marp: no `---` slide rules (pandoc turns
/// them into empty slides), no `title:`/`theme:` in the front matter (pandoc would add a title
/// slide or look for a theme file), `#` headings are bodiless stage dividers and `##` headings
/// are slides, tables stay small (≤ 8 rows, ≤ 4 columns) and never use `<br>`, and every piece
/// of map text is escaped so it cannot change the structure.
public enum MarkdownExporter {
  /// Sized so that every slide fits a 16:9 PowerPoint slide at pandoc's default font sizes
  /// (checked by rendering the example decks): table rows per slide, steps per stage slide,
  /// steps per emotion-curve slide, moments of truth per slide.
  static let rowsPerSlide = 4
  static let stepsPerSlide = 2
  static let curveStepsPerSlide = 20
  static let momentsPerSlide = 2

  /// No warnings: pandoc, Marp and GitHub have no size limit a map reaches.
  public static func export(_ map: JourneyMap, flavor: MarkdownFlavor = .slides, sourceName: String? = nil) -> ExportResult {
    var doc = MarkdownDocument(flavor: flavor, capacity: (1 << 16) + map.steps.count * 1_600)
    let index = MarkdownIndex(map)
    titleSlide(&doc, map, sourceName: sourceName)
    glance(&doc, map, index)
    stages(&doc, map, index)
    moments(&doc, map, index)
    actions(&doc, map, index)
    backstage(&doc, map, index)
    if flavor == .gfm { lintSummary(&doc, map, index) }
    return ExportResult(text: doc.text)
  }

  // MARK: Sections

  static func titleSlide(_ doc: inout MarkdownDocument, _ map: JourneyMap, sourceName: String?) {
    let title = ExportText.clean(map.title)
    if doc.flavor == .slides {
      doc.raw("---\nmarp: true\npaginate: true\nheadingDivider: 2\npagetitle: \(metadata("Journey map: " + title))\n---\n")
    }
    doc.slide(title, level: doc.flavor == .slides ? 2 : 1)
    // The title slide stays short; who and what follow on a slide of their own.
    let persona = map.persona
    var headline: [(String, String)] = []
    if !persona.name.isEmpty { headline.append(("Persona", escape(ExportText.clean(persona.name)))) }
    if !persona.goal.isEmpty { headline.append(("Goal", escape(ExportText.clean(persona.goal)))) }
    if !persona.description.isEmpty { headline.append(("About", escape(ExportText.clean(persona.description)))) }
    headline.append(("State", map.state == .current ? "current state (as it is today)" : "future state (as redesigned)"))
    for (name, value) in headline { doc.line("- **\(name):** \(value)") }
    doc.blank()
    var context: [(String, String)] = []
    if !map.scenario.isEmpty { context.append(("Scenario", escape(ExportText.clean(map.scenario)))) }
    if !map.stakeholders.isEmpty {
      context.append(("In the room", map.stakeholders.map { escape(ExportText.clean($0)) }.joined(separator: ", ")))
    }
    if !context.isEmpty {
      doc.slide("Scenario and the room", level: doc.flavor == .slides ? 2 : 3)
      for (name, value) in context { doc.line("- **\(name):** \(value)") }
      doc.blank()
    }
    let source = sourceName.map { " from " + comment(ExportText.clean($0)) } ?? ""
    doc.line("<!-- journeymap: generated\(source) (format version \(MapFormat.version)); edit the map, not this file -->")
    doc.blank()
  }

  static func glance(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex) {
    doc.section("The journey at a glance")
    let rows: [[String]] = index.order.map { i in
      let step = map.steps[i]
      let stage = index.stageOf[i].map { ExportText.clean(map.stages[$0].name) } ?? ""
      return [
        index.label(i), escape(stage), feeling(step.feeling),
        step.momentOfTruth == nil ? "" : "★",
      ]
    }
    if rows.isEmpty {
      doc.slide("Steps and feelings", level: 2)
      doc.line("No steps yet.")
      doc.blank()
    }
    doc.table(
      "Steps and feelings", header: ["Step", "Stage", "Feeling", "Moment of truth"],
      align: [":--", ":--", ":--", ":-:"], rows: rows, perSlide: rowsPerSlide)
    let withFeeling = index.order.filter { map.steps[$0].feeling != nil }
    guard !withFeeling.isEmpty else { return }
    let chunks = chunked(index.order, doc.flavor == .slides ? curveStepsPerSlide : 40)
    for (n, chunk) in chunks.enumerated() {
      doc.slide(numbered("Emotion curve", n, chunks.count), level: doc.flavor == .slides ? 2 : 3)
      doc.line("```text")
      for line in curve(chunk.map { (index.numbers[$0], map.steps[$0].feeling?.score) }) { doc.line(line) }
      doc.line("```")
      doc.blank()
    }
  }

  /// The emotion curve as text: one column of three characters per step, +2 at the top.
  static func curve(_ points: [(number: Int, score: Int?)]) -> [String] {
    var lines: [String] = []
    var header = "     "
    for p in points { header += String(p.number).leftPadded(to: 3) }
    lines.append(header)
    for level in stride(from: 2, through: -2, by: -1) {
      var line = (level == 0 ? "  0 " : ExportText.score(level).leftPadded(to: 3) + " ") + (level == 0 ? "┼" : "│")
      for p in points {
        let mark = p.score.map { max(-2, min(2, $0)) == level ? "●" : nil } ?? nil
        let filler = level == 0 ? "┄" : " "
        line += filler + filler + (mark ?? filler)
      }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines
  }

  static func stages(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex) {
    if doc.flavor == .gfm { doc.section("Stages") }
    for (s, steps) in index.stepsByStage.enumerated() {
      let name = ExportText.clean(map.stages[s].name)
      if doc.flavor == .slides { doc.section(name) }
      if steps.isEmpty {
        doc.slide(name, level: doc.flavor == .slides ? 2 : 3)
        doc.line("No steps in this stage yet.")
        doc.blank()
        continue
      }
      let chunks = doc.flavor == .slides ? slideGroups(steps, index) : chunked(steps, 4)
      for (n, chunk) in chunks.enumerated() {
        let cells = chunk.map { laneCells($0, index) }
        let header = [""] + chunk.map { index.label($0) }
        // Two slides per group of steps, so each table fits: the experience, then what to fix.
        for (part, lanes) in laneGroups.enumerated() {
          var rows: [[String]] = []
          for r in lanes where cells.contains(where: { !$0[r].isEmpty }) {
            rows.append(["**\(laneNames[r])**"] + cells.map { $0[r] })
          }
          if part > 0 && rows.isEmpty { continue }
          let title = part == 0 ? name : name + ": problems and ideas"
          doc.slide(numbered(title, n, chunks.count), level: doc.flavor == .slides ? 2 : 3)
          if n == 0, part == 0, !map.stages[s].description.isEmpty {
            doc.line(escape(ExportText.clean(map.stages[s].description)))
            doc.blank()
          }
          doc.tableBody(header: header, align: Array(repeating: ":--", count: header.count), rows: rows)
        }
      }
    }
  }

  /// Steps per stage slide: two side by side, except that a step with a lot to say about its
  /// problems (more than `heavyStep` characters) gets its slides to itself, so the table fits.
  static let heavyStep = 400

  static func slideGroups(_ steps: [Int], _ index: MarkdownIndex) -> [ArraySlice<Int>] {
    var groups: [ArraySlice<Int>] = []
    var current: [Int] = []
    for i in steps {
      if problemsLength(i, index) > heavyStep {
        if !current.isEmpty { groups.append(current[...]) }
        groups.append([i][...])
        current = []
        continue
      }
      current.append(i)
      if current.count == stepsPerSlide {
        groups.append(current[...])
        current = []
      }
    }
    if !current.isEmpty { groups.append(current[...]) }
    return groups
  }

  /// How much text a step's problems-and-ideas slide holds.
  static func problemsLength(_ i: Int, _ index: MarkdownIndex) -> Int {
    let step = index.map.steps[i]
    var n = step.painPoints.reduce(0) { $0 + $1.text.count } + step.metrics.reduce(0) { $0 + $1.name.count + $1.value.count }
    n += step.opportunities.reduce(0) { $0 + $1.text.count + $1.owner.count + 10 }
    n += index.processesOf[i].reduce(0) { $0 + index.map.processes[$1].title.count + 10 }
    return n
  }

  /// Rows (indices into `laneNames`) of the two slides per group of steps.
  static let laneGroups = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]

  static let laneNames = [
    "Doing", "Thinking", "Feeling", "Touchpoints", "Moment of truth", "Pain points", "Opportunities", "Metrics", "Evidence",
    "Processes",
  ]

  /// One step's cells, in the order of `laneNames`; lists are joined with "; " (pptx and beamer
  /// drop `<br>`).
  static func laneCells(_ i: Int, _ index: MarkdownIndex) -> [String] {
    let step = index.map.steps[i]
    func list(_ items: [String]) -> String { items.map { escape(ExportText.clean($0)) }.filter { !$0.isEmpty }.joined(separator: "; ") }
    // Titles only: owners and systems are on the backstage slides.
    let processes = index.processesOf[i].map { p -> String in
      let process = index.map.processes[p]
      let lane = process.lane == .frontstage ? "Front" : process.lane == .backstage ? "Back" : "Support"
      return "\(lane): " + escape(ExportText.clean(process.title))
    }
    return [
      escape(ExportText.clean(step.description)),
      list(step.thoughts),
      feeling(step.feeling),
      step.touchpoints.map { escape(index.touchpointText($0)) }.joined(separator: "; "),
      step.momentOfTruth.map { "★ " + escape(ExportText.clean($0.reason)) }.map { $0 == "★ " ? "★" : $0 } ?? "",
      list(step.painPoints.map(\.text)),
      step.opportunities.map { escape(ExportText.clean($0.text)) + ($0.owner.isEmpty ? "" : " (owner: " + escape(ExportText.clean($0.owner)) + ")") }
        .joined(separator: "; "),
      step.metrics.map { escape(ExportText.clean($0.name)) + ": " + escape(ExportText.clean($0.value)) }.joined(separator: "; "),
      step.evidence?.rawValue ?? "",
      processes.joined(separator: "; "),
    ]
  }

  static func moments(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex) {
    doc.section("Moments of truth")
    let moments = index.order.filter { map.steps[$0].momentOfTruth != nil }
    if moments.isEmpty {
      doc.slide("Moments of truth", level: 2)
      doc.line("No moment of truth has been marked yet: which steps make or break the relationship?")
      doc.blank()
      return
    }
    let rows: [[String]] = moments.map { i in
      let step = map.steps[i]
      let support = index.processesOf[i].map { p in
        escape(ExportText.clean(map.processes[p].title)) + " (" + map.processes[p].lane.rawValue + ")"
      }
      return [
        "\(index.numbers[i])", escape(ExportText.stepTitle(step)), escape(ExportText.clean(step.momentOfTruth?.reason ?? "")),
        support.isEmpty ? "⚠ **Nothing backstage supports this moment**" : support.joined(separator: "; "),
      ]
    }
    doc.table(
      "Moments of truth and what supports them", header: ["#", "Step", "Why it matters", "Supported by"],
      align: ["--:", ":--", ":--", ":--"], rows: rows, perSlide: momentsPerSlide)
  }

  static func actions(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex) {
    doc.section("Actions")
    var addressed = Set<String>()
    for i in index.order {
      for o in map.steps[i].opportunities { addressed.formUnion(o.addresses) }
    }
    let (header, opportunities) = actionRows(map, index, flavor: doc.flavor)
    if opportunities.isEmpty {
      doc.slide("Opportunities and owners", level: 2)
      doc.line("No opportunities yet.")
      doc.blank()
    }
    doc.table(
      "Opportunities and owners", header: header, align: header.map { _ in ":--" }, rows: opportunities, perSlide: rowsPerSlide)
    var open: [[String]] = []
    for i in index.order {
      let step = map.steps[i]
      for p in step.painPoints where !addressed.contains(p.id) {
        open.append([escape(ExportText.clean(p.text)), index.label(i)])
      }
    }
    doc.table(
      "Pain points nobody has taken on yet", header: ["Pain point", "Step"], align: [":--", ":--"], rows: open,
      perSlide: rowsPerSlide)
  }

  static func backstage(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex) {
    guard !map.processes.isEmpty else { return }
    doc.section("Backstage")
    for lane in ProcessLane.allCases {
      let rows: [[String]] = index.base.processes(in: lane).map { p in
        let process = map.processes[p]
        let served = process.steps.compactMap { id in index.stepByID[id].map { (index.numbers[$0], $0) } }
          .sorted { $0.0 < $1.0 }
          .map { index.label($0.1) }
        return [
          escape(ExportText.clean(process.title)), escape(ExportText.clean(process.owner)), escape(ExportText.clean(process.system)),
          served.joined(separator: "; "),
        ]
      }
      let title: String
      switch lane {
      case .frontstage: title = "Frontstage: what the customer sees staff do"
      case .backstage: title = "Backstage: what staff do out of sight"
      case .support: title = "Support: the systems and teams behind them"
      }
      doc.table(title, header: ["Process", "Owner", "System", "Serves steps"], align: [":--", ":--", ":--", ":--"], rows: rows, perSlide: rowsPerSlide)
    }
  }

  // MARK: Text

  static func feeling(_ feeling: Feeling?) -> String {
    guard let feeling else { return "" }
    let word = escape(ExportText.clean(feeling.word))
    return ExportText.score(feeling.score) + (word.isEmpty ? "" : " " + word)
  }

  static func numbered(_ title: String, _ n: Int, _ count: Int) -> String {
    count > 1 ? "\(title) (\(n + 1)/\(count))" : title
  }

  static func chunked<T>(_ items: [T], _ size: Int) -> [ArraySlice<T>] {
    stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
  }
}

