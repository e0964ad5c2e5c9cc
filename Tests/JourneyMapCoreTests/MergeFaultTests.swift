import JourneyMapCore
import Testing

/// One test per fault found by random three-way merges; each failed before the fix.
@Suite("Merge faults")
struct MergeFaultTests {
  static func base() throws -> JourneyMap { try Fixtures.load("maps/support-call.journey.json") }

  static func index(_ map: JourneyMap, _ id: String) throws -> Int { try #require(map.steps.firstIndex { $0.id == id }) }

  /// The merged map has no problem but the recorded conflicts, and reads back the same.
  static func expectValid(_ result: MapMerge.Result, sourceLocation: SourceLocation = #_sourceLocation) {
    let problems = MapValidator.validate(result.map).filter { !$0.isUnresolvedConflict }
    #expect(problems.isEmpty, "\(problems.map(\.message))", sourceLocation: sourceLocation)
    #expect(result.repairs.isEmpty, "\(result.repairs)", sourceLocation: sourceLocation)
    #expect(MapLoader.load(MapEncoder.encode(result.map)).mapWithConflicts == result.map, sourceLocation: sourceLocation)
  }

  @Test func bothSidesAddingTheSameLinkListItOnce() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    for side in [0, 1] {
      var map = side == 0 ? ours : theirs
      map.steps[2].touchpoints.append("tp_chatbot")  // a step's touchpoints
      map.processes[4].steps.append("stp_navigate_ivr")  // a process's steps
      map.steps[4].opportunities[1].addresses.append("pp_ivr_options")  // an opportunity's pain points
      if side == 0 { ours = map } else { theirs = map }
    }
    // Theirs links one more thing in each list, so the lists differ.
    theirs.steps[2].touchpoints.append("tp_helpline")
    theirs.processes[4].steps.append("stp_agent_investigates")
    theirs.steps[4].opportunities[1].addresses.append("pp_repeat_details")
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.isEmpty)
    Self.expectValid(result)
    #expect(result.map.steps[2].touchpoints == ["tp_help_centre", "tp_chatbot", "tp_helpline"])
    #expect(result.map.processes[4].steps == ["stp_explain_problem", "stp_navigate_ivr", "stp_agent_investigates"])
    #expect(result.map.steps[4].opportunities[1].addresses == ["pp_wait_time", "pp_ivr_options", "pp_repeat_details"])
  }

  @Test func linksAddedAtDifferentPlacesOnEachSideAreListedOnce() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[7].touchpoints.insert("tp_helpline", at: 0)
    theirs.steps[7].touchpoints.append("tp_helpline")
    theirs.steps[7].touchpoints.append("tp_survey")
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    Self.expectValid(result)
    #expect(result.map.steps[7].touchpoints == ["tp_helpline", "tp_agent_call", "tp_case_email", "tp_survey"])
  }

  @Test func reordersInDifferentStagesBothLand() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps.swapAt(0, 1)  // "Notice": check billing before opening the invoice
    theirs.steps.swapAt(5, 6)  // "Call": agent investigates before the problem is explained
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.isEmpty)
    Self.expectValid(result)
    let order = result.map.stepIndicesInJourneyOrder.map { result.map.steps[$0].id }
    #expect(Array(order[0..<2]) == ["stp_check_billing", "stp_open_invoice"])
    #expect(Array(order[4..<7]) == ["stp_navigate_ivr", "stp_agent_investigates", "stp_explain_problem"])
    // And the same the other way round.
    #expect(MapMerge.merge(base: base, ours: theirs, theirs: ours).map == result.map)
  }

  @Test func aStageMovedOnOneSideAndStepsReorderedOnTheOtherBothLand() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    // Ours moves "Afterwards" before "Resolve", its step with it, as the editor's < does.
    ours.stages.swapAt(3, 4)
    ours.steps.swapAt(7, 9)
    ours.steps.swapAt(8, 9)
    theirs.steps.swapAt(2, 3)  // "Look": chatbot first
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.isEmpty)
    Self.expectValid(result)
    #expect(result.map.stages.map(\.id) == ["stg_notice", "stg_look", "stg_call", "stg_after", "stg_resolve"])
    let order = result.map.stepIndicesInJourneyOrder.map { result.map.steps[$0].id }
    #expect(Array(order[2..<4]) == ["stp_try_chatbot", "stp_search_help"])
    #expect(Array(order[7...]) == ["stp_answers_survey", "stp_hears_outcome", "stp_receives_credit"])
  }

  @Test func bothReorderingTheSameStageDifferentlyIsAConflictAndOursIsKept() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps.swapAt(4, 6)
    theirs.steps.swapAt(5, 6)
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    Self.expectValid(result)
    let conflict = try #require(result.conflicts.first)
    #expect(result.conflicts.count == 1)
    #expect(conflict.path == "$.steps" && conflict.kind == .order)
    #expect(conflict.message.contains("stg_call"))
    #expect(conflict.ours == .array(["stp_agent_investigates", "stp_explain_problem", "stp_navigate_ivr"].map(JSONValue.string)))
    #expect(conflict.theirs == .array(["stp_navigate_ivr", "stp_agent_investigates", "stp_explain_problem"].map(JSONValue.string)))
    #expect(result.map.steps.map(\.id) == ours.steps.map(\.id))
    let theirsTaken = try ConflictResolver.resolve(result.map, choosing: .theirs)
    #expect(theirsTaken.map.steps.map(\.id) == theirs.steps.map(\.id))
    #expect(MapValidator.validate(theirsTaken.map).isEmpty)
  }

  @Test func bothReorderingOneListDifferentlyIsAConflict() throws {
    var base = try Self.base()
    base.steps[7].touchpoints.append("tp_credit_note")
    var ours = base
    var theirs = base
    ours.stages.swapAt(0, 1)
    theirs.stages.swapAt(3, 4)
    ours.steps[0].thoughts.reverse()
    theirs.steps[0].thoughts.reverse()  // the same reorder: no conflict
    ours.steps[7].touchpoints = ["tp_case_email", "tp_agent_call", "tp_credit_note"]
    theirs.steps[7].touchpoints = ["tp_agent_call", "tp_credit_note", "tp_case_email", "tp_helpline"]
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    Self.expectValid(result)
    #expect(result.conflicts.map(\.path).sorted() == ["$.stages", "$.steps[id=stp_hears_outcome].touchpoints"])
    #expect(result.conflicts.allSatisfy { $0.kind == .order })
    #expect(result.map.stages.map(\.id) == ours.stages.map(\.id))
    #expect(result.map.steps[0].thoughts == ours.steps[0].thoughts)
    // Ours kept, with theirs' appended link still at the end.
    #expect(result.map.steps[7].touchpoints == ["tp_case_email", "tp_agent_call", "tp_credit_note", "tp_helpline"])
    let theirsTaken = try ConflictResolver.resolve(result.map, choosing: .theirs).map
    #expect(theirsTaken.stages.map(\.id) == theirs.stages.map(\.id))
    #expect(theirsTaken.steps[7].touchpoints == theirs.steps[7].touchpoints)
    #expect(MapValidator.validate(theirsTaken).isEmpty)
  }

  @Test func bothAddingTheSameIdWithDifferentContentIsAConflict() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps.insert(Step(id: "stp_pay", stage: "stg_resolve", title: "Pays the corrected invoice"), at: 9)
    theirs.steps.insert(Step(id: "stp_pay", stage: "stg_resolve", title: "Pays by card", feeling: Feeling(score: 1)), at: 9)
    ours.touchpoints.append(Touchpoint(id: "tp_app", channel: "app", name: "Billing app"))
    theirs.touchpoints.append(Touchpoint(id: "tp_app", channel: "app", name: "Billing app"))  // the same: no conflict
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    Self.expectValid(result)
    let conflict = try #require(result.conflicts.first)
    #expect(result.conflicts.count == 1)
    #expect(conflict.path == "$.steps[id=stp_pay]" && conflict.message == "both sides added this step with different content")
    #expect(conflict.base == nil)
    #expect(result.map.steps.filter { $0.id == "stp_pay" } == [ours.steps[9]])
    #expect(result.map.touchpoints.filter { $0.id == "tp_app" }.count == 1)
    let theirsTaken = try ConflictResolver.resolve(result.map, choosing: .theirs).map
    #expect(theirsTaken.steps.first { $0.id == "stp_pay" } == theirs.steps[9])
  }

  @Test func aThoughtAddedOnOneSideAndAReorderOnTheOtherBothLand() throws {
    let base = try Self.base()
    for oursReorders in [true, false] {
      var reordering = base
      var appending = base
      reordering.steps[5].thoughts.reverse()
      appending.steps[5].thoughts.append("Why do I have to repeat everything?")
      let (ours, theirs) = oursReorders ? (reordering, appending) : (appending, reordering)
      let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
      #expect(result.conflicts.isEmpty)
      Self.expectValid(result)
      #expect(result.map.steps[5].thoughts == reordering.steps[5].thoughts + ["Why do I have to repeat everything?"], "ours reorders: \(oursReorders)")
    }
  }
}
