import Foundation
import JourneyMapCore
import Testing

/// Exports: golden files for every example map, and the real tools (Graphviz's dot, pandoc)
/// accepting every output, including a map full of hostile text.
@Suite("Exports")
struct ExportTests {
  static let maps = ["support-call", "exhibition-tickets", "onboarding"]

  /// (suffix, format, view, flavour) for every export kind.
  static let kinds: [(String, ExportFormat, ExportView, MarkdownFlavor)] = [
    ("slides.md", .markdown, .journey, .slides), ("gfm.md", .markdown, .journey, .gfm),
    ("journey.dot", .dot, .journey, .slides), ("blueprint.dot", .dot, .blueprint, .slides),
    ("journey.mmd", .mermaid, .journey, .slides), ("blueprint.mmd", .mermaid, .blueprint, .slides),
    ("html", .html, .journey, .slides),
  ]

  static func export(_ map: JourneyMap, _ kind: (String, ExportFormat, ExportView, MarkdownFlavor), name: String) -> String {
    Exporter.text(map, format: kind.1, view: kind.2, flavor: kind.3, sourceName: name + ".journey.json")
  }

  @Test("golden exports", arguments: maps)
  func golden(_ name: String) throws {
    let map = try Fixtures.load("maps/\(name).journey.json")
    for kind in Self.kinds {
      try Fixtures.expectGolden(Self.export(map, kind, name: name), "Tests/Fixtures/exports/\(name).\(kind.0)")
    }
  }

  @Test func exportsAreDeterministic() throws {
    let map = try Fixtures.load("maps/support-call.journey.json")
    for kind in Self.kinds { #expect(Self.export(map, kind, name: "x") == Self.export(map, kind, name: "x")) }
  }

  // MARK: Graphviz

  static func requireTool(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    Fixtures.requireTool(name, sourceLocation: sourceLocation)
  }

  /// Runs dot and returns (status, stderr, stdout).
  static func dot(_ source: String, format: String) throws -> (Int32, String, Data) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-dot-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.dot")
    let output = dir.appendingPathComponent("out")
    try Data(source.utf8).write(to: input)
    let result = ExternalProgram.run(requireTool("dot")!, ["-T\(format)", input.path, "-o", output.path])
    return (result.status, result.output, (try? Data(contentsOf: output)) ?? Data())
  }

  @Test("dot renders every DOT export without warnings", arguments: maps)
  func dotAcceptsExports(_ name: String) throws {
    guard Self.requireTool("dot") != nil else { return }
    let map = try Fixtures.load("maps/\(name).journey.json")
    for view in ExportView.allCases {
      let source = DotExporter.export(map, view: view).text
      for format in ["svg", "canon"] {
        let (status, messages, output) = try Self.dot(source, format: format)
        #expect(status == 0, "\(name) \(view) -T\(format): \(messages)")
        #expect(messages.isEmpty, "\(name) \(view) -T\(format) warned: \(messages)")
        #expect(!output.isEmpty)
      }
      let svg = String(decoding: try Self.dot(source, format: "svg").2, as: UTF8.self)
      for step in map.steps.prefix(3) where !step.title.isEmpty {
        #expect(svg.contains(String(step.title.prefix(8)).replacingOccurrences(of: "'", with: "&#39;")), "\(step.title) not in the SVG")
      }
    }
  }

  // MARK: pandoc

  /// How many slides a deck has: one per `##` heading (the deck has no other slide breaks,
  /// and no slide of a heading alone: DeckTests).
  static func expectedSlides(_ markdown: String) -> Int {
    markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.count
  }

  /// Converts with pandoc; returns the number of pptx slides (each checked for text) and of
  /// reveal.js slides.
  static func pandocSlides(_ markdown: String) throws -> (pptx: Int, revealjs: Int, html: String)? {
    guard let pandoc = requireTool("pandoc"), let python = ExternalProgram.find("python3") else { return nil }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-pandoc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let deck = dir.appendingPathComponent("deck.md")
    try Data(markdown.utf8).write(to: deck)
    let pptx = ExternalProgram.run(pandoc, [deck.path, "-o", dir.appendingPathComponent("deck.pptx").path])
    #expect(pptx.status == 0, "pandoc pptx: \(pptx.output)")
    let reveal = ExternalProgram.run(pandoc, ["-s", "-t", "revealjs", deck.path, "-o", dir.appendingPathComponent("deck.html").path])
    #expect(reveal.status == 0, "pandoc revealjs: \(reveal.output)")
    let count = ExternalProgram.run(python, [
      "-c",
      """
      import re, sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      slides = [n for n in z.namelist() if re.match(r'ppt/slides/slide\\d+\\.xml$', n)]
      empty = [n for n in slides if '<a:t>' not in z.read(n).decode('utf-8')]
      print(len(slides), len(empty))
      """,
      dir.appendingPathComponent("deck.pptx").path,
    ])
    let numbers = count.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    guard numbers.count == 2 else {
      Issue.record("could not count slides: \(count.output)")
      return nil
    }
    #expect(numbers[1] == 0, "\(numbers[1]) pptx slides without any text")
    let html = try String(contentsOf: dir.appendingPathComponent("deck.html"), encoding: .utf8)
    let revealSlides = html.components(separatedBy: "slide level").count - 1
    return (numbers[0], revealSlides, html)
  }

  @Test("pandoc makes the expected number of slides", arguments: maps)
  func pandocDecks(_ name: String) throws {
    let map = try Fixtures.load("maps/\(name).journey.json")
    let markdown = MarkdownExporter.export(map, sourceName: name).text
    guard let (pptx, revealjs, html) = try Self.pandocSlides(markdown) else { return }
    #expect(pptx == Self.expectedSlides(markdown))
    #expect(revealjs == Self.expectedSlides(markdown))
    #expect(html.contains(map.steps[0].title))
  }

  @Test func aDeckSplitsLongStagesAndTables() throws {
    var map = try Fixtures.load("maps/onboarding.journey.json")
    var ids = IDGenerator(seed: 5)
    for n in 0..<10 { map.steps.append(Step(id: ids.make(.step), stage: map.stages[0].id, title: "Extra \(n)", thoughts: ["A thought"])) }
    let markdown = MarkdownExporter.export(map).text
    // Twelve short steps, three side by side: four experience slides for the stage.
    #expect(markdown.contains("## Sign (1/4)"))
    #expect(markdown.contains("## Sign (4/4)"))
    #expect(markdown.contains("|  | 10. Extra 7 | 11. Extra 8 | 12. Extra 9 |\n"))
    // Only steps with something to fix are in the problems and ideas.
    #expect(markdown.contains("## Sign: problems and ideas\n\n|  | 1. Signs the contract | 2. Waits to hear what happens next |\n"))
    // A step with a lot of problems and ideas gets its slide to itself.
    let plain = MarkdownExporter.export(try Fixtures.load("maps/onboarding.journey.json")).text
    #expect(plain.contains("|  | 6. Imports staff and shifts from spreadsheets |\n"))
    // Twenty-one steps at a glance, eight a slide at most.
    #expect(markdown.contains("## The journey at a glance (3/3)"))
    // No slide rules after the front matter: pandoc would turn them into empty slides.
    #expect(markdown.split(separator: "\n").filter { $0 == "---" }.count == 2)
  }

  // MARK: Hostile text

  static let nasty = [
    "quote \" and 'single'", "back\\slash \\n", "pipe | pipe || end", "<script>alert(1)</script> & &amp;", "colon: hash # semi; done",
    "new\nline\r\nand\ttab", "emoji 😀👩‍👩‍👧🇯🇵", "漢字と日本語のテキスト", "مرحبا بالعالم שלום", "*bold* _em_ `code` [link](x) ![img](y)",
    "# heading", "- list", "1. numbered", "> quote", "{curly} ~tilde~ ^sup^ @cite $math$", "end", "title Sneaky", "section Sneaky",
    "%% comment", "\u{1B}[31mred\u{7}", "",
  ]

  static var hostileMap: JourneyMap {
    var ids = IDGenerator(seed: 11)
    var map = JourneyMap(id: ids.make(.map), title: "Hostile | map: # ; <x> \"q\" \\ 😀 漢字", persona: Persona(name: "Ana, \"the\" tester; #1", goal: "a|b"))
    map.stakeholders = nasty.filter { !$0.isEmpty }
    map.touchpoints = [Touchpoint(id: ids.make(.touchpoint), channel: "we|b", name: "Site <1> & \"2\"")]
    let long = String(repeating: "long text with | pipes and <tags> ", count: 60)  // ~2,000 characters
    for (s, name) in ["Stage | one", "# Two: three; four", "<b>Five</b>"].enumerated() {
      let stage = Stage(id: ids.make(.stage), name: name)
      map.stages.append(stage)
      for (n, text) in nasty.enumerated() where n % 3 == s {
        var step = Step(id: ids.make(.step), stage: stage.id, title: text, description: long)
        step.thoughts = [text, long].filter { !$0.isEmpty }
        step.feeling = Feeling(score: n % 5 - 2, word: text)
        step.touchpoints = [map.touchpoints[0].id]
        if n % 4 == 0 { step.momentOfTruth = MomentOfTruth(reason: text) }
        let pain = PainPoint(id: ids.make(.painPoint), text: text.isEmpty ? "empty" : text)
        step.painPoints = [pain]
        step.opportunities = [Opportunity(id: ids.make(.opportunity), text: long, owner: text, addresses: [pain.id])]
        step.metrics = [Metric(name: text.isEmpty ? "m" : text, value: text)]
        map.steps.append(step)
      }
    }
    map.processes = ProcessLane.allCases.enumerated().map { i, lane in
      BackstageProcess(
        id: ids.make(.process), lane: lane, title: nasty[i * 3 + 1], owner: nasty[i + 2], system: long,
        steps: [map.steps[i].id, map.steps[i + 3].id])
    }
    return map
  }

  @Test func hostileTextKeepsEveryFormatValid() throws {
    let map = Self.hostileMap
    #expect(MapValidator.validate(map).isEmpty)
    // Markdown: every table row has exactly its columns (no unescaped pipe), no raw HTML.
    let markdown = MarkdownExporter.export(map).text
    var columns: Int? = nil
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      var cells = 0
      var escaped = false
      for c in line {
        if escaped { escaped = false; continue }
        if c == "\\" { escaped = true } else if c == "|" { cells += 1 }
      }
      if let columns { #expect(cells == columns, "row has \(cells - 1) cells: \(line.prefix(80))") } else { columns = cells }
    }
    #expect(!markdown.contains("<script>"))
    #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    if let (pptx, revealjs, shown) = try Self.pandocSlides(markdown) {
      #expect(pptx == Self.expectedSlides(markdown))
      #expect(revealjs == Self.expectedSlides(markdown))
      // Long words on slides carry invisible break opportunities (U+200B).
      let html = shown.replacingOccurrences(of: "\u{200B}", with: "")
      #expect(html.contains("pipe | pipe || end"))
      #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      #expect(html.contains("漢字と日本語のテキスト") && html.contains("مرحبا بالعالم"))
    }
    // DOT: both views render, and the text is in the picture.
    if Self.requireTool("dot") != nil {
      for view in ExportView.allCases {
        let (status, messages, svg) = try Self.dot(DotExporter.export(map, view: view).text, format: "svg")
        #expect(status == 0, "\(view): \(messages)")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("漢字と日本語のテキスト"), "\(view)")
        #expect(text.contains("&lt;script&gt;"), "\(view)")
      }
    }
    // Mermaid: every line obeys the journey grammar.
    let mermaid = MermaidExporter.export(map, view: .journey).text
    for problem in Self.journeyGrammarProblems(mermaid) { Issue.record(Comment(rawValue: problem)) }
    #expect(mermaid.contains("#35;") && mermaid.contains("#58;") && mermaid.contains("#59;"))
    let flowchart = MermaidExporter.export(map, view: .blueprint).text
    #expect(!flowchart.contains("<script>"))
    for line in flowchart.split(separator: "\n") where line.contains("[\"") {
      // Inside a quoted label nothing may close the quote or start an entity by accident.
      let label = line.drop { $0 != "\"" }.dropFirst().dropLast(2)
      #expect(!label.contains("\""), "\(line)")
    }
  }

  /// The rules of Mermaid's journey lexer (journey.jison): `#` starts a comment; titles hold no
  /// `#` or `;`; sections and task names no `#`, `:` or `;`; task data is `: score: actors` with
  /// the score an integer 1–5.
  static func journeyGrammarProblems(_ text: String) -> [String] {
    var problems: [String] = []
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    guard lines.first == "journey" else { return ["does not start with journey"] }
    for line in lines.dropFirst() {
      // Entity codes (#35;) are replaced before parsing, so they are safe anywhere.
      let decoded = line.replacingOccurrences(of: #"#\w+;"#, with: "E", options: .regularExpression)
      if decoded.contains("#") || decoded.contains(";") { problems.append("raw # or ; in: \(line)") }
      if line.lowercased().hasPrefix("title ") { continue }
      if line.lowercased().hasPrefix("section ") {
        if decoded.contains(":") { problems.append("colon in section: \(line)") }
        continue
      }
      let parts = decoded.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 3, let score = Int(parts[1].trimmingCharacters(in: .whitespaces)), (1...5).contains(score) else {
        problems.append("bad task: \(line)")
        continue
      }
      if parts[2].trimmingCharacters(in: .whitespaces).isEmpty { problems.append("no actors: \(line)") }
      // What Mermaid's lexer reads as a keyword: `journey` with no word boundary, the others as words.
      if line.range(of: #"^(?i)(journey|(title|section)([ \t]|$)|acc(title|descr)[ \t]*[:{])"#, options: .regularExpression) != nil {
        problems.append("task reads as a keyword: \(line)")
      }
    }
    return problems
  }

  @Test func mermaidJourneyUsesFeelingPlusThreeAndActors() throws {
    let map = try Fixtures.load("maps/support-call.journey.json")
    let text = MermaidExporter.export(map, view: .journey).text
    #expect(Self.journeyGrammarProblems(text).isEmpty)
    #expect(text.contains("      Opens the monthly invoice: 2: Priya Shah#44; owner of a three-person design studio\n"))
    #expect(text.contains("★ Explains the problem to an agent: 2: Priya Shah#44; owner of a three-person design studio, Support agents"))
  }

  @Test func defaultExportPathsSitNextToTheMap() {
    #expect(Exporter.defaultPath(forMap: "maps/a.journey.json", format: .markdown, view: .journey) == "maps/a.md")
    #expect(Exporter.defaultPath(forMap: "a.journey.json", format: .svg, view: .blueprint) == "a.blueprint.svg")
    #expect(ExportFormat(inferringFrom: "out/deck.md") == .markdown)
    #expect(ExportFormat(inferringFrom: "pic.PNG") == .png)
    #expect(ExportFormat(inferringFrom: "dir.d/file") == nil)
  }
}
