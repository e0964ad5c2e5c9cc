import JourneyMapCore
import Testing

/// Following up on a workshop changes opportunities' tracking: the diff names each field that
/// moved, and the merge driver merges them field by field like every other field.
@Suite("Tracking in diff and merge")
struct TrackingDiffMergeTests {
  static func base() throws -> JourneyMap { try Fixtures.load("Tests/Fixtures/maps/tracked.journey.json") }

  static func report(_ a: JourneyMap, _ b: JourneyMap) -> String {
    DiffReport.text(MapDiff.compare(a, b), oldName: "a", newName: "b", stages: b.stages.map { ($0.id, $0.name) }, color: false)
  }

  @Test func aStatusChangeIsNamedWithItsOpportunity() throws {
    let a = try Self.base()
    var b = a
    b.steps[0].opportunities[1].status = .doing
    let changes = MapDiff.compare(a, b)
    #expect(changes == [
      MapDifference(
        scope: .step, kind: .changed, id: "stp_form", name: "Fills in the online form", stageID: "stg_apply", field: "status",
        old: "planned", new: "doing", item: "op_planned", itemName: "Let photos be taken in the form")
    ])
    #expect(Self.report(a, b).contains("~ opportunity \"Let photos be taken in the form\" status: \"planned\" → \"doing\"\n"))
    #expect(DiffReport.json(changes).contains("\"item\": \"op_planned\""))
  }

  @Test func fieldsSetAndClearedAreAdditionsAndRemovals() throws {
    let a = try Self.base()
    var b = a
    b.steps[0].opportunities[0].impact = .high  // was not judged
    b.steps[0].opportunities[1].due = ""  // date taken away
    b.steps[0].opportunities[1].link = "https://tracker.example/browse/WEB-13"
    b.steps[0].opportunities[2].effort = .high
    let text = Self.report(a, b)
    #expect(text.contains("+ opportunity \"Untracked idea\" impact: \"high\"\n"))
    #expect(text.contains("- opportunity \"Let photos be taken in the form\" due: \"2025-06-30\"\n"))
    #expect(text.contains("~ opportunity \"Let photos be taken in the form\" link: \"https://tracker.example/browse/WEB-12\" → \"https://tracker.example/browse/WEB-13\"\n"))
    #expect(text.contains("~ opportunity \"Accept PDF scans\" effort: \"low\" → \"high\"\n"))
    // Only the tracking changed: the opportunity itself is not reported as rewritten.
    #expect(!text.contains("~ opportunity: "))
  }

  @Test func anAddedOpportunityShowsItsTrackingAndAReorderedListStillPairsByID() throws {
    let a = try Self.base()
    var b = a
    b.steps[0].opportunities.reverse()
    b.steps[0].opportunities[0].status = .idea  // the dropped one, back to an idea
    b.steps[0].opportunities.append(Opportunity(id: "op_new", text: "Pay online", status: .planned, impact: .high))
    let text = Self.report(a, b)
    #expect(text.contains("+ opportunity: \"Pay online [status: planned] [impact: high]\"\n"))
    #expect(text.contains("~ opportunity \"Paper forms by post\" status: \"dropped\" → \"idea\"\n"))
    #expect(MapDiff.compare(a, b).filter { $0.field == "status" }.count == 1)
  }

  @Test func hostileTextInATrackedOpportunityIsMadeSafe() throws {
    let a = try Self.base()
    var b = a
    b.steps[0].opportunities[1].text = "Evil \u{1B}]52;c;aGk=\u{7} title"
    var c = b
    c.steps[0].opportunities[1].status = .done
    let text = Self.report(b, c)
    #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
    #expect(text.contains("opportunity \"Evil ]52;c;aGk= title\" status"))  // control characters dropped
  }

  @Test func theOutlineCarriesTrackingOnlyWhenThereIsSome() throws {
    let map = try Self.base()
    let outline = Outline.text(map)
    #expect(outline.contains("opportunity op_idea: Untracked idea [owner: Web team]\n"))
    #expect(
      outline.contains(
        "opportunity op_planned: Let photos be taken in the form [owner: Web team] [addresses: pp_upload] [status: planned] [impact: high] [effort: medium] [due: 2025-06-30] [link: https://tracker.example/browse/WEB-12]\n"))
  }

  // MARK: Merge

  @Test func oneSideSetsTheStatusTheOtherTheOwnerAndBothLand() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[0].opportunities[1].status = .doing
    ours.steps[0].opportunities[2].impact = .high
    theirs.steps[0].opportunities[1].owner = "Digital services"
    theirs.steps[0].opportunities[1].due = "2025-09-30"
    theirs.steps[0].opportunities[2].effort = nil
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.isEmpty)
    let planned = result.map.steps[0].opportunities[1]
    #expect(planned.status == .doing && planned.owner == "Digital services" && planned.due == "2025-09-30")
    #expect(result.map.steps[0].opportunities[2].impact == .high && result.map.steps[0].opportunities[2].effort == nil)
  }

  @Test func bothChangingTheStatusDifferentlyIsAConflictEitherSideSettles() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[0].opportunities[1].status = .done
    theirs.steps[0].opportunities[1].status = .dropped
    ours.steps[0].opportunities[0].impact = .low  // was not judged: ours sets it …
    theirs.steps[0].opportunities[0].impact = .high  // … and theirs sets it differently
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    let paths = result.conflicts.map(\.path).sorted()
    #expect(paths == ["$.steps[id=stp_form].opportunities[id=op_idea].impact", "$.steps[id=stp_form].opportunities[id=op_planned].status"])
    let status = try #require(result.conflicts.first { $0.path.hasSuffix(".status") })
    #expect(status.ours == .string("done") && status.theirs == .string("dropped") && status.base == .string("planned"))
    let impact = try #require(result.conflicts.first { $0.path.hasSuffix(".impact") })
    #expect(impact.base == nil)
    let oursTaken = try ConflictResolver.resolve(result.map, choosing: .ours).map
    #expect(oursTaken.steps[0].opportunities[1].status == .done && oursTaken.steps[0].opportunities[0].impact == .low)
    let theirsTaken = try ConflictResolver.resolve(result.map, choosing: .theirs).map
    #expect(theirsTaken.steps[0].opportunities[1].status == .dropped && theirsTaken.steps[0].opportunities[0].impact == .high)
    #expect(MapValidator.validate(theirsTaken).isEmpty)
  }

  @Test func settlingBackToAnUntrackedIdeaWritesNoStatus() throws {
    let base = try Self.base()
    var ours = base
    var theirs = base
    ours.steps[0].opportunities[1].status = .idea
    theirs.steps[0].opportunities[1].status = .doing
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.conflicts.count == 1)
    let settled = try ConflictResolver.resolve(result.map, choosing: .ours).map
    #expect(settled.steps[0].opportunities[1].status == .idea)
    let text = String(decoding: MapEncoder.encode(settled), as: UTF8.self)
    #expect(!text.contains("\"status\": \"planned\"") && !text.contains("\"status\": \"idea\""))
  }
}
