import Foundation
import JourneyMapCore
import Testing

/// One stage of a map on its own (`export --stage`).
@Suite("Exporting one stage")
struct StageExportTests {
  @Test func aStageKeepsItsStepsAndTheProcessesServingThem() throws {
    let map = try Fixtures.load("maps/support-call.journey.json")
    let stage = try map.stage(matching: "Call support")
    let part = map.restricted(toStage: stage.id)
    #expect(MapValidator.validate(part).isEmpty)
    #expect(part.stages == [stage])
    #expect(part.title == map.title + " — Call support")
    #expect(part.steps == map.steps.filter { $0.stage == stage.id }.map { step in
      var step = step
      let own = Set(part.steps.flatMap { $0.painPoints.map(\.id) })
      for o in step.opportunities.indices { step.opportunities[o].addresses.removeAll { !own.contains($0) } }
      return step
    })
    let kept = Set(part.steps.map(\.id))
    #expect(!part.processes.isEmpty)
    #expect(part.processes.allSatisfy { !$0.steps.isEmpty && $0.steps.allSatisfy(kept.contains) })
    let serving = map.processes.filter { $0.steps.contains(where: kept.contains) }.map(\.id)
    #expect(part.processes.map(\.id) == serving)
    let used = Set(part.steps.flatMap(\.touchpoints))
    #expect(Set(part.touchpoints.map(\.id)) == used)
  }

  @Test func aStageIsFoundByIdOrName() throws {
    var map = try Fixtures.load("maps/support-call.journey.json")
    #expect(try map.stage(matching: "stg_call").name == "Call support")
    #expect(try map.stage(matching: "call SUPPORT").id == "stg_call")
    #expect(throws: StageNotFound.self) { try map.stage(matching: "nope") }
    do {
      _ = try map.stage(matching: "nope")
    } catch {
      #expect(error.description.contains("Call support (stg_call)"))
    }
    map.stages[1].name = "Call support"
    do {
      _ = try map.stage(matching: "Call support")
      Issue.record("an ambiguous name picked a stage")
    } catch {
      #expect(error.description.contains("stg_look, stg_call"))
    }
    // The id always wins.
    #expect(try map.stage(matching: "stg_look").id == "stg_look")
  }

  @Test func everyFormatAndViewExportsOnlyTheStage() throws {
    let map = try Fixtures.load("maps/onboarding.journey.json")
    let stage = map.stages[1]
    let part = map.restricted(toStage: stage.id)
    let inside = part.steps.map(\.title)
    let outside = map.steps.filter { $0.stage != stage.id }.map(\.title)
    for kind in ExportTests.kinds {
      // Lines of DOT labels joined again.
      let text = ExportTests.export(part, kind, name: "onboarding").replacingOccurrences(of: "<BR/>", with: " ")
      for title in inside { #expect(text.contains(String(title.prefix(12))), "\(kind.0) lacks \(title)") }
      for title in outside { #expect(!text.contains(title), "\(kind.0) has \(title)") }
    }
  }
}
