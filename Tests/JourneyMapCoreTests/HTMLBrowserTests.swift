import Foundation
@testable import JourneyMapCore
import Testing

/// The HTML page of every example map (and of one stage, and of the attacker's map) opened in
/// headless Chromium, as a team would open it: no console error, no request beyond the file
/// itself, nothing wider than the window, readable contrast; printed to PDF on A4 and Letter
/// (landscape), one page per stage grid with every step's text in it. The browser starts once
/// for the whole suite.
@Suite("HTML page in a real browser")
struct HTMLBrowserTests {
  /// What a test looks at: a map, its page, and what the browser made of it.
  struct Case: Sendable {
    let name: String
    let map: JourneyMap
    let html: String
    let screenshot: String
    let pdfs: [String: String]
  }

  /// Screenshots and PDFs stay here after the run, to be looked at.
  static let artifacts = Fixtures.url(".build/browser-tests/html")

  static let cases: [Case] = {
    try? FileManager.default.removeItem(at: artifacts)
    try? FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
    var maps: [(String, JourneyMap)] = ExportTests.maps.compactMap { name in
      (try? Fixtures.load("maps/\(name).journey.json")).map { (name, $0) }
    }
    if let support = maps.first?.1, let stage = try? support.stage(matching: "Call support") {
      maps.append(("support-call-stage", support.restricted(toStage: stage.id)))
    }
    // A stage of eleven steps prints in two parts, six and five; the first part, with the two
    // full steps of the example, is longer than a page.
    if var long = try? Fixtures.load("maps/onboarding.journey.json") {
      var ids = IDGenerator(seed: 3)
      for n in 1...9 {
        long.steps.append(Step(id: ids.make(.step), stage: long.stages[0].id, title: "Follow-up \(n)", thoughts: ["Thought \(n)"], feeling: Feeling(score: n % 5 - 2)))
      }
      maps.append(("long-stage", long))
    }
    if let hostile = try? HostileExportTests.hostile() { maps.append(("hostile", hostile)) }
    return maps.map { name, map in
      let html = artifacts.appendingPathComponent("\(name).html").path
      try? Data(HTMLExporter.export(map, sourceName: name + ".journey.json").text.utf8).write(to: URL(fileURLWithPath: html))
      let base = artifacts.appendingPathComponent(name).path
      // The attacker's page is only loaded: a hundred pages of 2,000-character cells say nothing more.
      let pdfs = name == "hostile" ? [:] : ["a4": base + ".a4.pdf", "letter": base + ".letter.pdf"]
      return Case(name: name, map: map, html: html, screenshot: base + ".png", pdfs: pdfs)
    }
  }()

  /// Facts about the page, measured in it: how wide it is, what it runs and shows, and every
  /// piece of text whose colour has less than 4.5:1 contrast with the background behind it.
  static let measure = """
    (() => {
      const parse = c => { const m = /rgba?\\(([^)]+)\\)/.exec(c || ''); if (!m) return null;
        const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
      const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
      const behind = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
      const failures = []; const seen = new Set(); let checked = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode, el = node.parentElement;
        if (!node.textContent.trim() || seen.has(el) || el.closest('title')) continue;
        seen.add(el);
        const style = getComputedStyle(el);
        const fg = parse(el instanceof SVGElement ? style.fill : style.color);
        if (!fg) continue;
        const a = lum(fg), b = lum(behind(el));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        checked++;
        if (ratio < 4.5) failures.push(ratio.toFixed(2) + ' ' + el.tagName + ': ' + node.textContent.trim().slice(0, 50));
      }
      return JSON.stringify({ checked, failures, width: document.documentElement.scrollWidth,
        scripts: document.scripts.length, images: document.images.length, title: document.title,
        heading: document.querySelector('h1').textContent, grids: document.querySelectorAll('table.grid').length });
    })()
    """

  static let run: Browser.Outcome = {
    guard PDFText.tools != nil else { return .missing("pdfinfo and pdftotext (apt-get install poppler-utils)") }
    let jobs = cases.map { c in
      Browser.Job(
        url: URL(fileURLWithPath: c.html).absoluteString, viewport: [1280, 800], evaluate: measure, screenshot: c.screenshot,
        pdfs: c.pdfs.sorted { $0.key < $1.key }.map { Browser.Job.PDF(path: $0.value, paper: $0.key) })
    }
    return Browser.run(jobs)
  }()

  struct Measures: Decodable {
    var checked: Int
    var failures: [String]
    var width: Int
    var scripts: Int
    var images: Int
    var title: String
    var heading: String
    var grids: Int
  }

  static func results(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [(Case, Browser.Page, Measures)]? {
    guard let pages = Browser.pages(run, sourceLocation: sourceLocation) else { return nil }
    return zip(cases, pages).compactMap { c, page in
      guard let value = page.value, let measures = try? JSONDecoder().decode(Measures.self, from: Data(value.utf8)) else {
        Issue.record("\(c.name): no measures (\(page.value ?? "nil"))", sourceLocation: sourceLocation)
        return nil
      }
      return (c, page, measures)
    }
  }

  @Test func noConsoleErrorAndNoRequestBeyondTheFile() throws {
    guard let results = Self.results() else { return }
    for (c, page, measures) in results {
      #expect(page.errors.isEmpty, "\(c.name): \(page.errors)")
      #expect(page.requests == [URL(fileURLWithPath: c.html).absoluteString], "\(c.name) asked for \(page.requests)")
      #expect(measures.scripts == 0 && measures.images == 0, "\(c.name)")
    }
  }

  @Test func fitsA1280PixelWindowWithReadableContrast() throws {
    guard let results = Self.results() else { return }
    for (c, _, measures) in results {
      #expect(measures.width <= 1280, "\(c.name) is \(measures.width) px wide")
      #expect(measures.checked > 50, "\(c.name): only \(measures.checked) texts measured")
      #expect(measures.failures.isEmpty, "\(c.name): \(measures.failures)")
      let png = try Data(contentsOf: URL(fileURLWithPath: c.screenshot))
      #expect(Browser.pngSize(png).map { $0 == (1280, 800) } == true, "\(c.name): screenshot \(String(describing: Browser.pngSize(png)))")
    }
  }

  /// The attacker's title is the page's title and heading, as text; nothing of it runs.
  @Test func theAttackersMapIsShownNotRun() throws {
    guard let results = Self.results() else { return }
    let (c, _, measures) = try #require(results.first(where: { $0.0.name == "hostile" }), "the hostile case was made")
    let title = ExportText.clean(c.map.title)
    #expect(measures.title == "Journey map: " + title)
    #expect(measures.heading == title)
    #expect(title.contains("<script>alert("))
    guard let python = Fixtures.requireTool("python3") else { return }
    let audit = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/audit-markup.py").path, "--page", HostileExportTests.marker, c.html])
    #expect(audit.status == 0, "\(audit.output)")
  }

  /// How many pages a printed map has: the overview, a page per stage grid (a stage of more
  /// than six steps in parts), the action list, the blueprint's processes.
  static func expectedPages(_ map: JourneyMap) -> Int {
    let grids = map.stages.reduce(0) { total, stage in
      let steps = map.steps.filter { $0.stage == stage.id }.count
      return total + max(1, (steps + HTMLExporter.stepsPerTable - 1) / HTMLExporter.stepsPerTable)
    }
    return 1 + grids + 2
  }

  /// Every piece of text a step has, as the page shows it.
  static func texts(of step: Step, in map: JourneyMap) -> [String] {
    var texts = [step.title, step.description, step.notes, step.feeling?.word ?? "", step.momentOfTruth?.reason ?? ""]
    texts += step.thoughts + step.painPoints.map(\.text) + step.opportunities.flatMap { [$0.text, $0.owner] }
    texts += step.metrics.flatMap { [$0.name, $0.value] }
    texts += map.touchpoints.filter { step.touchpoints.contains($0.id) }.map(\.name)
    return texts.map(ExportText.clean).filter { !$0.isEmpty }
  }

  /// A grid longer than a page goes on over the next with its step headers repeated.
  @Test func aLongGridRepeatsItsHeaders() throws {
    guard let results = Self.results() else { return }
    let (c, _, _) = try #require(results.first(where: { $0.0.name == "long-stage" }), "the long-stage case was made")
    for (paper, pdf) in c.pdfs {
      let pages = PDFText.pageCount(pdf) ?? 0
      #expect(pages == Self.expectedPages(c.map) + 1, "\(paper): \(pages) pages")
      // Page 2 is the first part of the stage; page 3 its continuation, headers first.
      #expect(PDFText.text(pdf, page: 2).hasPrefix("Sign (1/2) stage 1 of 5 Step 1. Signs the contract"))
      #expect(PDFText.text(pdf, page: 3).hasPrefix("Step 1. Signs the contract 2. Waits to hear what happens next"), "\(paper)")
      #expect(PDFText.text(pdf, page: 4).hasPrefix("Sign (2/2) stage 1 of 5 Step 7. Follow-up 5"), "\(paper)")
    }
  }

  @Test func printsAPagePerStageWithEveryStepsText() throws {
    guard let results = Self.results() else { return }
    for (c, _, measures) in results where !c.pdfs.isEmpty && c.name != "long-stage" {
      for (paper, pdf) in c.pdfs.sorted(by: { $0.key < $1.key }) {
        let pages = PDFText.pageCount(pdf)
        #expect(pages == Self.expectedPages(c.map), "\(c.name) on \(paper): \(String(describing: pages)) pages")
        #expect(measures.grids == Self.expectedPages(c.map) - 3)
        let all = PDFText.text(pdf)
        for step in c.map.steps {
          for text in Self.texts(of: step, in: c.map) { #expect(all.contains(text), "\(c.name) on \(paper): \(text) not in the PDF") }
        }
        // Page 1 is the overview; each stage (or part of one) has a page of its own, starting
        // with its name, holding its steps.
        #expect(PDFText.text(pdf, page: 1).contains("The journey at a glance"))
        var number = 2
        for stage in c.map.stages {
          let steps = c.map.steps.filter { $0.stage == stage.id }
          for part in HTMLExporter.parts(Array(steps.indices)) {
            let page = PDFText.text(pdf, page: number)
            #expect(page.hasPrefix(ExportText.clean(stage.name)), "\(c.name) on \(paper): page \(number) starts \(page.prefix(60))")
            for step in part.map({ steps[$0] }) {
              #expect(page.contains(ExportText.clean(step.title)), "\(c.name): \(step.title) not on page \(number)")
            }
            number += 1
          }
        }
        #expect(PDFText.text(pdf, page: number).hasPrefix("Action list"), "\(c.name) on \(paper)")
      }
    }
  }
}
