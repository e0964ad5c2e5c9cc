import Foundation
import JourneyMapCore
import Testing

/// The reference capture (`Tests/Fixtures/e2e/reference-capture.keys`): a six-step, three-stage
/// journey typed the way a facilitator captures a room, one line per step. The map it builds
/// must be the intended one; the benchmark prints what it costs in keys.
@Suite("Reference capture")
struct ReferenceCaptureTests {
  @Test func theReferenceCaptureBuildsTheIntendedMap() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let new = try CLI.run(["new", "ref.journey.json", "--stages", "Order, Installation day, First bill"], in: dir)
    #expect(new.status == 0, "\(new.stderr)")
    let script = try String(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/e2e/reference-capture.keys"), encoding: .utf8)
      .replacingOccurrences(of: "\n", with: "")
    let run = try CLI.run(["ref.journey.json", "--keys", script, "--size", "120x40"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let map = try #require(MapLoader.load([UInt8](try Data(contentsOf: dir.appendingPathComponent("ref.journey.json")))).validMap)
    #expect(map.stages.map(\.name) == ["Order", "Installation day", "First bill"])
    let steps = map.stepIndicesInJourneyOrder.map { map.steps[$0] }
    #expect(
      steps.map(\.title) == [
        "Chooses a broadband plan online", "Orders and books an installation slot", "Waits for the engineer", "Gets the router set up",
        "Opens the first bill", "Calls to ask about the bill",
      ])
    #expect(steps.map { step in map.stages.firstIndex { $0.id == step.stage }! } == [0, 0, 1, 1, 2, 2])
    for step in steps {
      #expect(step.thoughts.count == 1 && step.feeling != nil && step.touchpoints.count == 1, "\(step.title)")
    }
    #expect(steps.map { $0.feeling!.score } == [0, 1, -2, 1, -2, -1])
    #expect(steps.map { $0.feeling!.word } == ["curious", "hopeful", "anxious", "relieved", "annoyed", "doubtful"])
    #expect(steps.compactMap(\.momentOfTruth).map(\.reason) == ["Nobody says when the engineer arrives", "The first bill decides whether she trusts the price"])
    #expect(steps.flatMap(\.painPoints).count == 3)
    let opportunities = steps.flatMap(\.opportunities)
    #expect(opportunities.map(\.owner) == ["Field ops", "Billing team", "Contact centre"])
    for step in steps where !step.opportunities.isEmpty {
      #expect(step.opportunities.allSatisfy { $0.addresses == step.painPoints.map(\.id) }, "an idea answers the pain point said with it: \(step.title)")
    }
    #expect(map.touchpoints.map(\.channel) == ["web", "sms", "in-person", "email", "phone"], "the second step reuses the comparison page")
    #expect(map.processes.map(\.title) == ["Order management", "Dispatch engineers", "Billing run"])
    #expect(map.processes.map(\.owner) == ["Sales ops", "Field ops", "Billing ops"])
    #expect(map.processes.map(\.system) == ["CRM", "FieldPro", "BillPro"])
    #expect(Set(map.processes.flatMap(\.steps)).count == 5)
    #expect(!map.steps.contains { $0.title.isEmpty }, "no blank starter step is left")
  }
}
