import Foundation
@testable import JourneyMapCore
import Testing

/// The decks as pandoc's reveal.js shows them, measured in a real browser: every slide of every
/// example map's deck — the single file and the slides directory with its pictures — and of the
/// attacker's map, each slide's content against the slide box (the deck's own 16:9 size, in a
/// 1280×720 window). reveal.js 5.2.0 is served from disk (the sphinx-revealjs wheel that
/// `.ci/run` installs into .build/venv). The browser starts once for the whole suite.
@Suite("Decks in reveal.js in a real browser")
struct DeckBrowserTests {
  struct Deck: Sendable {
    let name: String
    let markdown: String
    let html: String
    let pictures: Bool
  }

  static let artifacts = Fixtures.url(".build/browser-tests/decks")

  /// Each deck's reveal.js page, made by pandoc as the README says; nil when a tool is missing.
  static let decks: Result<[Deck], Missing> = {
    guard let pandoc = ExternalProgram.find("pandoc") else { return .failure(Missing(tool: "pandoc")) }
    guard let reveal = Fixtures.revealJS() else { return .failure(Missing(tool: "reveal.js (pip install sphinx-revealjs==3.2.1 into .build/venv)")) }
    try? FileManager.default.removeItem(at: artifacts)
    var decks: [Deck] = []
    var maps: [(String, JourneyMap)] = ExportTests.maps.compactMap { name in (try? Fixtures.load("maps/\(name).journey.json")).map { (name, $0) } }
    if let hostile = try? HostileExportTests.hostile() { maps.append(("hostile", hostile)) }
    for (name, map) in maps {
      var variants: [(String, [SlideDirectory.File], Bool)] = [
        ("\(name)-single", [SlideDirectory.File(name: "slides.md", text: MarkdownExporter.export(map, sourceName: name).text)], false)
      ]
      if name != "hostile" { variants.append(("\(name)-directory", SlideDirectory.export(map, sourceName: name), true)) }
      for (deck, files, pictures) in variants {
        let dir = artifacts.appendingPathComponent(deck)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for file in files { try? Data(file.text.utf8).write(to: dir.appendingPathComponent(file.name)) }
        let html = dir.appendingPathComponent("slides.html").path
        let result = ExternalProgram.run(
          pandoc, ["-s", "-t", "revealjs", "-V", "revealjs-url=\(reveal.absoluteString)", "slides.md", "-o", html], directory: dir.path)
        if result.status != 0 { return .failure(Missing(tool: "pandoc", failure: "pandoc failed on \(deck): \(result.output)")) }
        decks.append(Deck(name: deck, markdown: files[0].text, html: html, pictures: pictures))
      }
    }
    return .success(decks)
  }()

  /// A tool that is missing (a skip, or a failure under CI), or one that failed (a failure).
  struct Missing: Error {
    let tool: String
    var failure: String? = nil
  }

  /// Every slide shown in turn (its pictures loaded), measured against the configured size.
  static let measure = """
    (async () => {
      const config = Reveal.getConfig();
      const slides = [];
      for (const section of Reveal.getSlides()) {
        const at = Reveal.getIndices(section);
        Reveal.slide(at.h, at.v);
        for (let k = 0; k < 200; k++) {
          if ([...section.querySelectorAll('img')].every(i => i.getAttribute('src') && i.complete)) break;
          await new Promise(r => setTimeout(r, 10));
        }
        const heading = section.querySelector('h1, h2');
        const body = [...section.children].filter(e => e !== heading && (e.textContent.trim().length > 0 || e.querySelector('img')));
        slides.push({ title: heading ? heading.textContent : '', height: section.scrollHeight, width: section.scrollWidth,
          body: body.length, pictures: [...section.querySelectorAll('img')].map(i => i.naturalWidth) });
      }
      return JSON.stringify({ width: config.width, height: config.height, slides });
    })()
    """

  static let run: Browser.Outcome = {
    switch decks {
    case .failure(let missing): return missing.failure.map { .failed($0) } ?? .missing(missing.tool)
    case .success(let decks):
      return Browser.run(decks.map { deck in
        Browser.Job(
          url: URL(fileURLWithPath: deck.html).absoluteString, viewport: [1280, 720],
          ready: "!!document.querySelector('.reveal.ready')", evaluate: measure,
          screenshot: deck.html.replacingOccurrences(of: ".html", with: ".png"))
      })
    }
  }()

  struct Measures: Decodable {
    struct Slide: Decodable {
      var title: String
      var height: Int
      var width: Int
      var body: Int
      var pictures: [Int]
    }
    var width: Int
    var height: Int
    var slides: [Slide]
  }

  static func results(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [(Deck, Browser.Page, Measures)]? {
    guard let pages = Browser.pages(run, sourceLocation: sourceLocation), case .success(let decks) = decks else { return nil }
    return zip(decks, pages).compactMap { deck, page in
      guard let value = page.value, let measures = try? JSONDecoder().decode(Measures.self, from: Data(value.utf8)) else {
        Issue.record("\(deck.name): no measures (\(page.value ?? "nil"); \(page.errors))", sourceLocation: sourceLocation)
        return nil
      }
      return (deck, page, measures)
    }
  }

  /// The `##` headings of a deck: its slides.
  static func headings(_ markdown: String) -> [String] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
  }

  @Test func everySlideFitsTheSlideBox() throws {
    guard let results = Self.results() else { return }
    for (deck, page, measures) in results {
      #expect(page.errors.isEmpty, "\(deck.name): \(page.errors)")
      #expect(measures.width * 9 == measures.height * 16, "\(deck.name): \(measures.width)×\(measures.height) is not 16:9")
      #expect(measures.slides.count == Self.headings(deck.markdown).count, "\(deck.name)")
      for (n, slide) in measures.slides.enumerated() {
        #expect(slide.height <= measures.height, "\(deck.name) slide \(n + 1) \(slide.title): \(slide.height) px tall of \(measures.height)")
        #expect(slide.width <= measures.width, "\(deck.name) slide \(n + 1) \(slide.title): \(slide.width) px wide of \(measures.width)")
      }
    }
  }

  @Test func noSlideIsAHeadingAlone() throws {
    guard let results = Self.results() else { return }
    for (deck, _, measures) in results {
      for (n, slide) in measures.slides.enumerated() { #expect(slide.body > 0, "\(deck.name) slide \(n + 1) \(slide.title) has nothing under its title") }
    }
  }

  /// The slides directory's deck shows its pictures; the single file has none (its curve is
  /// a column of text).
  @Test func picturesAreShown() throws {
    guard let results = Self.results() else { return }
    for (deck, _, measures) in results {
      let pictures = measures.slides.flatMap(\.pictures)
      if deck.pictures {
        #expect(pictures.count >= 2, "\(deck.name): \(pictures.count) pictures")
        #expect(pictures.allSatisfy { $0 > 0 }, "\(deck.name): a picture did not load: \(pictures)")
        #expect(measures.slides.contains { $0.title == "The journey at a glance" && $0.pictures.count == 1 })
      } else {
        #expect(pictures.isEmpty, "\(deck.name)")
      }
    }
  }
}

extension Fixtures {
  /// reveal.js 5.2.0 as the sphinx-revealjs wheel ships it, in the virtual environment `.ci/run`
  /// makes in the build folder (or any python3 that has it).
  static func revealJS() -> URL? {
    let venv = url(".build/venv/bin/python3").path
    let script = "import importlib.util, os; spec = importlib.util.find_spec('sphinx_revealjs'); print(os.path.dirname(spec.origin) if spec else '')"
    for python in [venv, ExternalProgram.find("python3")].compactMap({ $0 }) where FileManager.default.isExecutableFile(atPath: python) {
      let result = ExternalProgram.run(python, ["-c", script])
      let dir = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
      guard result.status == 0, !dir.isEmpty else { continue }
      let reveal = URL(fileURLWithPath: dir).appendingPathComponent("_static/revealjs")
      if FileManager.default.fileExists(atPath: reveal.appendingPathComponent("dist/reveal.js").path) { return reveal }
    }
    return nil
  }
}
