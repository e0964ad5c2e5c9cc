import Foundation
import JourneyMapCore
import JourneyMapSamples
import Testing

@Suite("Round trips")
struct RoundTripTests {
  /// Maps full of emoji, CJK, right-to-left text, combining marks and control characters.
  @Test("parse(write(m)) == m and write(parse(bytes)) == bytes", arguments: 0..<200)
  func randomMapsRoundTrip(_ seed: Int) throws {
    var samples = SampleMaps(seed: UInt64(seed), hostile: seed % 2 == 0)
    let map = samples.map(steps: 1 + seed % 23, stepsPerStage: 1 + seed % 5)
    let bytes = MapEncoder.encode(map)
    let result = MapLoader.load(bytes)
    #expect(result.problems.isEmpty, "\(result.problems.prefix(3).map(\.description))")
    let parsed = try #require(result.map)
    #expect(parsed == map)
    #expect(MapEncoder.encode(parsed) == bytes)
  }

  @Test func textIsNormalisedToNFCOnLoadAndWrite() throws {
    var map = JourneyMap(id: "jm_a", title: "Cafe\u{301}", stages: [Stage(id: "stg_a", name: "A")])
    map.steps = [Step(id: "stp_a", stage: "stg_a", thoughts: ["A\u{30A}ngstro\u{308}m"])]
    let bytes = MapEncoder.encode(map)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"title\": \"Caf\u{E9}\""))
    #expect(text.contains("\u{C5}ngstr\u{F6}m"))
    let loaded = try #require(MapLoader.load(bytes).validMap)
    #expect(loaded.title.unicodeScalars.count == 4)
  }

  @Test func decomposedTextInAFileIsNotCanonical() throws {
    let json = "{\"format\": \"journeymap\", \"formatVersion\": 1, \"id\": \"jm_a\", \"title\": \"Cafe\u{301}\", \"state\": \"current\", \"stages\": [], \"steps\": []}"
    let bytes = Array(json.utf8)
    let map = try #require(MapLoader.load(bytes).validMap)
    #expect(map.title == "Caf\u{E9}")
    #expect(map.title.unicodeScalars.count == 4)
    #expect(MapEncoder.encode(map) != bytes)
  }

  @Test func extensionKeysSurviveLoadAndSave() throws {
    let json = """
      {
        "format": "journeymap",
        "formatVersion": 1,
        "id": "jm_a",
        "title": "T",
        "state": "current",
        "x-zeta": {"b": [1, 2.50, null], "a": true},
        "stages": [{"id": "stg_a", "name": "A", "x-colour": "#ff0000"}],
        "steps": [{"id": "stp_a", "stage": "stg_a", "feeling": {"score": 1, "x-confidence": 0.8}}],
        "x-alpha": "first"
      }
      """
    let map = try #require(MapLoader.load(Array(json.utf8)).validMap)
    #expect(map.extensions["x-alpha"] == .string("first"))
    #expect(map.stages[0].extensions["x-colour"] == .string("#ff0000"))
    #expect(map.steps[0].feeling?.extensions["x-confidence"] == .number("0.8"))
    let text = String(decoding: MapEncoder.encode(map), as: UTF8.self)
    // Extensions come last, sorted; nested object keys sorted; number literals verbatim.
    #expect(text.hasSuffix("""
        ],
        "x-alpha": "first",
        "x-zeta": {
          "a": true,
          "b": [
            1,
            2.50,
            null
          ]
        }
      }

      """))
    let again = try #require(MapLoader.load(MapEncoder.encode(map)).validMap)
    #expect(again == map)
  }
}
