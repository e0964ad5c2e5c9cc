import JourneyMapCore
import JourneyMapSamples
import Testing

@Suite("Ids")
struct IDTests {
  @Test func mintedIdsMatchTheirPatternAndAreUnique() {
    var generator = IDGenerator()
    var seen = Set<String>()
    for kind in IDKind.allCases {
      for _ in 0..<1000 {
        let id = generator.make(kind) { seen.contains($0) }
        #expect(kind.accepts(id), "\(id)")
        #expect(seen.insert(id).inserted)
      }
    }
  }

  @Test func seededGeneratorsAreDeterministicAndUnseededOnesDiffer() {
    var a = IDGenerator(seed: 42)
    var b = IDGenerator(seed: 42)
    #expect(a.make(.step) == b.make(.step))
    var c = IDGenerator()
    var d = IDGenerator()
    #expect(c.make(.step) != d.make(.step))
  }

  @Test(arguments: [
    ("stp_x3k9ma2p", true), ("stp_call_helpline", true), ("stp_a-b", true), ("stp_", false), ("stp__a", false),
    ("STP_abc", false), ("stp_ABC", false), ("stg_abc", false), ("stp_é", false), ("stp_" + String(repeating: "a", count: 61), false),
  ])
  func pattern(_ id: String, _ valid: Bool) {
    #expect(IDKind.step.accepts(id) == valid)
  }

  @Test func idsAreUnchangedByEditingAndSavingUnrelatedParts() throws {
    let original = try Fixtures.load("maps/support-call.journey.json")
    var map = original
    map.title = "Renamed"
    map.steps[3].feeling = Feeling(score: 2, word: "great")
    map.steps[1].thoughts.append("A new thought")
    let removedStep = map.steps.remove(at: 5)
    for i in map.processes.indices { map.processes[i].steps.removeAll { $0 == removedStep.id } }
    map.processes[0].owner = "Someone else"
    let reloaded = try #require(MapLoader.load(MapEncoder.encode(map)).validMap)
    func ids(_ m: JourneyMap) -> [String] {
      [m.id] + m.touchpoints.map(\.id) + m.stages.map(\.id) + m.processes.map(\.id)
        + m.steps.flatMap { [$0.id] + $0.painPoints.map(\.id) + $0.opportunities.map(\.id) }
    }
    var expected = ids(original)
    let removed = [original.steps[5].id] + original.steps[5].painPoints.map(\.id) + original.steps[5].opportunities.map(\.id)
    expected.removeAll { removed.contains($0) }
    #expect(ids(reloaded) == expected)
    // Unrelated references are untouched too.
    #expect(reloaded.processes.map(\.steps) == map.processes.map(\.steps))
    #expect(reloaded.processes.map(\.steps) != original.processes.map(\.steps))
  }

  @Test func starterMapIsValidAndHasStagesWithEmptySteps() throws {
    var generator = IDGenerator(seed: 1)
    let map = StarterMap.make(title: "Workshop", persona: "Priya", ids: &generator)
    #expect(MapValidator.validate(map).isEmpty)
    #expect(map.title == "Workshop" && map.persona.name == "Priya")
    #expect(map.stages.count >= 3)
    #expect(map.steps.count == map.stages.count * StarterMap.stepsPerStage)
    #expect(map.steps.allSatisfy { $0.title.isEmpty })
  }
}
