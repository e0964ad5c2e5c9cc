import Foundation
import JourneyMapSamples
import Testing

@testable import JourneyMapCore

/// The CSV import over its fixtures (`Tests/Fixtures/import/csv`: journeymap's layout, a
/// spreadsheet with a column per lane, Mural's and Miro's exports, European and Unicode Excel,
/// quoting, formulas, rows that cannot be placed, broken files), each with a golden map and
/// golden messages; and `export --format csv` back to a map.
@Suite("CSV import and export")
struct CSVImportTests {
  static let folder = "Tests/Fixtures/import/csv"

  static var corpus: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)) ?? []
    return names.filter { $0.hasSuffix(".csv") }.sorted()
  }

  static func run(_ name: String) throws -> ImportResult {
    var ids = IDGenerator(seed: 1)
    return Importer.importMap(try Fixtures.bytes(folder + "/" + name), format: .csv, path: name, ids: &ids)
  }

  static func importCSV(_ text: String, seed: UInt64 = 1) -> ImportResult {
    var ids = IDGenerator(seed: seed)
    return Importer.importMap(Array(text.utf8), format: .csv, path: "map.csv", ids: &ids)
  }

  @Test(arguments: corpus)
  func goldenMapAndMessages(_ name: String) throws {
    let result = try Self.run(name)
    let base = Self.folder + "/" + String(name.dropLast(4))
    try Fixtures.expectGolden(MermaidImportTests.printed(result, name), base + ".messages")
    if name.hasPrefix("broken-") {
      #expect(result.map == nil)
      #expect(!result.errors.isEmpty)
    } else {
      let map = try #require(result.map, "\(name): \(result.errors)")
      #expect(MapValidator.validate(map).isEmpty, "\(name) imports as an invalid map")
      try Fixtures.expectGolden(String(decoding: MapEncoder.encode(map), as: UTF8.self), base + ".journey.json")
    }
  }

  // MARK: Nothing is lost

  /// Every note of every fixture lands somewhere in the map: its text is in the map (a row that
  /// cannot be placed goes to "Unsorted notes", a note in an unknown lane to the notes).
  @Test(arguments: corpus.filter { !$0.hasPrefix("broken-") })
  func everyNoteLandsSomewhere(_ name: String) throws {
    let map = try #require(try Self.run(name).map)
    let everything = Self.allText(map).joined(separator: "\u{0}")
    let (bytes, _) = CSVEncoding.utf8(try Fixtures.bytes(Self.folder + "/" + name))
    var log = MessageLog()
    let records = CSVReader.records(bytes, from: 0, separator: CSVReader.separator(of: bytes, from: 0), log: &log)
    let isGrid = name.hasPrefix("miro-grid")
    let header = records[0].fields.map(\.text)
    for record in records.dropFirst() {
      for (i, field) in record.fields.enumerated() where !field.text.isEmpty && i < header.count {
        // Text and lane columns hold notes; the others are places, ids or reported as unread.
        let isNote = isGrid ? i > 0 : CSVColumn.matching(header[i]) == .text || CSVColumn.matching(header[i]) == nil && CSVLane.matching(header[i]) != nil
        let value = CSVText.unguarded(field.text)
        guard isNote, CSVMapBuilder.scoreValue(value) == nil else { continue }
        // A metric's "name: value" in one cell is split in two.
        let found = everything.contains(value.nfc) || value.nfc.components(separatedBy: ": ").allSatisfy { everything.contains($0) }
        #expect(found, "\(name) row \(record.row): \(value) is lost")
      }
    }
  }

  static func allText(_ map: JourneyMap) -> [String] {
    var all = [map.title, map.persona.name, map.persona.goal, map.persona.description, map.scenario, map.notes] + map.stakeholders
    all += map.touchpoints.flatMap { [$0.name, $0.channel] } + map.stages.flatMap { [$0.name, $0.description] }
    for step in map.steps {
      all += [step.title, step.description, step.notes, step.feeling?.word ?? "", step.momentOfTruth?.reason ?? "", step.evidence?.rawValue ?? ""]
      all += step.thoughts
      all += step.painPoints.map(\.text) + step.opportunities.flatMap { [$0.text, $0.owner] } + step.metrics.flatMap { [$0.name, $0.value] }
    }
    all += map.processes.flatMap { [$0.title, $0.owner, $0.system, $0.notes] }
    return all
  }

  // MARK: Round trip

  static var roundTripMaps: [String] { Fixtures.exampleMaps + [HostileExportTests.path, "Tests/Fixtures/maps/ramen-cjk.journey.json"] }

  /// What "unchanged" means for a map that went to a spreadsheet and back: everything equal,
  /// ids included, except `x-` extension keys and `$schema` (a CSV has no place for them), the
  /// order of the flat step list (steps come back in reading order, stage by stage, which is
  /// the only order the format gives them) and the order in which a process lists the steps it
  /// serves (also reading order).
  static func normalised(_ map: JourneyMap) -> JourneyMap {
    var map = map
    map.schema = nil
    map.extensions = Extensions()
    map.persona.extensions = Extensions()
    let order = map.stepIndicesInJourneyOrder
    var position: [String: Int] = [:]
    for (n, i) in order.enumerated() { position[map.steps[i].id] = n }
    map.steps = order.map { map.steps[$0] }
    for i in map.touchpoints.indices { map.touchpoints[i].extensions = Extensions() }
    for i in map.stages.indices { map.stages[i].extensions = Extensions() }
    for i in map.processes.indices {
      map.processes[i].extensions = Extensions()
      map.processes[i].steps.sort { position[$0, default: .max] < position[$1, default: .max] }
    }
    for i in map.steps.indices {
      map.steps[i].extensions = Extensions()
      map.steps[i].feeling?.extensions = Extensions()
      map.steps[i].momentOfTruth?.extensions = Extensions()
      for j in map.steps[i].painPoints.indices { map.steps[i].painPoints[j].extensions = Extensions() }
      for j in map.steps[i].opportunities.indices { map.steps[i].opportunities[j].extensions = Extensions() }
      for j in map.steps[i].metrics.indices { map.steps[i].metrics[j].extensions = Extensions() }
    }
    return map
  }

  static func roundTrip(_ map: JourneyMap) throws -> (back: JourneyMap, messages: [ImportMessage]) {
    let text = CSVExporter.export(map).text
    let result = importCSV(text, seed: 99)
    return (try #require(result.map, "\(result.messages)"), result.messages)
  }

  @Test(arguments: roundTripMaps)
  func mapsComeBackFromASpreadsheetUnchanged(_ path: String) throws {
    let map = try Fixtures.load(path)
    let (back, messages) = try Self.roundTrip(map)
    #expect(messages.isEmpty, "\(messages)")
    #expect(Self.normalised(back) == Self.normalised(map))
    // Byte for byte, once the order the CSV cannot carry is the file's own.
    #expect(MapEncoder.encode(back) == MapEncoder.encode(Self.normalised(map)))
  }

  /// Generated maps with every lane filled, and with awkward text everywhere (emoji, CJK,
  /// right-to-left, combining marks, control characters, quotes, commas, line breaks).
  @Test(arguments: [(UInt64(1), false), (2, true), (3, true), (4, false)])
  func generatedMapsComeBackUnchanged(_ seed: UInt64, _ hostile: Bool) throws {
    var samples = SampleMaps(seed: seed, hostile: hostile)
    let map = samples.map(steps: 40)
    let (back, messages) = try Self.roundTrip(map)
    #expect(messages.isEmpty, "\(messages.prefix(3))")
    #expect(Self.normalised(back) == Self.normalised(map))
  }

  @Test func extensionsAreNamedInAWarning() throws {
    var samples = SampleMaps(seed: 2, hostile: false)
    var map = samples.map(steps: 5)
    map.extensions["x-tool"] = .string("kept only in JSON")
    let export = CSVExporter.export(map)
    #expect(export.warnings.count == 1)
    #expect(export.warnings[0].description.contains("x- extension keys"))
  }

  /// Python's csv module reads journeymap's CSV as the cells journeymap meant, and no cell a
  /// spreadsheet would run starts with a formula character.
  @Test(arguments: roundTripMaps)
  func pythonReadsTheSameCells(_ path: String) throws {
    guard let python = Fixtures.requireTool("python3") else { return }
    let map = try Fixtures.load(path)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("map.csv").path
    try Data(CSVExporter.export(map).text.utf8).write(to: URL(fileURLWithPath: file))
    let script = """
      import csv, json, sys
      with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
          json.dump(list(csv.reader(f)), sys.stdout)
      """
    let result = ExternalProgram.run(python, ["-c", script, file])
    #expect(result.status == 0, "\(result.output)")
    let rows = try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
    #expect(rows == CSVExporter.cells(map))
    let score = CSVColumn.exportOrder.firstIndex(of: .score)!
    for row in rows {
      for (i, cell) in row.enumerated() where i != score {
        #expect(!CSVText.needsGuard(cell) || cell.hasPrefix("'"), "a live formula: \(cell)")
        if let first = cell.unicodeScalars.first { #expect(!"=+-@\t\r".unicodeScalars.contains(first), "\(cell)") }
      }
    }
  }

  // MARK: Formula injection

  static let formulaTexts = [
    "=1+2", "+44 20 7946 0000", "-5% off", "@SUM(A1:A9)", "\t=x", "\r=x", "'=already guarded", "''@twice", "'plain",
    "''", "'", "=", "=HYPERLINK(\"http://evil.example\",\"Click\")", "plain", "a=b",
  ]

  @Test(arguments: formulaTexts)
  func formulaGuardIsUndoneExactly(_ text: String) {
    let guarded = CSVText.guarded(text)
    #expect(CSVText.unguarded(guarded) == text)
    if let first = guarded.unicodeScalars.first { #expect(!"=+-@\t\r".unicodeScalars.contains(first)) }
  }

  @Test func formulasInEveryFieldComeBack() throws {
    var map = JourneyMap(id: "jm_formula", title: "=cmd|' /C calc'!A0", persona: Persona(name: "@persona"))
    map.stages = [Stage(id: "stg_a", name: "+stage", description: "-desc")]
    map.touchpoints = [Touchpoint(id: "tp_a", channel: "=web", name: "@touch")]
    map.steps = [
      Step(
        id: "stp_a", stage: "stg_a", title: "=title", description: "'=quoted", thoughts: Self.formulaTexts,
        feeling: Feeling(score: -2, word: "-sad"), touchpoints: ["tp_a"], momentOfTruth: MomentOfTruth(reason: "@why"),
        painPoints: [PainPoint(id: "pp_a", text: "=pain")], opportunities: [Opportunity(id: "op_a", text: "+idea", owner: "-owner", addresses: ["pp_a"])],
        metrics: [Metric(name: "=m", value: "-3")], notes: "\t=notes")
    ]
    map.processes = [BackstageProcess(id: "pr_a", lane: .support, title: "=process", owner: "@o", system: "+s", notes: "-n", steps: ["stp_a"])]
    let (back, messages) = try Self.roundTrip(map)
    #expect(messages.isEmpty, "\(messages)")
    #expect(back == map)
  }

  // MARK: Reading

  @Test func separatorsAreDetected() {
    #expect(CSVReader.separator(of: Array("a,b;c".utf8), from: 0) == UInt8(ascii: ","))
    #expect(CSVReader.separator(of: Array("a;b;c,d".utf8), from: 0) == UInt8(ascii: ";"))
    #expect(CSVReader.separator(of: Array("a\tb\tc".utf8), from: 0) == 0x09)
    #expect(CSVReader.separator(of: Array("\"a;b;c\",d\nx;y;z".utf8), from: 0) == UInt8(ascii: ","))
  }

  @Test func quotedCellsKeepEverything() {
    var log = MessageLog()
    let text = Array("a,\"b,\"\"c\"\"\r\nd\",e\r\n  f  ,\"  g  \"\rh".utf8)
    let records = CSVReader.records(text, from: 0, separator: UInt8(ascii: ","), log: &log)
    #expect(records.map { $0.fields.map(\.text) } == [["a", "b,\"c\"\r\nd", "e"], ["f", "  g  "], ["h"]])
    #expect(records.map(\.row) == [1, 2, 3])
    #expect(log.entries.isEmpty)
  }

  /// One step per row, a column per lane, and the feeling in a Score column.
  @Test func aScoreColumnBesideLaneColumns() throws {
    let result = Self.importCSV("Stage,Step,Thinking,Pain points,Score\nBook,Picks a date,Which day?,Calendar is slow,-1\n")
    let map = try #require(result.map)
    #expect(result.messages.isEmpty, "\(result.messages)")
    #expect(map.steps.count == 1)
    #expect(map.steps[0].thoughts == ["Which day?"])
    #expect(map.steps[0].painPoints.map(\.text) == ["Calendar is slow"])
    #expect(map.steps[0].feeling?.score == -1)
  }

  // MARK: Untrusted input

  @Test func aTenMegabyteCellIsQuick() throws {
    let huge = String(repeating: "sticky ", count: 1_500_000)
    let text = "Stage,Step,Lane,Text\nA,B,thinking,\"\(huge)\"\nA,B,notes,\(huge)\n\(huge),\(huge),\(huge),x\n"
    let clock = ContinuousClock()
    var result: ImportResult?
    let elapsed = clock.measure { result = Self.importCSV(text) }
    #expect(result?.map != nil)
    #expect(elapsed < .seconds(20), "\(elapsed)")
  }

  @Test func timeGrowsLinearlyWithTheRows() throws {
    func seconds(_ rows: Int) -> Double {
      var text = "Stage,Step,Lane,Text,Owner\n"
      for i in 0..<rows {
        text += "Stage \(i / 400),Step \(i / 4),\(["thinking", "pain point", "opportunity", "touchpoint"][i % 4]),Note \(i) with \"\"quotes\"\",Team \(i % 9)\n"
      }
      let clock = ContinuousClock()
      return clock.measure { _ = Self.importCSV(text) }.seconds
    }
    _ = seconds(2_000)
    let small = seconds(4_000)
    let large = seconds(40_000)
    #expect(large < small * 30, "4,000 rows: \(small) s, 40,000 rows: \(large) s")
  }

  @Test func exportIsLinear() throws {
    func seconds(_ steps: Int) -> Double {
      var samples = SampleMaps(seed: 5)
      let map = samples.map(steps: steps)
      let clock = ContinuousClock()
      return clock.measure { _ = CSVExporter.export(map) }.seconds
    }
    _ = seconds(200)
    let small = seconds(500)
    let large = seconds(5_000)
    #expect(large < small * 30, "500 steps: \(small) s, 5,000 steps: \(large) s")
  }
}

extension Duration {
  var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
