import Foundation
@testable import JourneyMapCore
import JourneyMapSamples
import Testing

/// Every export is linear in the map: per-step cost stays flat as a real map (exhibition
/// tickets, each process serving four copies' steps, so each step has many processes) grows
/// eightfold. The old Markdown export scanned every process for every step, so its per-step
/// cost grew with the map.
@Suite("Export scaling", .serialized)
struct ExportScalingTests {
  static func map(steps: Int) throws -> JourneyMap {
    SampleMaps.replicated(try Fixtures.load("maps/exhibition-tickets.journey.json"), steps: steps, spread: 4)
  }

  /// The fastest of a few runs, in seconds: the machine is shared, and the minimum is what the
  /// code costs.
  static func seconds(_ runs: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }

  @Test(arguments: ExportTests.kinds.map(\.0))
  func perStepCostIsFlat(_ kind: String) throws {
    let spec = try #require(ExportTests.kinds.first { $0.0 == kind })
    let small = try Self.map(steps: 1_000)
    let large = try Self.map(steps: 8_000)
    let perStepSmall = Self.seconds { _ = Exporter.export(small, format: spec.1, view: spec.2, flavor: spec.3) } / 1_000
    let perStepLarge = Self.seconds { _ = Exporter.export(large, format: spec.1, view: spec.2, flavor: spec.3) } / 8_000
    // Linear is 1×, quadratic 8×; 2.5× leaves room for caches and a loaded machine.
    #expect(perStepLarge < perStepSmall * 2.5, "\(kind): \(perStepSmall * 1e6) µs/step at 1,000 steps, \(perStepLarge * 1e6) at 8,000")
  }

  /// A huge cell costs what the export keeps of it, not its length squared (long words used
  /// to be cut by copying the rest of the word again and again).
  @Test func aHugeCellIsCheap() throws {
    var map = try Fixtures.load("maps/onboarding.journey.json")
    let word = String(repeating: "x", count: 1_000_000)
    map.stages[0].name = word
    map.steps[0].title = word
    map.steps[0].description = String(repeating: "word ", count: 200_000)
    map.processes[0].title = word
    let time = Self.seconds(1) {
      for kind in ExportTests.kinds { _ = Exporter.export(map, format: kind.1, view: kind.2, flavor: kind.3) }
    }
    #expect(time < 5, "\(time) s")
  }
}

/// A large export is written in pieces on every processor and joined: neither the threads nor
/// where the stages are split may change a byte. Each export is compared, written in one go
/// (all the stages one piece, one thread) against written in 3 and in 8 runs of stages on
/// threads, on every kind of map — example maps, an empty stage, a map with no steps, a hostile
/// one, and a replicated map with thousands of stages.
@Suite("Exports written in pieces")
struct ExportPiecesTests {
  static var maps: [String] { DeckTests.maps }

  static func exports(_ map: JourneyMap, serially: Bool, runs: Int) -> [String] {
    [
      MarkdownExporter.export(map, flavor: .slides, sourceName: "m.journey.json", pictures: nil, serially: serially, runs: runs).text,
      MarkdownExporter.export(map, flavor: .gfm, sourceName: "m.journey.json", pictures: nil, serially: serially, runs: runs).text,
      HTMLExporter.export(map, sourceName: "m.journey.json", serially: serially, runs: runs).text,
    ]
  }

  static func check(_ map: JourneyMap, _ name: String) {
    let whole = exports(map, serially: true, runs: 1)
    for runs in [3, 8] {
      let pieces = exports(map, serially: false, runs: runs)
      for (kind, (a, b)) in zip(["deck", "document", "html"], zip(whole, pieces)) {
        #expect(a == b, "\(name): the \(kind) written in \(runs) runs of stages differs from the one written in one go")
      }
    }
  }

  @Test(arguments: maps)
  func anExampleMap(_ path: String) throws {
    Self.check(try Fixtures.load(path), path)
  }

  @Test func aMapWithoutStagesOrSteps() {
    Self.check(JourneyMap(id: "jm_a", title: "Nothing yet"), "empty map")
    Self.check(JourneyMap(id: "jm_a", title: "One empty stage", stages: [Stage(id: "stg_a", name: "A")]), "one empty stage")
  }

  @Test func aReplicatedMapOfThousandsOfStages() throws {
    let map = try ExportScalingTests.map(steps: 2_000)
    #expect(!ExportPieces.serially(map), "a map this large is written in pieces")
    #expect(ExportPieces.stageRuns(ExportIndex(map)).count > 1)
    Self.check(map, "replicated map")
  }

  @Test func runsCoverEveryStageOnceInOrder() {
    for weights in [[], [0], [5], [1, 1, 1], [100, 0, 0, 1], Array(repeating: 3, count: 50), [0, 0, 9, 0, 0]] {
      let runs = Concurrently.runs(weights: weights, pieces: 8)
      #expect(!runs.isEmpty && runs.count <= 8 + 1)
      #expect(runs.flatMap { Array($0) } == Array(weights.indices), "\(weights): \(runs)")
    }
  }
}
