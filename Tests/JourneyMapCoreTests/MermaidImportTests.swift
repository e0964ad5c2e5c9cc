import Foundation
import Testing

@testable import JourneyMapCore

/// The Mermaid import over its corpus (`Tests/Fixtures/import/mermaid`): every file's map and
/// messages are golden, byte for byte (`JOURNEYMAP_RECORD=1` rewrites them on purpose); every
/// file that imports comes back from `export --format mermaid` as the same diagram; and the real
/// Mermaid's verdict on every file is compared with journeymap's, so each place where the two
/// disagree is one this test names and docs/import.md explains.
@Suite("Mermaid import")
struct MermaidImportTests {
  static let folder = "Tests/Fixtures/import/mermaid"

  static var corpus: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)) ?? []
    return names.filter { $0.hasSuffix(".mmd") || $0.hasSuffix(".md") }.filter { $0 != "README.md" }.sorted()
  }

  static func base(_ name: String) -> String { String(name[..<name.lastIndex(of: ".")!]) }

  static func run(_ name: String) throws -> ImportResult {
    var ids = IDGenerator(seed: 1)
    return Importer.importMap(try Fixtures.bytes(folder + "/" + name), format: .mermaid, path: name, ids: &ids)
  }

  /// The messages as the command prints them: `FILE:LINE:COLUMN: …`, made safe for a terminal.
  static func printed(_ result: ImportResult, _ name: String) -> String {
    result.messages.map { SafeText.lines($0.formatted(file: name)) + "\n" }.joined()
  }

  @Test func theCorpusCoversEveryConstruct() {
    #expect(Self.corpus.count >= 50, "\(Self.corpus.count) files")
    #expect(Self.corpus.filter { $0.hasPrefix("mermaid-") }.count >= 8, "examples from Mermaid's own documentation and tests")
  }

  @Test(arguments: corpus)
  func goldenMapAndMessages(_ name: String) throws {
    let result = try Self.run(name)
    let base = Self.folder + "/" + Self.base(name)
    try Fixtures.expectGolden(Self.printed(result, name), base + ".messages")
    if name.hasPrefix("broken-") {
      #expect(result.map == nil, "\(name) must not import")
      #expect(!result.errors.isEmpty)
      #expect(!FileManager.default.fileExists(atPath: Fixtures.url(base + ".journey.json").path), "stale golden map for \(name)")
    } else {
      let map = try #require(result.map, "\(name): \(result.errors)")
      #expect(result.errors.isEmpty)
      #expect(MapValidator.validate(map).isEmpty, "\(name) imports as an invalid map")
      try Fixtures.expectGolden(String(decoding: MapEncoder.encode(map), as: UTF8.self), base + ".journey.json")
    }
  }

  /// Import, export as Mermaid, read the export: the same sections (those with tasks, which are
  /// the ones Mermaid draws), the same tasks in order with the same scores and actors. What the
  /// import warned about comes back as it said: no score → neutral 3, the persona named on
  /// every task, tasks before any section in "Untitled stage".
  @Test(arguments: corpus.filter { !$0.hasPrefix("broken-") })
  func importThenExportGivesTheSameDiagram(_ name: String) throws {
    let bytes = try Fixtures.bytes(Self.folder + "/" + name)
    let original = try #require(MermaidImporter.parse(bytes, markdown: name.hasSuffix(".md")).journey)
    let map = try #require(try Self.run(name).map)
    let exported = MermaidExporter.export(map, view: .journey).text
    let (again, messages) = MermaidImporter.parse(Array(exported.utf8), markdown: false)
    let back = try #require(again, "\(name): the export does not read back: \(messages)")
    #expect(messages.isEmpty, "\(name): \(messages)")
    #expect(ExportTests.journeyGrammarProblems(exported).isEmpty, "\(name): \(exported)")
    #expect(back.title == ExportText.clean(map.title))
    let persona = map.persona.name.isEmpty ? "Customer" : ExportText.clean(map.persona.name)
    let expected = original.sections.filter { !$0.tasks.isEmpty }.map { section in
      MermaidJourney.Section(
        name: ExportText.clean(section.name ?? MermaidImporter.untitledStage),
        tasks: section.tasks.map {
          // A name Mermaid would read as a keyword (`Journey planning`, which Mermaid itself
          // rejects) is exported with journeymap's mark in front.
          MermaidJourney.Task(
            name: (MermaidText.readsAsKeyword($0.name) ? "‣ " : "") + ExportText.clean($0.name), score: $0.score ?? 3,
            actors: $0.actors.map(ExportText.clean))
        })
    }
    #expect(back.sections.map(\.name) == expected.map(\.name), "\(name)")
    for (got, want) in zip(back.sections, expected) {
      #expect(got.tasks.map(\.name) == want.tasks.map(\.name), "\(name)")
      #expect(got.tasks.map(\.score) == want.tasks.map(\.score), "\(name)")
      for (g, w) in zip(got.tasks, want.tasks) {
        #expect(Set(g.actors) == Set(w.actors).union([persona]), "\(name): \(g.name)")
      }
    }
  }

  /// The example maps go to Mermaid and back with their stages, steps, feelings, moments of
  /// truth and frontstage owners.
  @Test(arguments: Fixtures.exampleMaps)
  func exampleMapsComeBackFromMermaid(_ path: String) throws {
    let map = try Fixtures.load(path)
    var ids = IDGenerator(seed: 2)
    let text = MermaidExporter.export(map, view: .journey).text
    let result = Importer.importMap(Array(text.utf8), format: .mermaid, path: "export.mmd", ids: &ids)
    let back = try #require(result.map, "\(result.messages)")
    #expect(back.title == map.title)
    #expect(back.persona.name == map.persona.name)
    let stages = map.stages.filter { stage in map.steps.contains { $0.stage == stage.id } }
    #expect(back.stages.map(\.name) == stages.map(\.name))
    let steps = map.stepIndicesInJourneyOrder.map { map.steps[$0] }
    #expect(back.steps.map(\.title) == steps.map { ExportText.stepTitle($0) })
    #expect(back.steps.map { $0.feeling?.score ?? 0 } == steps.map { $0.feeling?.score ?? 0 })
    #expect(back.steps.map { $0.momentOfTruth != nil } == steps.map { $0.momentOfTruth != nil })
    let owners = Set(map.processes.filter { $0.lane == .frontstage && !$0.steps.isEmpty }.map(\.owner).filter { !$0.isEmpty })
    #expect(Set(back.processes.map(\.owner)) == owners)
  }

  /// Where Mermaid 11 (through mermaidx) and journeymap disagree about a corpus file, and why;
  /// docs/import.md lists the same. Every other file, both accept or both reject.
  static let disagreements: [String: String] = [
    // journeymap accepts, Mermaid rejects.
    "task-named-journey.mmd": "Mermaid's lexer reads `journey` at the start of any token as the keyword",
    "semicolons-and-colons.mmd": "a `;` anywhere and a `:` in a section name are Mermaid syntax errors; journeymap keeps them as text",
    "hostile.mmd": "the escape sequences hold `;`, a syntax error in Mermaid",
    "scores.mmd": "Mermaid needs something after a task's colon; journeymap reads nothing as no score",
    "second-title.mmd": "a bare `title` takes Mermaid's next line as the title (here: none, an error); journeymap ignores it",
    "entity-out-of-range.mmd": "Mermaid fails to draw an entity code past U+10FFFF; journeymap reads U+FFFD",
    "journey-upper-case.mmd": "Mermaid's detector wants `journey` in lower case; its grammar takes keywords in any case",
    // Mermaid accepts, journeymap rejects.
    "broken-unclosed-directive.mmd": "Mermaid silently drops everything after an unclosed %%{",
    "broken-invalid-utf8.mmd": "a browser replaces bytes that are not UTF-8; journeymap asks for UTF-8",
  ]

  @Test func mermaidAgreesExceptWhereDocumented() throws {
    guard let python = Fixtures.mermaidPython() else { return }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-verdicts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var files: [String: String] = [:]
    for name in Self.corpus {
      var bytes = try Fixtures.bytes(Self.folder + "/" + name)
      if name.hasSuffix(".md") {
        // Mermaid draws a Markdown file's block: the one journeymap imports, else the first.
        let blocks = MermaidMarkdown.mermaidBlocks(in: bytes)
        if let block = blocks.first(where: { MermaidMarkdown.isJourney(bytes, $0) }) ?? blocks.first {
          bytes = Array(bytes[block.content])
        }
      }
      let file = dir.appendingPathComponent(name + ".mmd").path
      try Data(bytes).write(to: URL(fileURLWithPath: file))
      files[file] = name
    }
    let result = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/mermaid-verdicts.py").path] + files.keys.sorted())
    #expect(result.status == 0, "\(result.output)")
    var seen = 0
    for line in result.output.split(separator: "\n") {
      let words = line.split(separator: " ", maxSplits: 1)
      guard words.count == 2 else { continue }
      let path = String(words[1].split(separator: ":").first ?? "")
      guard let name = files[path] else { continue }
      seen += 1
      let mermaid = words[0] == "journey"
      let ours = try Self.run(name).map != nil
      let reason = Self.disagreements[name]
      if (mermaid == ours) == (reason != nil) {
        Issue.record("\(name): Mermaid \(mermaid ? "accepts" : "rejects"), journeymap \(ours ? "accepts" : "rejects"); documented: \(reason ?? "no")\n\(line)")
      }
    }
    #expect(seen == files.count, "\(result.output)")
  }

  @Test func importedExportsDrawInTheRealMermaid() throws {
    guard let python = Fixtures.mermaidPython() else { return }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-reimport-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var files: [String] = []
    for name in Self.corpus where !name.hasPrefix("broken-") {
      let map = try #require(try Self.run(name).map)
      let file = dir.appendingPathComponent(name + ".mmd").path
      try Data(MermaidExporter.export(map, view: .journey).text.utf8).write(to: URL(fileURLWithPath: file))
      files.append(file)
    }
    let result = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/mermaid-verdicts.py").path] + files)
    for file in files { #expect(result.output.contains("journey \(file)\n"), "\(result.output)") }
  }

  // MARK: Untrusted input

  /// A ten-megabyte task name, title or comment is read in linear time.
  @Test func aTenMegabyteLineIsQuick() throws {
    let huge = String(repeating: "word ", count: 2_000_000)
    let text = "journey\n    title \(huge)\n    section \(huge)\n      \(huge): 3: Me, \(huge)\n    %% \(huge)\n      # \(huge)\n"
    let clock = ContinuousClock()
    var ids = IDGenerator(seed: 1)
    var result: ImportResult?
    let elapsed = clock.measure {
      result = Importer.importMap(Array(text.utf8), format: .mermaid, path: "huge.mmd", ids: &ids)
    }
    #expect(result?.map?.steps.count == 1)
    #expect(elapsed < .seconds(20), "\(elapsed)")
  }

  /// Scaling: ten times the tasks takes about ten times as long, not a hundred.
  @Test func timeGrowsLinearlyWithTheTasks() throws {
    func seconds(_ tasks: Int) -> Double {
      var text = "journey\n    title Many\n"
      for i in 0..<tasks {
        if i % 50 == 0 { text += "    section Stage \(i / 50)\n" }
        text += "      Task #35;\(i) with #amp; some words: \(i % 5 + 1): Me, Helper \(i % 7)\n"
      }
      let bytes = Array(text.utf8)
      var ids = IDGenerator(seed: 1)
      let clock = ContinuousClock()
      return clock.measure { _ = Importer.importMap(bytes, format: .mermaid, path: "many.mmd", ids: &ids) }.seconds
    }
    _ = seconds(1_000)
    let small = seconds(2_000)
    let large = seconds(20_000)
    #expect(large < small * 30, "2,000 tasks: \(small) s, 20,000 tasks: \(large) s")
  }

  @Test func entityCodesDecodeAsABrowserWould() {
    var unknown: [MermaidEntities.Unknown] = []
    let bytes = Array("a#59;b#amp;c#lt;#gt;#9829;#150;#0;#1114112;#nope;#;#x41;<br/>z".utf8)
    let text = MermaidEntities.decode(bytes, from: 0, to: bytes.count, lineBreak: "|", unknown: &unknown)
    #expect(text == "a;b&c<>♥–\u{FFFD}\u{FFFD}&nope;#;&x41;|z")
    #expect(unknown.map(\.code) == ["#0;", "#1114112;", "#nope;", "#x41;"])
  }
}
