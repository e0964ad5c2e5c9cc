import JourneyMapCore
import JourneyMapEditor
import Testing

/// `C` in the editor settles one conflict at a time; every result is a map the editor accepts
/// and can save.
@Suite("Settling conflicts in the editor")
struct ConflictEditorTests {
  /// Ours deletes "Afterwards" with its step; theirs adds a step to it. The merge brings the
  /// stage back with a conflict.
  static func merged() throws -> MapMerge.Result {
    let base = try Harness.map("maps/support-call.journey.json")
    var ours = base
    ours.steps.removeAll { $0.stage == "stg_after" }
    for p in ours.processes.indices { ours.processes[p].steps.removeAll { $0 == "stp_answers_survey" } }
    ours.processes.removeAll { $0.id == "pr_send_survey" }
    for s in ours.steps.indices {
      for o in ours.steps[s].opportunities.indices { ours.steps[s].opportunities[o].addresses.removeAll { $0 == "pp_survey_blames_agent" } }
    }
    ours.stages.removeAll { $0.id == "stg_after" }
    var theirs = base
    theirs.steps.append(Step(id: "stp_recommends", stage: "stg_after", title: "Recommends the product"))
    return MapMerge.merge(base: base, ours: ours, theirs: theirs)
  }

  @Test func keepingOursForARestoredStageLeavesNoStepWithoutAStage() throws {
    let merged = try Self.merged()
    #expect(merged.conflicts.map(\.path) == ["$.stages[id=stg_after]"])
    var s = Harness.state(merged.map)
    try Harness.send(&s, "Co")  // one conflict: asked at once; o keeps ours (the deletion)
    #expect(s.conflictCount == 0)
    #expect(!s.map.stages.contains { $0.id == "stg_after" })
    #expect(!s.map.steps.contains { $0.id == "stp_recommends" })
    #expect(MapValidator.validate(s.map).isEmpty)
    let effects = try Harness.send(&s, "<C-s>")
    #expect(effects == [.save(path: "test.journey.json", bytes: MapEncoder.encode(s.map))], "\(String(describing: s.message))")
  }

  @Test func takingTheirsKeepsTheStageAndItsNewStep() throws {
    var s = Harness.state(try Self.merged().map)
    try Harness.send(&s, "Ct")
    #expect(s.conflictCount == 0)
    #expect(s.map.steps.contains { $0.id == "stp_recommends" && $0.stage == "stg_after" })
    #expect(MapValidator.validate(s.map).isEmpty)
  }
}
