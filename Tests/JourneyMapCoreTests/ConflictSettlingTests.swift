import JourneyMapCore
import Testing

/// Settling conflicts with `--ours`, `--theirs` (and `C` in the editor, which settles one at a
/// time) always leaves a valid map that is what the chosen side meant.
@Suite("Settling conflicts")
struct ConflictSettlingTests {
  static func base() throws -> JourneyMap { try Fixtures.load("maps/support-call.journey.json") }

  static func settle(_ map: JourneyMap, _ side: ConflictResolver.Side, only: Set<Int>? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> JourneyMap {
    let settled = try ConflictResolver.resolve(map, choosing: side, only: only).map
    let problems = MapValidator.validate(settled).filter { !$0.isUnresolvedConflict }
    #expect(problems.isEmpty, "\(problems.map { "\($0.path) \($0.message)" })", sourceLocation: sourceLocation)
    return settled
  }

  /// Ours deletes "Afterwards" and its step; theirs adds a step to it and moves another into it.
  /// With `more`, also a title both changed and a step ours deleted while theirs changed it.
  static func restoredStage(more: Bool = false) throws -> (base: JourneyMap, merged: MapMerge.Result) {
    let base = try Self.base()
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
    theirs.steps[8].stage = "stg_after"  // receives the credit afterwards
    if more {
      ours.steps[8].title = "Gets the credit note"
      theirs.steps[8].title = "Receives a credit, days later"
      ours.steps.removeAll { $0.id == "stp_hears_outcome" }
      for p in ours.processes.indices { ours.processes[p].steps.removeAll { $0 == "stp_hears_outcome" } }
      theirs.steps[7].thoughts.append("Finally, someone listened.")
    }
    return (base, MapMerge.merge(base: base, ours: ours, theirs: theirs))
  }

  @Test func settlingARestoredStageWithTheDeletingSideMovesOrDeletesItsSteps() throws {
    let (_, merged) = try Self.restoredStage()
    let conflict = try #require(merged.conflicts.first { $0.path == "$.stages[id=stg_after]" })
    #expect(conflict.ours == nil && conflict.message.contains("ours deleted this stage"))
    let ours = try Self.settle(merged.map, .ours)
    #expect(!ours.stages.contains { $0.id == "stg_after" })
    #expect(!ours.steps.contains { $0.id == "stp_recommends" })  // ours never had it
    #expect(ours.steps.first { $0.id == "stp_receives_credit" }?.stage == "stg_resolve")  // where ours has it
    let theirs = try Self.settle(merged.map, .theirs)
    #expect(theirs.steps.first { $0.id == "stp_receives_credit" }?.stage == "stg_after")
    #expect(theirs.steps.contains { $0.id == "stp_recommends" && $0.stage == "stg_after" })
  }

  @Test func settlingOneByOneInAnyOrderStaysValid() throws {
    let (_, merged) = try Self.restoredStage(more: true)
    let count = merged.conflicts.count
    #expect(count == 3, "\(merged.conflicts.map(\.summary))")
    for first in 0..<count {
      for side in [ConflictResolver.Side.ours, .theirs] {
        var map = try Self.settle(merged.map, side, only: [first])
        while !MergeConflict.recorded(in: map).isEmpty {
          map = try Self.settle(map, side == .ours ? .theirs : .ours, only: [0])
        }
        #expect(MapValidator.validate(map).isEmpty)
      }
    }
  }

  @Test func aPainPointDeletedOnOneSideAndAddressedOnTheOtherComesBackWithAConflict() throws {
    let base = try Self.base()
    var ours = base
    ours.steps[1].painPoints.removeAll()
    ours.steps[1].opportunities[0].addresses.removeAll()
    ours.steps[9].opportunities[0].addresses.removeAll { $0 == "pp_invited_count" }
    var theirs = base
    theirs.steps[0].opportunities[0].addresses.append("pp_invited_count")
    let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(MapValidator.validate(merged.map).allSatisfy { $0.isUnresolvedConflict })
    let conflict = try #require(merged.conflicts.first)
    #expect(merged.conflicts.count == 1)
    #expect(conflict.path == "$.steps[id=stp_check_billing].painPoints[id=pp_invited_count]" && conflict.ours == nil)
    let theirsTaken = try Self.settle(merged.map, .theirs)
    #expect(theirsTaken.steps[0].opportunities[0].addresses == ["pp_seats_unexplained", "pp_invited_count"])
    let oursTaken = try Self.settle(merged.map, .ours)
    #expect(oursTaken.steps[1].painPoints.isEmpty)
    #expect(oursTaken.steps[0].opportunities[0].addresses == ["pp_seats_unexplained"])
  }

  @Test func aClearedFieldIsSettledAsCleared() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[2].evidence = nil
    theirs.steps[2].evidence = base.steps[2].evidence == .observed ? .assumed : .observed
    ours.steps[3].feeling = nil
    theirs.steps[3].feeling = Feeling(score: 2)
    let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(merged.conflicts.map(\.path) == ["$.steps[id=stp_search_help].evidence", "$.steps[id=stp_try_chatbot].feeling"])
    let oursTaken = try Self.settle(merged.map, .ours)
    #expect(oursTaken.steps[2].evidence == nil && oursTaken.steps[3].feeling == nil)
    let theirsTaken = try Self.settle(merged.map, .theirs)
    #expect(theirsTaken.steps[2].evidence == theirs.steps[2].evidence && theirsTaken.steps[3].feeling == Feeling(score: 2))
  }

  @Test func takingAMoveIntoAStageTheOtherSideDeletedBringsTheStageBack() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[8].stage = "stg_call"
    theirs.steps[8].stage = "stg_after"
    theirs.stages[2].name = "Calls the helpline"
    ours.steps.removeAll { $0.id == "stp_answers_survey" }
    ours.processes.removeAll { $0.id == "pr_send_survey" }
    for s in ours.steps.indices {
      for o in ours.steps[s].opportunities.indices { ours.steps[s].opportunities[o].addresses.removeAll { $0 == "pp_survey_blames_agent" } }
    }
    ours.stages.removeAll { $0.id == "stg_after" }
    let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(merged.conflicts.map(\.path) == ["$.steps[id=stp_receives_credit].stage"])
    #expect(!merged.map.stages.contains { $0.id == "stg_after" })
    let theirsTaken = try Self.settle(merged.map, .theirs)
    #expect(theirsTaken.stages.contains { $0.id == "stg_after" })
    #expect(theirsTaken.steps[8].stage == "stg_after")
  }

  @Test func anExtensionKeyWithQuotesAndBracketsCanBeSettled() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    let key = "x-a\"]b\\c"
    ours.steps[0].extensions[key] = .string("ours")
    theirs.steps[0].extensions[key] = .string("theirs")
    ours.extensions["x-\"]["] = .number("1")
    theirs.extensions["x-\"]["] = .number("2")
    let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(merged.conflicts.map(\.path) == [#"$["x-\"]["]"#, #"$.steps[id=stp_open_invoice]["x-a\"]b\\c"]"#])
    let reloaded = try #require(MapLoader.load(MapEncoder.encode(merged.map)).mapWithConflicts)
    let theirsTaken = try Self.settle(reloaded, .theirs)
    #expect(theirsTaken.steps[0].extensions[key] == .string("theirs"))
    #expect(theirsTaken.extensions["x-\"]["] == .number("2"))
    #expect(theirsTaken.steps[0].extensions.members.count == base.steps[0].extensions.members.count + 1)
  }

  @Test func pathsWrittenBeforeKeysWereEscapedStillSettle() throws {
    var map = try Self.base()
    map.steps[0].extensions["x-a\\b"] = .string("ours")
    let old = MergeConflict(
      path: #"$.steps[id=stp_open_invoice]["x-a\b"]"#, message: "both sides changed this", ours: .string("ours"), theirs: .string("theirs"),
      base: nil)
    map.extensions[MergeConflict.extensionKey] = .array([old.json])
    let settled = try Self.settle(map, .theirs)
    #expect(settled.steps[0].extensions["x-a\\b"] == .string("theirs"))
    #expect(settled.steps[0].extensions.members.count == 1)
  }
}
