/// Markdown that is at once a slide deck for Marp (`headingDivider: 2`) and for pandoc
/// (reveal.js, PowerPoint, beamer: slide level 2), and reads well on GitHub.
///
/// Layout rules from what was tested with pandoc and Marp: no `---` slide rules (pandoc turns
/// them into empty slides), no `title:`/`theme:` in the front matter (pandoc would add a title
/// slide or look for a theme file); every `##` heading is a slide with a body (no bodiless
/// divider slides), and what a slide holds is measured (``SlideBudget``) so that no slide
/// overflows at 1280×720 in Marp, reveal.js or PowerPoint: a table goes on as many slides as it
/// needs, a stage shows as many steps side by side as fit (at most three). Tables never use
/// `<br>`, and every piece of map text is escaped so it cannot change the structure.
///
/// The single-file deck draws the emotion curve as a column of the at-a-glance table (each
/// step's dot on a scale from −2 to +2, so reading down the table traces the curve); the slides
/// directory (``SlideDirectory``) shows it, and the service blueprint, as pictures beside the deck.
public enum MarkdownExporter {
  /// Steps side by side on a stage slide, at most.
  static let stepsPerSlide = 3
  /// Steps per emotion-curve picture, at most.
  static let curveStepsPerSlide = 20
  /// Table rows per slide, at most (fewer when they are long).
  static let rowsPerSlide = 8
  static let momentsPerSlide = 4

  /// No warnings: pandoc, Marp and GitHub have no size limit a map reaches.
  public static func export(_ map: JourneyMap, flavor: MarkdownFlavor = .slides, sourceName: String? = nil) -> ExportResult {
    export(map, flavor: flavor, sourceName: sourceName, pictures: nil)
  }

  /// The deck; with `pictures`, the slides show those files (beside the deck) for the emotion
  /// curve and the blueprint.
  static func export(
    _ map: JourneyMap, flavor: MarkdownFlavor, sourceName: String?, pictures: DeckPictures?, serially: Bool? = nil,
    runs: Int = ExportPieces.runsPerExport
  ) -> ExportResult {
    let index = MarkdownIndex(map, flavor: flavor)
    let pieces = Piece.all(index, flavor: flavor, runs: runs)
    // Each piece writes its own text from the map alone; joined in order they are the deck.
    let texts = Concurrently.map(pieces.count, serially: serially ?? ExportPieces.serially(map)) { k in
      var doc = MarkdownDocument(flavor: flavor, capacity: pieces[k].capacity(index))
      switch pieces[k] {
      case .opening:
        titleSlide(&doc, map, sourceName: sourceName)
        glance(&doc, map, index, pictures: pictures)
      case .stages(let run):
        if run.lowerBound == 0 { doc.section("Stages") }
        stages(&doc, map, index, run)
      case .moments: moments(&doc, map, index)
      case .actions: actions(&doc, map, index)
      case .backstage: backstage(&doc, map, index, pictures: pictures)
      case .lint: lintSummary(&doc, map, index)
      }
      return doc.text
    }
    return ExportResult(pieces: texts)
  }

  /// The deck's parts in order (``ExportPieces``).
  enum Piece: Sendable {
    case opening, stages(Range<Int>), moments, actions, backstage, lint

    static func all(_ index: MarkdownIndex, flavor: MarkdownFlavor, runs: Int) -> [Piece] {
      [.opening] + ExportPieces.stageRuns(index.base, runs: runs).map(Piece.stages) + [.moments, .actions, .backstage]
        + (flavor == .gfm ? [.lint] : [])
    }

    /// Bytes to reserve, about what the piece writes: a large deck is written without copying
    /// itself as it grows.
    func capacity(_ index: MarkdownIndex) -> Int {
      let map = index.base.map
      switch self {
      case .stages(let run): return (1 << 12) + ExportPieces.steps(in: run, index.base) * 1_200
      case .opening: return (1 << 12) + map.steps.count * 160
      case .moments: return (1 << 12) + map.steps.reduce(0) { $0 + ($1.momentOfTruth == nil ? 0 : 400) }
      case .actions: return (1 << 12) + map.steps.reduce(0) { $0 + $1.opportunities.count * 250 + $1.painPoints.count * 150 }
      case .backstage: return (1 << 12) + map.processes.count * 250
      case .lint: return 1 << 12
      }
    }
  }

  // MARK: Sections

  /// Marp reads `style` (its font size and margins, so that a slide holds what the budget says);
  /// pandoc reads `width` and `height` for reveal.js (a 16:9 slide at which its fonts hold the
  /// same). Each ignores the other's keys, and PowerPoint and GitHub ignore both.
  static let frontMatter = """
    marp: true
    paginate: true
    headingDivider: 2
    style: |
      section { font-size: 26px; padding: 40px 56px 48px; }
      section h2 { font-size: 1.45em; margin: 0 0 .45em; }
      table { display: table; width: 100%; font-size: .88em; }
      img { max-width: 100%; max-height: 520px; }
    width: 2400
    height: 1350
    """

  static func titleSlide(_ doc: inout MarkdownDocument, _ map: JourneyMap, sourceName: String?) {
    let title = ExportText.clean(map.title)
    if doc.flavor == .slides {
      doc.raw("---\n\(frontMatter)\npagetitle: \(metadata("Journey map: " + title))\n---\n")
    }
    let persona = map.persona
    let state = map.state == .current ? "current state (as it is today)" : "future state (as redesigned)"
    if doc.flavor == .slides {
      // The title slide stays short: whose journey, their goal, which state. The rest follows.
      doc.slide(title, level: 2)
      if !persona.name.isEmpty { doc.line("- **Persona:** " + SlideText.fit(doc.text(persona.name), limit: 120)) }
      if !persona.goal.isEmpty { doc.line("- **Goal:** " + SlideText.fit(doc.text(persona.goal), limit: 140)) }
      doc.line("- **State:** " + state)
      doc.blank()
      whoAndWhy(&doc, map)
    } else {
      doc.slide(title, level: 1)
      var headline: [(String, String)] = []
      if !persona.name.isEmpty { headline.append(("Persona", escape(ExportText.clean(persona.name)))) }
      if !persona.goal.isEmpty { headline.append(("Goal", escape(ExportText.clean(persona.goal)))) }
      if !persona.description.isEmpty { headline.append(("About", escape(ExportText.clean(persona.description)))) }
      headline.append(("State", state))
      for (name, value) in headline { doc.line("- **\(name):** \(value)") }
      doc.blank()
      var context: [(String, String)] = []
      if !map.scenario.isEmpty { context.append(("Scenario", escape(ExportText.clean(map.scenario)))) }
      if !map.stakeholders.isEmpty {
        context.append(("In the room", map.stakeholders.map { escape(ExportText.clean($0)) }.joined(separator: ", ")))
      }
      if !context.isEmpty {
        doc.slide("Scenario and the room", level: 3)
        for (name, value) in context { doc.line("- **\(name):** \(value)") }
        doc.blank()
      }
    }
    let source = sourceName.map { " from " + comment(ExportText.clean($0)) } ?? ""
    doc.line("<!-- journeymap: generated\(source) (format version \(MapFormat.version)); edit the map, not this file -->")
    doc.blank()
  }

  /// The persona, scenario and the room: on one slide when they fit, else on as many as they
  /// need; one item longer than half a slide is cut with "…".
  static func whoAndWhy(_ doc: inout MarkdownDocument, _ map: JourneyMap) {
    var items: [String] = []
    let longest = Int(SlideBudget.textLines / 2) * SlideBudget.textWidth
    func add(_ name: String, _ text: String) {
      if !text.isEmpty { items.append("- **\(name):** " + SlideText.fit(escape(MarkdownDocument.kept(text, .slides)), limit: Double(longest - name.count))) }
    }
    add("About", ExportText.clean(map.persona.description))
    add("Scenario", ExportText.clean(map.scenario))
    add("In the room", map.stakeholders.map(ExportText.clean).filter { !$0.isEmpty }.joined(separator: ", "))
    var pages: [[String]] = []
    var room = 0.0
    for item in items {
      let height = SlideBudget.paragraph(item)
      if pages.isEmpty || room < height {
        pages.append([])
        room = SlideBudget.textLines
      }
      pages[pages.count - 1].append(item)
      room -= height
    }
    for (n, page) in pages.enumerated() {
      doc.slide(numbered("Persona and scenario", n, pages.count), level: 2)
      for item in page { doc.line(item) }
      doc.blank()
    }
  }

  static func glance(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex, pictures: DeckPictures?) {
    doc.section("The journey at a glance")
    if let pictures, !pictures.curves.isEmpty {
      for (n, file) in pictures.curves.enumerated() {
        doc.slide(numbered("The journey at a glance", n, pictures.curves.count), level: 2)
        doc.line("![Emotion curve: the feeling at each numbered step, from −2 to +2; ★ marks a moment of truth](\(file))")
        doc.blank()
      }
      return
    }
    let rows: [[String]] = index.order.map { i in
      let step = map.steps[i]
      let stage = index.stageOf[i].map { doc.text(map.stages[$0].name) } ?? ""
      return [(step.momentOfTruth == nil ? "" : "★ ") + index.label(i), stage, feeling(step.feeling), track(step.feeling)]
    }
    let title = doc.flavor == .slides ? "The journey at a glance" : "Steps and feelings"
    if rows.isEmpty {
      doc.slide(title, level: doc.flavor == .slides ? 2 : 3)
      doc.line("No steps yet.")
      doc.blank()
    }
    doc.table(
      title, header: ["Step (★ moment of truth)", "Stage", "Feeling", "−2 · · · · +2"],
      align: [":--", ":--", ":--", ":-:"], rows: rows, perSlide: rowsPerSlide)
  }

  /// The emotion curve as text, one row of the at-a-glance table per step: a dot on a scale of
  /// five from −2 to +2 (always four `·` and one `●`, so the dots line up in any font).
  static func track(_ feeling: Feeling?) -> String {
    guard let feeling else { return "" }
    let slot = max(-2, min(2, feeling.score)) + 2
    return (0..<5).map { $0 == slot ? "●" : "·" }.joined(separator: " ")
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
        doc.text(map.processes[p].title) + " (" + map.processes[p].lane.rawValue + ")"
      }
      return [
        index.label(i), doc.text(step.momentOfTruth?.reason ?? ""),
        support.isEmpty ? "⚠ **Nothing backstage supports this moment**" : support.joined(separator: "; "),
      ]
    }
    doc.table(
      doc.flavor == .slides ? "Moments of truth" : "Moments of truth and what supports them",
      header: ["Step", "Why it matters", "Supported by"],
      align: [":--", ":--", ":--"], rows: rows, perSlide: momentsPerSlide)
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
        open.append([doc.text(p.text), index.label(i)])
      }
    }
    doc.table(
      "Pain points nobody has taken on yet", header: ["Pain point", "Step"], align: [":--", ":--"], rows: open,
      perSlide: rowsPerSlide)
  }

  static func backstage(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex, pictures: DeckPictures?) {
    guard !map.processes.isEmpty else { return }
    doc.section("Backstage")
    for (n, picture) in (pictures?.blueprints ?? []).enumerated() {
      doc.slide(numbered("Service blueprint", n, pictures?.blueprints.count ?? 0) + ": " + picture.steps, level: 2)
      doc.line("![Service blueprint: the processes under the lines of interaction, visibility and internal interaction, each under the steps it serves](\(picture.file))")
      doc.blank()
    }
    for lane in ProcessLane.allCases {
      let rows: [[String]] = index.base.processes(in: lane).map { p in
        let process = map.processes[p]
        let served = process.steps.compactMap { id in index.stepByID[id].map { (index.numbers[$0], $0) } }
          .sorted { $0.0 < $1.0 }
          .map { index.label($0.1) }
        return [
          doc.text(process.title), doc.text(process.owner), doc.text(process.system),
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

/// The pictures a slides directory holds beside its deck: file names, relative to the deck.
struct DeckPictures: Sendable {
  /// The emotion curve, one picture per ``MarkdownExporter/curveStepsPerSlide`` steps.
  var curves: [String]
  /// The service blueprint, a picture per group of steps, and which steps it shows ("steps 1–6").
  var blueprints: [(file: String, steps: String)]
}
