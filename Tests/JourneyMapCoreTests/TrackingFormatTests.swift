import Foundation
@testable import JourneyMapCore
import Testing

/// The opportunity's tracking fields in the file: read by both readers alike, written in the
/// documented order, absent for an untracked idea, validated, and described by the schema.
@Suite("Tracking fields in the format")
struct TrackingFormatTests {
  static let fixture = "Tests/Fixtures/maps/tracked.journey.json"

  @Test func everyFieldLoadsAndWritesBackByteForByte() throws {
    let bytes = try Fixtures.bytes(Self.fixture)
    let map = try Fixtures.load(Self.fixture)
    let opportunities = map.steps[0].opportunities
    #expect(opportunities.map(\.status) == [.idea, .planned, .doing, .done, .dropped])
    let planned = opportunities[1]
    #expect(planned.impact == .high && planned.effort == .medium)
    #expect(planned.due == "2025-06-30" && planned.link == "https://tracker.example/browse/WEB-12")
    #expect(opportunities[0].impact == nil && opportunities[0].effort == nil && opportunities[0].due.isEmpty)
    #expect(opportunities[4].extensions["x-why"] == .string("Nobody asked for it"))
    #expect(MapEncoder.encode(map) == bytes)
    // The fast reader reads it itself, and agrees with the locating decoder.
    #expect(MapReader.read(bytes) == MapLoader.loadLocatingProblems(bytes).validMap)
  }

  @Test func fieldsAreWrittenInTheDocumentedOrder() throws {
    let o = Opportunity(
      id: "op_a", text: "T", owner: "O", addresses: ["pp_a"], status: .doing, impact: .low, effort: .high, due: "2025-01-31",
      link: "https://x.example/1", extensions: Extensions([JSONMember(key: "x-a", value: .bool(true))]))
    var w = CanonicalJSONWriter()
    w.opportunity(o)
    let keys = String(decoding: w.finish(), as: UTF8.self).split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.first == "\"", trimmed.contains("\": ") else { return nil }
      return String(trimmed.dropFirst().prefix { $0 != "\"" })
    }
    #expect(keys == ["id", "text", "owner", "status", "impact", "effort", "due", "link", "addresses", "x-a"])
  }

  @Test func anUntrackedIdeaWritesNothingNew() throws {
    let o = Opportunity(id: "op_a", text: "T")
    var w = CanonicalJSONWriter()
    w.opportunity(o)
    #expect(String(decoding: w.finish(), as: UTF8.self) == "{\n  \"id\": \"op_a\",\n  \"text\": \"T\"\n}\n")
  }

  @Test func anExplicitIdeaReadsAsIdeaAndIsNotCanonical() throws {
    let json = """
      {"format": "journeymap", "formatVersion": 1, "id": "jm_a", "title": "T", "state": "current",
       "stages": [{"id": "stg_a", "name": "A"}],
       "steps": [{"id": "stp_a", "stage": "stg_a", "opportunities": [{"id": "op_a", "text": "T", "status": "idea"}]}]}
      """
    let bytes = Array(json.utf8)
    let map = try #require(MapLoader.load(bytes).validMap)
    #expect(map.steps[0].opportunities[0].status == .idea)
    #expect(!String(decoding: MapEncoder.encode(map), as: UTF8.self).contains("status"))
    #expect(MapReader.read(bytes) == map)
  }

  @Test("calendar dates", arguments: [
    ("2024-02-29", true), ("2023-02-29", false), ("2000-02-29", true), ("1900-02-29", false), ("2025-04-31", false),
    ("2025-12-31", true), ("2025-13-01", false), ("2025-00-10", false), ("0000-01-01", false), ("2025-1-01", false),
    ("2025/01/01", false), ("２０２５-01-01", false), ("2025-01-01T00:00", false), ("", false),
  ])
  func isoDates(_ text: String, _ valid: Bool) {
    #expect(TrackingText.isISODate(text) == valid, "\(text)")
  }

  @Test("links", arguments: [
    ("https://tracker.example/CX-1", true), ("http://intranet/plan", true), ("HTTPS://X.EXAMPLE", true),
    ("javascript:alert(1)", false), ("data:text/html,x", false), ("file:///etc/passwd", false), ("https://", false),
    ("https:///path", false), ("https://a b", false), ("https://a\u{1B}]52;c;x\u{7}", false), ("https://a\u{85}b", false),
    ("//x.example", false), ("tracker.example", false), ("https://a\u{A0}b", false), ("https://a\u{3000}b", false),
    ("https://a\u{2028}b", false), ("HtTp://x.example/é", true), ("https://例え.jp/パス", true), ("https://?q", false),
    ("https:/\u{0F}x.example", false), ("https\u{1A}//x.example", false), ("ｈttps://x.example", false),
    ("https:///\u{301}x", false),
  ])
  func links(_ text: String, _ valid: Bool) {
    #expect(TrackingText.isLink(text) == valid, "\(text)")
  }

  @Test func statusesAndLevelsCycle() {
    #expect(OpportunityStatus.allCases.map(\.next) == [.planned, .doing, .done, .dropped, .idea])
    #expect([nil, .low, .medium, .high].map(Level.cycle) == [.low, .medium, .high, nil])
    #expect(OpportunityStatus.idea < .done && Level.low < .high)
    #expect(Opportunity(id: "op_a", text: "T", status: .doing).isOpen)
    #expect(!Opportunity(id: "op_a", text: "T", status: .dropped).isOpen)
  }

  /// The schema says what the validator says about tracking and the lint settings.
  @Test func theSchemaDescribesTrackingAndLintSettings() throws {
    guard let python = ExternalProgram.find("python3"), ExternalProgram.run(python, ["-c", "import jsonschema"]).status == 0 else {
      Fixtures.missing("python3 with jsonschema")
      return
    }
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      doc = json.load(open(sys.argv[2]))
      v = jsonschema.Draft202012Validator(schema)
      ok = True
      if not v.is_valid(doc):
          print("rejected the tracked fixture", [e.message for e in v.iter_errors(doc)]); ok = False
      def op(d): return d["steps"][0]["opportunities"][1]
      bad = {
        "status": lambda d: op(d).__setitem__("status", "someday"),
        "impact": lambda d: op(d).__setitem__("impact", "huge"),
        "effort": lambda d: op(d).__setitem__("effort", 3),
        "due": lambda d: op(d).__setitem__("due", "30/06/2025"),
        "link": lambda d: op(d).__setitem__("link", "javascript:alert(1)"),
        "unknown": lambda d: op(d).__setitem__("priority", "p1"),
        "lint-key": lambda d: d.__setitem__("x-lint", {"silence": []}),
        "lint-waive": lambda d: d.__setitem__("x-lint", {"waive": [{"rule": "step-without-feeling", "id": "stp_form"}]}),
      }
      for name, mutate in bad.items():
          copy = json.loads(json.dumps(doc)); mutate(copy)
          if v.is_valid(copy):
              print("accepted", name); ok = False
      copy = json.loads(json.dumps(doc))
      copy["x-lint"] = {"off": ["step-without-touchpoint"], "current": "current.journey.json",
                        "waive": [{"rule": "step-without-feeling", "id": "stp_form", "reason": "Not asked yet"}]}
      if not v.is_valid(copy):
          print("rejected good lint settings"); ok = False
      sys.exit(0 if ok else 1)
      """
    let result = ExternalProgram.run(
      python, ["-c", script, Fixtures.url("schema/journeymap.schema.json").path, Fixtures.url(Self.fixture).path])
    #expect(result.status == 0, "\(result.output)")
  }
}
