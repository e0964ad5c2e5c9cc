import Foundation
@testable import JourneyMapCore
import Testing

/// The deck's structure, without a renderer: every slide has a body, every slide's tables fit
/// the budget the renderers were measured against, the slides directory holds exactly the
/// pictures its deck shows, and the pictures are well-formed SVG with nothing live in them.
@Suite("Slide decks")
struct DeckTests {
  static var maps: [String] { Fixtures.exampleMaps + [HostileExportTests.path, "Tests/Fixtures/maps/ramen-cjk.journey.json"] }

  /// The deck's slides: each `##` heading and the lines up to the next.
  static func slides(_ markdown: String) -> [(title: String, body: [Substring])] {
    var slides: [(String, [Substring])] = []
    var inFrontMatter = markdown.hasPrefix("---\n")
    for (n, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if inFrontMatter {
        if n > 0 && line == "---" { inFrontMatter = false }
        continue
      }
      if line.hasPrefix("## ") {
        slides.append((String(line.dropFirst(3)), []))
      } else if !slides.isEmpty {
        slides[slides.count - 1].1.append(line)
      }
      #expect(!line.hasPrefix("# "), "a level-1 heading makes a slide of its own: \(line.prefix(60))")
    }
    return slides
  }

  static func decks(_ map: JourneyMap) -> [(String, String)] {
    [("single", MarkdownExporter.export(map).text), ("directory", SlideDirectory.export(map)[0].text)]
  }

  @Test(arguments: maps)
  func everySlideHasABody(_ path: String) throws {
    let map = try Fixtures.load(path)
    for (kind, deck) in Self.decks(map) {
      let slides = Self.slides(deck)
      #expect(slides.count > 5)
      for slide in slides {
        let body = slide.body.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("<!--") }
        #expect(!body.isEmpty, "\(path) \(kind): \(slide.title.prefix(60)) is a heading alone")
      }
    }
  }

  /// The packing keeps its promise: no table it made is taller than a slide by its own measure
  /// (the browser tests check the measure against reveal.js).
  @Test(arguments: maps)
  func everyTableFitsTheBudget(_ path: String) throws {
    let map = try Fixtures.load(path)
    for slide in Self.slides(MarkdownExporter.export(map).text) {
      let rows = slide.body.filter { $0.hasPrefix("|") && !$0.hasPrefix("|:") && !$0.hasPrefix("|-") }.map(Self.cells)
      guard let header = rows.first else { continue }
      let intro = slide.body.first { !$0.isEmpty && !$0.hasPrefix("|") && !$0.hasPrefix("<!--") }.map(String.init) ?? ""
      let height = SlideBudget.table(header: header, rows: Array(rows.dropFirst()))
        + (intro.isEmpty ? 0 : SlideBudget.paragraphAboveTable(intro))
      // A single row is the least a slide can hold; it was cut to fit.
      if rows.count > 2 { #expect(height <= SlideBudget.lines, "\(path): \(slide.title.prefix(60)) is \(height) lines") }
      #expect(height <= SlideBudget.lines * 1.2, "\(path): \(slide.title.prefix(60)) is \(height) lines")
    }
  }

  /// A table row's cells, escapes kept.
  static func cells(_ line: Substring) -> [String] {
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for c in line.dropFirst() {
      if escaped {
        cell.append(c)
        escaped = false
      } else if c == "\\" {
        cell.append(c)
        escaped = true
      } else if c == "|" {
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        cell = ""
      } else {
        cell.append(c)
      }
    }
    return cells
  }

  @Test(arguments: maps)
  func theDirectoryHoldsThePicturesItsDeckShows(_ path: String) throws {
    let map = try Fixtures.load(path)
    let files = SlideDirectory.export(map, sourceName: "m.journey.json")
    #expect(files[0].name == "slides.md")
    let shown = files[0].text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("!["), let open = line.lastIndex(of: "("), line.hasSuffix(")") else { return nil }
      return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }
    #expect(shown == files.dropFirst().map(\.name))
    #expect(shown.contains { $0.hasPrefix("emotion-curve") } && shown.contains { $0.hasPrefix("blueprint") })
    // Every step is in exactly one blueprint picture, every step in one curve.
    let blueprints = files.filter { $0.name.hasPrefix("blueprint") }.map(\.text)
    // (The attacker's titles start with numbers of their own.)
    for n in 1...map.steps.count where !path.contains("hostile") {
      let holding = blueprints.filter { $0.contains("\">\(n). ") || $0.contains("\">★ \(n). ") }
      #expect(holding.count == 1, "\(path): step \(n) is in \(holding.count) blueprint pictures")
    }
    let curves = files.filter { $0.name.hasPrefix("emotion-curve") }
    let points = curves.reduce(0) { $0 + $1.text.components(separatedBy: "<g><title>").count - 1 }
    #expect(points == map.steps.count)
    // Without a single picture the single-file deck is the same deck.
    #expect(!MarkdownExporter.export(map).text.contains(".svg)"))
  }

  /// Pictures are XML (as every SVG reader needs) and the attacker's text in them is text.
  @Test func picturesAreWellFormedAndInert() throws {
    guard let python = Fixtures.requireTool("python3") else { return }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-pictures-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var files: [String] = []
    for path in Self.maps {
      let base = (path as NSString).lastPathComponent.replacingOccurrences(of: ".journey.json", with: "")
      for file in SlideDirectory.export(try Fixtures.load(path)).dropFirst() {
        let url = dir.appendingPathComponent("\(base)-\(file.name)")
        try Data(file.text.utf8).write(to: url)
        files.append(url.path)
      }
    }
    let parse = ExternalProgram.run(python, ["-c", "import sys, xml.dom.minidom\nfor f in sys.argv[1:]: xml.dom.minidom.parse(f)"] + files)
    #expect(parse.status == 0, "\(parse.output)")
    let hostile = files.filter { $0.contains("/hostile-") }
    #expect(hostile.count >= 3)
    let audit = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/audit-markup.py").path, HostileExportTests.marker] + hostile)
    #expect(audit.status == 0, "\(audit.output)")
    let text = try hostile.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
    #expect(text.contains("&lt;script&gt;"))
  }

  @Test func theSupportCallDirectoryIsGolden() throws {
    let map = try Fixtures.load("maps/support-call.journey.json")
    for file in SlideDirectory.export(map, sourceName: "support-call.journey.json") {
      try Fixtures.expectGolden(file.text, "Tests/Fixtures/exports/support-call.slides/\(file.name)")
    }
  }

  /// Slide text: cut where it must be, escapes never split, bold never left open, long words
  /// breakable, CJK left alone.
  @Test func slideTextKeepsMarkdownWhole() {
    let long = MarkdownExporter.escape(String(repeating: "a|b ", count: 200))
    let fitted = SlideText.fit(long, limit: 50)
    #expect(fitted.hasSuffix("…"))
    #expect(!fitted.contains("\\…") && !fitted.hasSuffix("\\"))
    #expect(SlideText.fit("**unowned** " + String(repeating: "word ", count: 50), limit: 5) == "**unow…**")
    let word = SlideText.fit(String(repeating: "x", count: 50), limit: 100)
    #expect(word.unicodeScalars.filter { $0 == SlideText.breakOpportunity }.count == 2)
    #expect(SlideText.fit("漢字と日本語のテキスト", limit: 100) == "漢字と日本語のテキスト")
    #expect(SlideBudget.lines("漢字と日本語のテキスト", width: 10) == 3)
    #expect(SlideBudget.lines("a b c", width: 10) == 1)
    #expect(SlideBudget.lines(String(repeating: "abcd ", count: 10), width: 10) == 5)
    #expect(SlideBudget.lines(String(repeating: "WWWW ", count: 10), width: 10) == 10)
  }

  /// Text that ``SlideText/fitsAsIs`` lets through unchanged is exactly what the scalar-by-scalar
  /// fit gives back: random ASCII and non-ASCII text, escapes, bold, long words, every limit.
  @Test func theQuickFitAgreesWithTheLongOne() {
    var random = SplitMix64(seed: 7)
    let pieces = ["word", " ", "\\*", "**", "*", "\\", "W", "mm", "x", "漢字", "é", "😀", String(repeating: "y", count: 25), "A"]
    var checked = 0
    for _ in 0..<5_000 {
      let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
      let limit = Double(Int.random(in: 0...240, using: &random)) / 4
      #expect(SlideText.fit(text, limit: limit) == SlideText.fitScalars(text, limit: limit), "\(text.debugDescription) at \(limit)")
      if SlideText.fitsAsIs(text, limit: limit) { checked += 1 }
    }
    // The quick path was taken often enough to mean something.
    #expect(checked > 500)
  }
}
