import JourneyMapCore
import Testing

@Suite("Canonical writer")
struct CanonicalWriterTests {
  func encode(_ map: JourneyMap) -> String { String(decoding: MapEncoder.encode(map), as: UTF8.self) }

  @Test func layoutKeyOrderAndOmittedEmptyFields() {
    var map = JourneyMap(id: "jm_a", title: "T", stages: [Stage(id: "stg_a", name: "A")])
    map.steps = [
      Step(
        id: "stp_a", stage: "stg_a", title: "Calls", feeling: Feeling(score: -2), momentOfTruth: MomentOfTruth(),
        evidence: .observed)
    ]
    #expect(encode(map) == """
      {
        "format": "journeymap",
        "formatVersion": 1,
        "id": "jm_a",
        "title": "T",
        "state": "current",
        "stages": [
          {
            "id": "stg_a",
            "name": "A"
          }
        ],
        "steps": [
          {
            "id": "stp_a",
            "stage": "stg_a",
            "title": "Calls",
            "feeling": {
              "score": -2
            },
            "momentOfTruth": {},
            "evidence": "observed"
          }
        ]
      }

      """)
  }

  @Test func emptyMapWritesEmptyArrays() {
    let text = encode(JourneyMap(id: "jm_a", title: "T"))
    #expect(text.contains("\"stages\": [],\n  \"steps\": []\n}\n"))
  }

  @Test func stringsAreEscapedMinimally() {
    let map = JourneyMap(id: "jm_a", title: "a/b \"q\" back\\slash tab\tnl\ncr\r nul\u{0} esc\u{1B} del\u{7F} é 漢字 😀 \u{2028}")
    let text = encode(map)
    #expect(text.contains(#""title": "a/b \"q\" back\\slash tab\tnl\ncr\r nul\u0000 esc\u001b del\u007f é 漢字 😀 "# + "\u{2028}\""))
  }

  /// What a terminal obeys when a map is printed is escaped: DEL, C1 controls (CSI U+009B among
  /// them) and bidi overrides and isolates. Other non-ASCII text stays as it is.
  @Test func terminalControlsAreEscaped() {
    let map = JourneyMap(id: "jm_a", title: "csi\u{9B}31m nel\u{85} rlo\u{202E}x\u{202C} iso\u{2066}y\u{2069} nbsp\u{A0} é")
    let text = encode(map)
    #expect(text.contains(#""title": "csi\u009b31m nel\u0085 rlo\u202ex\u202c iso\u2066y\u2069 nbsp"# + "\u{A0} é\""))
    #expect(MapLoader.load(MapEncoder.encode(map)).map?.title == map.title)
  }

  @Test func noByteOrderMarkAndLFOnly() {
    let bytes = MapEncoder.encode(JourneyMap(id: "jm_a", title: "T\r\n"))
    #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
    #expect(!bytes.contains(0x0D))
    #expect(bytes.last == 0x0A)
  }

  @Test func theSameMapAlwaysGivesTheSameBytes() {
    var map = JourneyMap(id: "jm_a", title: "T")
    map.extensions = Extensions([
      JSONMember(key: "x-b", value: .object([JSONMember(key: "z", value: .null), JSONMember(key: "a", value: .bool(true))])),
      JSONMember(key: "x-a", value: .string("1")),
    ])
    let first = MapEncoder.encode(map)
    for _ in 0..<20 { #expect(MapEncoder.encode(map) == first) }
    #expect(String(decoding: first, as: UTF8.self).contains("\"x-a\": \"1\",\n  \"x-b\": {\n    \"a\": true,\n    \"z\": null\n  }"))
  }
}
