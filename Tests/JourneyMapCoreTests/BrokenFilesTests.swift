import Foundation
import JourneyMapCore
import Testing

/// Every file in Tests/Fixtures/broken must load without crashing and report exactly the
/// problems in its `.expected` golden file (the same text `journeymap check` prints).
@Suite("Broken files")
struct BrokenFilesTests {
  static var corpus: [String] {
    let dir = Fixtures.url("Tests/Fixtures/broken").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".journey.json") }.sorted()
  }

  @Test func theCorpusCoversTheRequiredCases() {
    let required = [
      "truncated", "wrong-types", "duplicate-ids", "dangling-references", "invalid-utf8", "nul-byte", "deep-nesting",
      "unknown-key", "newer-version", "empty", "step-in-no-stage", "feeling-out-of-range", "bad-id-pattern",
    ]
    for name in required {
      #expect(Self.corpus.contains(name + ".journey.json"), "missing \(name)")
    }
  }

  @Test("reports the golden problems", arguments: corpus)
  func reportsExpectedProblems(_ name: String) throws {
    let bytes = try Fixtures.bytes("Tests/Fixtures/broken/" + name)
    let result = MapLoader.load(bytes)
    #expect(!result.problems.isEmpty)
    #expect(result.validMap == nil)
    let text = result.problems.map { $0.formatted(file: name) }.joined(separator: "\n") + "\n"
    try Fixtures.expectGolden(text, "Tests/Fixtures/broken/" + name.replacingOccurrences(of: ".journey.json", with: ".expected"))
  }

  @Test func everyProblemHasALineAndColumn() throws {
    for name in Self.corpus {
      let result = MapLoader.load(try Fixtures.bytes("Tests/Fixtures/broken/" + name))
      #expect(result.problems.allSatisfy { $0.location != nil }, "\(name)")
    }
  }

  @Test func newerVersionSaysSoAndNothingElse() throws {
    let result = MapLoader.load(try Fixtures.bytes("Tests/Fixtures/broken/newer-version.journey.json"))
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.message.contains("newer than this journeymap understands") == true)
  }

  @Test func problemsOfATypeErrorAreNotRepeatedByValidation() throws {
    let result = MapLoader.load(try Fixtures.bytes("Tests/Fixtures/broken/wrong-types.journey.json"))
    #expect(!result.problems.contains { $0.message == "the map has no title" })
    #expect(result.problems.contains { $0.message == "expected a string, found a number" && $0.path == JSONPath.root.key("title") })
  }

  @Test func pathsFollowTheFileWhenAMalformedElementIsDropped() throws {
    // steps[0] is a string and is dropped; later problems must still name the file's indices.
    var json = """
      {"format": "journeymap", "formatVersion": 1, "id": "jm_a", "title": "T", "state": "current",
       "stages": [{"id": "stg_a", "name": "A"}],
       "steps": ["junk", {"id": "stp_b", "stage": "stg_missing"}]}
      """
    json += "\n"
    let result = MapLoader.load(Array(json.utf8))
    #expect(result.problems.map(\.description) == [
      "3:12: $.steps[0]: expected an object, found a string",
      "3:45: $.steps[1].stage (stp_b): step is in no stage: stage stg_missing does not exist",
    ])
  }

  @Test func loadingIsLinearInTheNumberOfProblems() throws {
    // 20,000 dangling references must not take quadratic time to locate.
    var steps: [String] = []
    for i in 0..<20_000 { steps.append("{\"id\": \"stp_\(i)\", \"stage\": \"stg_none\"}") }
    let json = "{\"format\": \"journeymap\", \"formatVersion\": 1, \"id\": \"jm_a\", \"title\": \"T\", \"state\": \"current\", \"stages\": [], \"steps\": [\n" + steps.joined(separator: ",\n") + "]}\n"
    let result = MapLoader.load(Array(json.utf8))
    #expect(result.problems.count == 20_000)
    #expect(result.problems.last?.location?.line == 20_001)
  }
}
