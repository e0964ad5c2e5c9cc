import Foundation
import JourneyMapCore
import Testing

/// An attacker's map (Tests/Fixtures/maps/hostile.journey.json: every text field holds an
/// attack, each carrying the marker `jmx-`) through every export and the real renderers:
/// pandoc to reveal.js and HTML, Graphviz to SVG. Nothing executable or live may come out.
/// (Mermaid, the third renderer, is in MermaidRenderTests.)
@Suite("Hostile map through the real renderers")
struct HostileExportTests {
  static let path = "Tests/Fixtures/maps/hostile.journey.json"
  static let marker = "jmx-"

  static func hostile() throws -> JourneyMap { try Fixtures.load(path) }

  /// What makes a text an attack: markup of some target, an escape sequence, a bidi
  /// override, a line-start marker or keyword, or sheer length.
  static let attackSigns = [
    "<", ">", "%", "\"", "\n", "\r\n", "\t", "\u{1B}", "\u{9B}", "\u{202E}", "`", "---", ":::", "\\", "#", "|", "[", "$", "=", "click", "URL",
  ]
  static let attackStarts = ["end", "title ", "section ", "accTitle", "1. ", "a) ", "(i)", "- ", "> ", "# ", "W", "漢", "😀"]

  static func isAttack(_ text: String) -> Bool {
    attackSigns.contains(where: text.contains) || attackStarts.contains(where: text.hasPrefix) || text.count > 1_000
  }

  /// Every text field of a map, named.
  static func textFields(_ map: JourneyMap) -> [(String, String)] {
    var fields: [(String, String)] = [
      ("title", map.title), ("persona.name", map.persona.name), ("persona.goal", map.persona.goal),
      ("persona.description", map.persona.description), ("scenario", map.scenario), ("notes", map.notes),
    ]
    fields += map.stakeholders.map { ("stakeholder", $0) }
    for t in map.touchpoints { fields += [("\(t.id).channel", t.channel), ("\(t.id).name", t.name)] }
    for s in map.stages { fields += [("\(s.id).name", s.name), ("\(s.id).description", s.description)] }
    for s in map.steps where s.id != "stp_untitled" {
      fields += [("\(s.id).title", s.title), ("\(s.id).description", s.description), ("\(s.id).notes", s.notes)]
      fields += s.thoughts.map { ("\(s.id).thought", $0) }
      fields.append(("\(s.id).feeling.word", s.feeling?.word ?? ""))
      if let moment = s.momentOfTruth { fields.append(("\(s.id).momentOfTruth", moment.reason)) }
      fields += s.painPoints.map { ("\($0.id).text", $0.text) }
      for o in s.opportunities { fields += [("\(o.id).text", o.text), ("\(o.id).owner", o.owner)] }
      for m in s.metrics { fields += [("\(s.id).metric.name", m.name), ("\(s.id).metric.value", m.value)] }
    }
    for p in map.processes {
      fields += [("\(p.id).title", p.title), ("\(p.id).owner", p.owner), ("\(p.id).system", p.system), ("\(p.id).notes", p.notes)]
    }
    return fields
  }

  @Test func everyTextFieldHoldsAnAttack() throws {
    let map = try Self.hostile()
    #expect(MapValidator.validate(map).isEmpty)
    for (name, text) in Self.textFields(map) {
      #expect(Self.isAttack(text), "\(name) holds no attack: \(text.prefix(60))")
    }
    let everything = Self.textFields(map).map(\.1).joined(separator: "\n")
    for attack in [
      "<script>", "</title>", "%%{init", "%%%{init", "click ", "URL=", "image=", "\u{1B}]52;", "\u{1B}]2;", "\u{1B}[", "\u{9B}",
      "\u{202E}", "```", "---", ":::", "onerror=", "javascript:", "#lt;", "<!--", "-->", "\\N",
    ] {
      #expect(everything.contains(attack), "no field holds \(attack.debugDescription)")
    }
    #expect(Self.textFields(map).contains { $0.1.count >= 2_000 }, "no very long text")
  }

  /// Every export kind, as ExportTests names them.
  static func exports(_ map: JourneyMap) -> [(String, String)] {
    ExportTests.kinds.map { ($0.0, ExportTests.export(map, $0, name: "hostile")) }
  }

  @Test func noExportCarriesControlCharactersOrBidiOverrides() throws {
    let map = try Self.hostile()
    for (kind, text) in Self.exports(map) {
      let bad = text.unicodeScalars.filter { s in
        (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
          || (0x2066...0x2069).contains(s.value)
      }
      #expect(bad.isEmpty, "\(kind): \(bad.prefix(5).map { String(format: "U+%04X", $0.value) })")
    }
  }

  // MARK: Markdown through pandoc

  @Test func markdownNeverPassesHTMLThrough() throws {
    let map = try Self.hostile()
    for flavor in MarkdownFlavor.allCases {
      let markdown = MarkdownExporter.export(map, flavor: flavor, sourceName: "hostile.journey.json").text
      // Every `<` and `&` is escaped, except in journeymap's own comment line (and the front
      // matter, escaped twice over: see frontMatterIsEscapedLikeTheBody).
      for line in markdown.split(separator: "\n") where !line.hasPrefix("<!-- journeymap: generated") && !line.hasPrefix("pagetitle: ") {
        var escaped = false
        for c in line {
          if escaped {
            escaped = false
          } else if c == "\\" {
            escaped = true
          } else {
            #expect(c != "<" && c != "&", "\(flavor): raw \(c) in \(line.prefix(100))")
          }
        }
      }
    }
  }

  @Test func frontMatterIsEscapedLikeTheBody() throws {
    var map = try Fixtures.load("maps/support-call.journey.json")
    map.title = "x </title><script>alert(1)</script> \"q\" \\ `c` - - -"
    let deck = MarkdownExporter.export(map).text
    let pagetitle = try #require(deck.split(separator: "\n").first { $0.hasPrefix("pagetitle: ") })
    #expect(pagetitle == #"pagetitle: "Journey map: x \\</title\\>\\<script\\>alert(1)\\</script\\> \"q\" \\\\ \\`c\\` - - -""#)
  }

  @Test func aFileNameCannotCloseTheComment() {
    for name in ["a--->b.journey.json", "a-->b.journey.json", "a----->b.journey.json", "x--!>y.journey.json"] {
      let deck = MarkdownExporter.export(JourneyMap(id: "jm_a", title: "T"), sourceName: name).text
      let comment = deck.split(separator: "\n").first { $0.hasPrefix("<!-- journeymap") } ?? ""
      #expect(comment.components(separatedBy: "--").count == 3, "\(comment)")
    }
  }

  /// A stage description is a paragraph of its own, so it starts a line: no list, fenced div
  /// or rule may open there.
  @Test(arguments: [
    ("1. list", "1\\. list"), ("12) x", "12\\) x"), ("a) fancy", "a\\) fancy"), ("B. x", "B\\. x"), ("iv. x", "iv\\. x"),
    ("(i) roman", "\\(i) roman"), ("::: {.x}", "\\::: \\{.x\\}"), ("- dash", "\\- dash"), ("e.g. this", "e.g. this"),
    ("Mr. Smith", "Mr. Smith"), ("x: y", "x: y"), ("---", "\\---"),
  ])
  func lineStartsCannotOpenBlocks(_ text: String, _ escaped: String) throws {
    var map = try Fixtures.load("maps/support-call.journey.json")
    map.stages[0].description = text
    let lines = MarkdownExporter.export(map, flavor: .gfm).text.split(separator: "\n", omittingEmptySubsequences: false)
    let heading = try #require(lines.firstIndex { $0 == "### Notice the problem" })
    #expect(lines[heading + 2] == escaped)
  }

  /// Runs pandoc on each flavour of the deck, as a user would (reveal.js and HTML from the
  /// slides, GitHub's reading of the document), and audits the HTML.
  @Test func pandocRendersNothingLive() throws {
    guard let pandoc = Fixtures.requireTool("pandoc"), let python = Fixtures.requireTool("python3") else { return }
    let map = try Self.hostile()
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let slides = dir.appendingPathComponent("slides.md")
    let document = dir.appendingPathComponent("document.md")
    // The file name is an attack too: it goes into an HTML comment.
    let name = "a---><img src=x onerror=alert('jmx-name')>.journey.json"
    try Data(MarkdownExporter.export(map, sourceName: name).text.utf8).write(to: slides)
    try Data(MarkdownExporter.export(map, flavor: .gfm, sourceName: name).text.utf8).write(to: document)
    let runs: [(URL, [String], String)] = [
      (slides, ["-s", "-t", "revealjs"], "revealjs.html"), (slides, ["-s", "-t", "html"], "slides.html"),
      (document, ["-f", "gfm", "-s", "-t", "html", "--metadata", "pagetitle=x"], "github.html"),
    ]
    var outputs: [String] = []
    for (input, options, name) in runs {
      let output = dir.appendingPathComponent(name).path
      let result = ExternalProgram.run(pandoc, options + [input.path, "-o", output])
      #expect(result.status == 0, "pandoc \(options): \(result.output)")
      outputs.append(output)
      let html = try String(contentsOfFile: output, encoding: .utf8)
      // The attacks are there, as text.
      #expect(html.contains("&lt;/title&gt;&lt;script&gt;alert("), "\(name)")
      #expect(html.contains("&lt;img src=x onerror="), "\(name)")
      #expect(!html.contains("\u{1B}"), "\(name)")
    }
    let title = try String(contentsOfFile: outputs[0], encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
    #expect(title.contains("<title>Journey map: x &lt;/title&gt;&lt;script&gt;"))
    let audit = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/audit-markup.py").path, Self.marker] + outputs)
    #expect(audit.status == 0, "\(audit.output)")
  }

  // MARK: DOT through Graphviz

  @Test func dotDrawsTheHostileMapWithoutAWord() throws {
    guard Fixtures.requireTool("dot") != nil, let python = Fixtures.requireTool("python3") else { return }
    let map = try Self.hostile()
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for view in ExportView.allCases {
      let source = DotExporter.export(map, view: view, sourceName: "a\"b\\c.journey.json").text
      // Map text lives only inside HTML-like labels: what is left without them and without
      // quoted ids is journeymap's own (no URL, href or image, nothing of the map).
      let skeleton = Self.dotSkeleton(source)
      for word in ["URL", "href", "HREF", "image", "IMAGE", "jmx"] {
        #expect(!skeleton.contains(word), "\(view): \(word) outside labels")
      }
      let (status, messages, svg) = try ExportTests.dot(source, format: "svg")
      #expect(status == 0 && messages.isEmpty, "\(view): dot said \(messages)")
      let file = dir.appendingPathComponent("\(view).svg")
      try svg.write(to: file)
      let text = String(decoding: svg, as: UTF8.self)
      #expect(text.contains("&lt;script&gt;alert("), "\(view)")
      let audit = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/audit-markup.py").path, Self.marker, file.path])
      #expect(audit.status == 0, "\(view): \(audit.output)")
    }
  }

  /// Long text in every fixed-size node: a 2,000-character stage name, step titles of wide
  /// letters, CJK, emoji and one unbroken word.
  @Test(arguments: ["W", "漢", "😀", "m", "%@", "Ж", "x"])
  func longTextFitsFixedNodes(_ unit: String) throws {
    guard Fixtures.requireTool("dot") != nil else { return }
    var map = try Fixtures.load("maps/onboarding.journey.json")
    let long = String(repeating: unit, count: 2_000)
    map.stages[0].name = long
    map.stages[1].name = String(repeating: unit + " ", count: 500)
    for i in map.steps.indices { map.steps[i].title = i % 2 == 0 ? long : String(repeating: unit + unit + " ", count: 300) }
    map.title = long
    map.processes[0].title = long
    for view in ExportView.allCases {
      let (status, messages, _) = try ExportTests.dot(DotExporter.export(map, view: view).text, format: "svg")
      #expect(status == 0 && messages.isEmpty, "\(unit) \(view): \(messages)")
    }
  }

  /// DOT without its comments, quoted strings and HTML-like labels (`<…>`, nested).
  static func dotSkeleton(_ source: String) -> String {
    var out = ""
    var depth = 0
    var inQuote = false
    var escaped = false
    for line in source.split(separator: "\n") where !line.hasPrefix("//") {
      for c in line {
        if inQuote {
          if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inQuote = false }
        } else if c == "<" {
          depth += 1
        } else if c == ">" && depth > 0 {
          depth -= 1
        } else if depth == 0 {
          if c == "\"" { inQuote = true } else { out.append(c) }
        }
      }
      out.append("\n")
    }
    return out
  }

  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }
}
