import JourneyMapCore
import JourneyMapSamples
import Testing

/// The diff pairs steps and processes by position when both maps list the same ones in the same
/// order, and by id otherwise. Both ways must report the same changes.
@Suite("Diff pairing")
struct MapDiffTests {
  /// Edits that keep every step and process where it was: the positional pairing applies.
  static func edited(_ map: JourneyMap, seed: UInt64) -> JourneyMap {
    var map = BenchEdits.reconsider(BenchEdits.retitle(map, every: 7, offset: Int(seed % 7)), every: 5, offset: Int(seed % 5))
    var rng = SplitMix64(seed: seed)
    for i in map.steps.indices where rng.next() % 9 == 0 {
      map.steps[i].thoughts.append("Second thoughts \(i)")
      if !map.steps[i].painPoints.isEmpty { map.steps[i].painPoints[0].text += " (again)" }
      map.steps[i].touchpoints.reverse()
    }
    for i in map.processes.indices where rng.next() % 4 == 0 {
      map.processes[i].owner += " team"
      map.processes[i].steps.removeLast(min(1, map.processes[i].steps.count))
    }
    return map
  }

  @Test("pairing by position agrees with pairing by id", arguments: Fixtures.exampleMaps, [UInt64(1), 2, 3])
  func pairingByPositionAgreesWithPairingByID(_ path: String, _ seed: UInt64) throws {
    let old = SampleMaps.replicated(try Fixtures.load(path), steps: 60)
    let new = Self.edited(old, seed: seed)
    let changes = MapDiff.compare(old, new)
    #expect(changes.count > 10)
    // One step and one process more in the newer map: now every element is paired by id.
    var grown = new
    grown.steps.append(Step(id: "stp_extra", stage: grown.stages[0].id, title: "Extra"))
    grown.processes.append(BackstageProcess(id: "pr_extra", lane: .support, title: "Extra"))
    let byID = MapDiff.compare(old, grown).filter { $0.id != "stp_extra" && $0.id != "pr_extra" }
    #expect(byID == changes)
  }
}
