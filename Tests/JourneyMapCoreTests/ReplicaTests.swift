import JourneyMapCore
import JourneyMapSamples
import Testing

/// The benchmark's real-shaped maps must be maps journeymap accepts, of exactly the size asked
/// for, or the figures measure an error path.
@Suite("Replicated maps")
struct ReplicaTests {
  @Test("every example map replicates to a valid map", arguments: Fixtures.exampleMaps)
  func replicatesToAValidMap(_ path: String) throws {
    let map = try Fixtures.load(path)
    // 2.5 copies: the last copy is partial, so links to what it leaves out must go too.
    let count = map.steps.count * 2 + map.steps.count / 2
    let big = SampleMaps.replicated(map, steps: count)
    #expect(big.steps.count == count)
    #expect(big.stages.count == map.stages.count * 3)
    #expect(big.processes.count == map.processes.count * 3)
    #expect(MapValidator.validate(big).isEmpty)
    // Every copy keeps every link of the original: a process serves as many steps in copy 2 as
    // in copy 1.
    let original = map.processes.map(\.steps.count)
    #expect(Array(big.processes[map.processes.count..<(2 * map.processes.count)].map(\.steps.count)) == original)
    #expect(big.steps[map.steps.count].id == map.steps[0].id + "_r1")
  }

  @Test func theTwoSidesEditDifferentSteps() throws {
    let map = SampleMaps.replicated(try Fixtures.load("maps/exhibition-tickets.journey.json"), steps: 1_000)
    let ours = BenchEdits.retitle(map)
    let theirs = BenchEdits.reconsider(map)
    let retitled = Set(zip(map.steps, ours.steps).filter { $0.title != $1.title }.map(\.0.id))
    let reconsidered = Set(zip(map.steps, theirs.steps).filter { $0 != $1 }.map(\.0.id))
    #expect(retitled.count == 10)
    #expect(reconsidered.count == 10)
    #expect(retitled.isDisjoint(with: reconsidered))
    #expect(MapValidator.validate(ours).isEmpty && MapValidator.validate(theirs).isEmpty)
  }
}
