import JourneyMapCore
import Testing

@Suite("Three-way merge")
struct MergeTests {
  static func base() throws -> JourneyMap { try Fixtures.load("maps/support-call.journey.json") }

  @Test func identicalSidesMergeToThemselves() throws {
    let map = try Self.base()
    let result = MapMerge.merge(base: map, ours: map, theirs: map)
    #expect(result.map == map && result.conflicts.isEmpty)
  }

  @Test func listsMergeAsOrderedSets() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[0].thoughts = ["That is more than last month.", "Ours after the first", "Did we add people?"]
    theirs.steps[0].thoughts = ["Did we add people?", "Theirs at the end"]  // removed the first, added one
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.isEmpty)
    #expect(result.map.steps[0].thoughts == ["Ours after the first", "Did we add people?", "Theirs at the end"])
  }

  @Test func bothSidesDeletingIsNoConflictAndDeletionWinsOverNoChange() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.touchpoints.removeAll { $0.id == "tp_survey" }
    theirs.touchpoints.removeAll { $0.id == "tp_survey" }
    ours.steps[9].touchpoints = []
    theirs.steps[9].touchpoints = []
    theirs.stakeholders.removeLast()
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.isEmpty)
    #expect(!result.map.touchpoints.contains { $0.id == "tp_survey" })
    #expect(result.map.stakeholders == Array(base.stakeholders.dropLast()))
    #expect(MapValidator.validate(result.map).isEmpty)
  }

  @Test func aStepMovedIntoAStageTheOtherSideDeletedBringsTheStageBack() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    // Ours deletes "Afterwards" with its step; theirs moves a step into it.
    ours.steps.removeAll { $0.stage == "stg_after" }
    ours.processes = ours.processes.map { p in
      var p = p
      p.steps.removeAll { $0 == "stp_answers_survey" }
      return p
    }.filter { !$0.steps.isEmpty }
    ours.stages.removeAll { $0.id == "stg_after" }
    theirs.steps[8].stage = "stg_after"
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.map.stages.contains { $0.id == "stg_after" })
    #expect(result.conflicts.contains { $0.path == "$.stages[id=stg_after]" && $0.ours == nil })
    let issues = MapValidator.validate(result.map)
    #expect(issues.allSatisfy { $0.isUnresolvedConflict })
  }

  @Test func conflictsAreRecordedInTheFileAndResolvable() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.title = "Ours"
    theirs.title = "Theirs"
    ours.steps[3].feeling = nil
    theirs.steps[3].feeling = Feeling(score: 1, word: "helped")
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.map(\.path) == ["$.title", "$.steps[id=stp_try_chatbot].feeling"])
    let reloaded = try #require(MapLoader.load(MapEncoder.encode(result.map)).mapWithConflicts)
    #expect(MergeConflict.recorded(in: reloaded) == result.conflicts)
    let theirsWins = try ConflictResolver.resolve(reloaded, choosing: .theirs)
    #expect(theirsWins.map.title == "Theirs" && theirsWins.map.steps[3].feeling == Feeling(score: 1, word: "helped"))
    #expect(MergeConflict.recorded(in: theirsWins.map).isEmpty)
    let oursForOne = try ConflictResolver.resolve(reloaded, choosing: .ours, only: [1])
    #expect(oursForOne.map.steps[3].feeling == nil)
    #expect(MergeConflict.recorded(in: oursForOne.map).map(\.path) == ["$.title"])
  }
}
