import Foundation
import JourneyMapCore
import JourneyMapEditor
import JourneyMapSamples
import Testing

/// Lint findings in the editor: each is marked where it is (grid, wall, step view), the cell
/// under the cursor says what it is, and every one is reachable in two keys at most.
@Suite("Findings in the editor")
struct FindingTests {
  /// The support-call map with findings of three kinds: an opportunity without an owner
  /// (column 0), a step without a feeling (column 2) and an empty stage at the end.
  static func state(size: Size = Size(columns: 120, rows: 40)) throws -> EditorState {
    var map = try Harness.map("maps/support-call.journey.json")
    map.steps[0].opportunities[0].owner = ""
    map.steps[2].feeling = nil
    map.stages.append(Stage(id: "stg_renew", name: "Renewal"))
    return Harness.state(map, size: size)
  }

  /// The screen's rows as arrays of characters (a wide character's right half is skipped).
  static func rows(_ screen: Screen) -> [[Character]] {
    (0..<screen.size.rows).map { r in (0..<screen.size.columns).map { screen[$0, r].character } }
  }

  /// The cell (column, row) just before the first occurrence of `text` on screen.
  static func before(_ text: String, in screen: Screen) -> (column: Int, row: Int)? {
    for (r, row) in rows(screen).enumerated() {
      let line = String(row)
      guard let range = line.range(of: text) else { continue }
      let column = line.distance(from: line.startIndex, to: range.lowerBound)
      return (column - 1, r)
    }
    return nil
  }

  @Test func theGridMarksEachFindingBesideItsCell() throws {
    let state = try Self.state()
    let screen = Renderer.render(state)
    // The unowned opportunity: "!" in the blank column before its bullet, in warning style.
    let opportunity = try #require(Self.before("• ◔ I:H E:M List the seat", in: screen))
    #expect(screen[opportunity.column, opportunity.row].character == "!")
    #expect(screen[opportunity.column, opportunity.row].style == .findingWarning)
    // The pain point it addressed is still addressed: no mark there.
    let pain = try #require(Self.before("• The invoice shows", in: screen))
    #expect(screen[pain.column, pain.row].character == " ")
    // The missing feeling: "i" (information) on the feeling lane's top row of column 2.
    let marks = Self.rows(screen).enumerated().flatMap { r, row in row.enumerated().filter { $0.element == "i" && screen[$0.offset, r].style == .findingInfo }.map { ($0.offset, r) } }
    #expect(marks.count == 1)
    let states = Set(Self.rows(screen).enumerated().flatMap { r, row in row.indices.map { screen[$0, r].style } })
    #expect(states.contains(.findingInfo) && states.contains(.findingWarning))
  }

  @Test func anEmptyStageIsMarkedOnItsHeader() throws {
    var state = try Self.state()
    try Harness.send(&state, "$")
    let screen = Renderer.render(state)
    let header = try #require(Self.before("(no steps yet)", in: screen))
    #expect(screen[header.column, header.row].character == "!")
  }

  @Test func waivedAndTurnedOffFindingsAreNotMarked() throws {
    var map = try Self.state().map
    map.extensions[LintSettings.key] = .object([
      JSONMember(key: "off", value: .array([.string("step-without-feeling")])),
      JSONMember(
        key: "waive",
        value: .array([
          .object([
            JSONMember(key: "id", value: .string("op_name_seats")), JSONMember(key: "reason", value: .string("Billing decides next week")),
            JSONMember(key: "rule", value: .string("opportunity-without-owner")),
          ])
        ])),
    ])
    let state = Harness.state(map)
    let screen = Renderer.render(state)
    let opportunity = try #require(Self.before("• ◔ I:H E:M List the seat", in: screen))
    #expect(screen[opportunity.column, opportunity.row].character == " ")
    let styles = Set((0..<screen.size.rows).flatMap { r in (0..<screen.size.columns).map { screen[$0, r].style } })
    #expect(!styles.contains(.findingInfo) && !styles.contains(.findingWarning))
    // Only the empty stage remains, off screen to the right.
    #expect(state.allFindings().placed.map(\.finding.rule) == ["stage-without-steps"])
  }

  @Test func theCellUnderTheCursorSaysItsFinding() throws {
    var state = try Self.state()
    try Harness.send(&state, "jjjjjjj")
    #expect(state.cursor.lane == .opportunities)
    let screen = Renderer.render(state)
    let bottom = String(Self.rows(screen)[screen.size.rows - 1])
    #expect(bottom.hasPrefix("! opportunity-without-owner: opportunity “List the seat holders on the invoice” has no owner · } next finding · ! all"))
  }

  @Test func theWallAndTheStepViewMarkFindingsToo() throws {
    var state = try Self.state()
    try Harness.send(&state, "w")
    let wall = Renderer.render(state)
    let styles = (0..<wall.size.rows).flatMap { r in (0..<wall.size.columns).filter { wall[$0, r].style == .findingWarning || wall[$0, r].style == .findingInfo }.map { ($0, r) } }
    // Step 1 (a warning), step 3 (information), the empty stage: one mark each, on the number row.
    #expect(styles.count == 3)
    #expect(Set(styles.map(\.1)).count == 1)
    try Harness.send(&state, "0<Enter>")
    #expect(state.options.view == .step)
    let page = Renderer.render(state)
    let mark = (0..<page.size.rows).flatMap { r in (0..<page.size.columns).filter { page[$0, r].style == .findingWarning }.map { ($0, r) } }
    #expect(mark.count == 1)
    if let (c, r) = mark.first {
      #expect(page[c, r].character == "!")
      #expect(String(Self.rows(page)[r]).contains("List the seat holders"))
    }
  }

  /// From anywhere, the next-finding key lands on a finding, and pressing it as many times as
  /// there are findings visits each exactly once: every finding is one or two keys away.
  @Test func everyFindingIsReachable() throws {
    var state = try Self.state()
    let places = state.allFindings().placed
    #expect(places.count == 3)
    var visited: [EditorState.FindingPlace] = []
    for _ in places {
      try Harness.send(&state, "}")
      let here = try #require(places.first { $0.column == state.cursor.column && $0.lane == state.cursor.lane && $0.item == state.cursor.item })
      visited.append(here)
    }
    #expect(visited == places)
    // And backwards, from the last.
    try Harness.send(&state, "{")
    #expect(state.cursor.column == places[1].column && state.cursor.lane == places[1].lane)
    // The list: the second entry, Enter.
    try Harness.send(&state, "0!<Down><Enter>")
    #expect(state.cursor.column == places[1].column && state.cursor.lane == places[1].lane)
  }

  @Test func findingsWithoutACellAreListedAndSaid() throws {
    var map = try Self.state().map
    map.processes.append(BackstageProcess(id: "pr_orphan", lane: .support, title: "Archive old invoices", owner: "Billing operations"))
    var state = Harness.state(map)
    try Harness.send(&state, "!")
    guard case .prompt(let prompt) = state.mode else {
      Issue.record("no list")
      return
    }
    #expect(prompt.candidates.count == 4)
    #expect(prompt.candidates.last?.label == "! process \"Archive old invoices\" (pr_orphan): process serves no step")
    // Lint runs once, when the list opens; typing narrows that list.
    #expect(prompt.pool == prompt.candidates)
    try Harness.send(&state, "orph")
    if case .prompt(let narrowed) = state.mode {
      #expect(narrowed.candidates.count == 1 && narrowed.pool == prompt.pool)
    }
    try Harness.send(&state, "an<Enter>")
    #expect(state.message?.text.hasPrefix("process-without-step: process \"Archive old invoices\" (pr_orphan): process serves no step") == true)
  }

  /// The :lint list is made once when it opens; another editor's save that changes the map
  /// under it makes it again, so a line never goes to a finding that is no longer there.
  @Test func anotherEditorsSaveRemakesTheOpenList() throws {
    var state = try Self.state()
    try Harness.send(&state, "!")
    guard case .prompt(let before) = state.mode else {
      Issue.record("no list")
      return
    }
    var theirs = state.map
    theirs.steps[3].feeling = nil  // one more step without a feeling
    state.absorb(theirs, conflicts: 0, matchesDisk: true)
    guard case .prompt(let after) = state.mode else {
      Issue.record("the list closed")
      return
    }
    #expect(after.candidates.count == before.candidates.count + 1)
    #expect(after.pool == after.candidates)
  }

  /// The editor keeps lint's facts up to date as the map changes in place (linking and
  /// unlinking pain points, deleting, undoing): what it finds is what a freshly opened editor
  /// finds on the same map.
  @Test func findingsFollowEveryEdit() throws {
    var state = try Harness.support()
    let script = [
      "jjjjjjjrinvoice shows<Enter>",  // unlink: the invoice's pain point is now unaddressed
      "rminutes on hold<Enter>",  // link a pain point another opportunity addresses too
      "x",  // delete the opportunity: that pain point stays addressed, once
      "u", "<C-r>", "u",
      ":owner<Enter>",
      "0D", "u",
      "oNew step<Enter>",
      "G:delete-process<Enter>",
    ]
    for keys in script {
      try Harness.send(&state, keys)
      let fresh = Harness.state(state.map)
      #expect(state.allFindings().placed == fresh.allFindings().placed, "after \(keys)")
      #expect(state.allFindings().elsewhere == fresh.allFindings().elsewhere, "after \(keys)")
    }
    #expect(!state.allFindings().placed.isEmpty)
  }

  @Test func trackingShowsInTheCellAsAGlyphAndLetters() throws {
    var state = try Harness.support()
    try Harness.send(&state, "/Hand billing questions<Enter><Esc>")  // the chatbot step's opportunity: planned, high, medium
    #expect(state.cursor.lane == .opportunities && state.cursor.column == 3)
    try Harness.send(&state, "sIE")  // doing; impact not judged (after high); effort high
    let o = state.map.steps[3].opportunities[0]
    #expect(o.status == .doing && o.impact == nil && o.effort == .high)
    let screen = Renderer.render(state)
    #expect(String(Self.rows(screen).map { String($0) }.joined(separator: "\n")).contains("◑ E:H Hand billing"))
    #expect(state.message?.text.contains("status doing · impact not judged · effort high · due 2025-04-30") == true)
  }

  @Test func hostileTextInAFindingNeverReachesTheScreenRaw() throws {
    var map = try Harness.map("maps/support-call.journey.json")
    map.steps[0].opportunities[0].owner = ""
    map.steps[0].opportunities[0].text = "Evil \u{1B}]52;c;aGk=\u{7} \u{202E}txt.exe"
    map.steps[0].title = "Step \u{1B}[2J\u{9B}31m"
    var state = Harness.state(map)
    try Harness.send(&state, "}")
    for screen in [Renderer.render(state)] + (try [{ try Harness.send(&state, "!"); return Renderer.render(state) }()]) {
      let bad = screen.text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
      #expect(bad.isEmpty)
      #expect(screen.text.contains("Evil ␛]52;c;aGk=␇"))
    }
  }

  @Test func aProcessFindingIsMarkedOnEveryStepItServesAndListedOnce() throws {
    var map = try Harness.map("maps/support-call.journey.json")
    let p = try #require(map.processes.firstIndex { $0.id == "pr_route_calls" })
    map.processes[p].owner = ""
    var state = Harness.state(map)
    #expect(map.processes[p].steps.count == 2)
    let marked = state.columns.items.indices.filter { !state.findingPlaces(inColumn: $0).isEmpty }
    #expect(marked.count == 2)
    #expect(state.allFindings().placed.count == 1)
    try Harness.send(&state, "}")
    #expect(state.cursor.lane == .support && state.cursor.column == marked[0])
    #expect(state.message?.text.contains("(1 of 1;") == true)
  }

  /// The editor asks the rules one step at a time from its own indices; `journeymap lint` runs
  /// them over the whole map. On maps with gaps of every kind they find the same things.
  @Test("the editor finds what lint finds", arguments: 0..<24)
  func theEditorAgreesWithLint(_ seed: Int) throws {
    var samples = SampleMaps(seed: UInt64(seed), hostile: seed % 3 == 0)
    var map = samples.map(steps: 4 + seed % 13, stepsPerStage: 1 + seed % 4)
    var rng = SplitMix64(seed: UInt64(seed))
    for i in map.steps.indices {
      if rng.next() % 3 == 0 { map.steps[i].feeling = nil }
      if rng.next() % 4 == 0 { map.steps[i].touchpoints = [] }
      if rng.next() % 3 == 0 { map.steps[i].momentOfTruth = MomentOfTruth(reason: "make or break") }
      for o in map.steps[i].opportunities.indices where rng.next() % 3 == 0 {
        map.steps[i].opportunities[o].owner = ""
        map.steps[i].opportunities[o].addresses = []
      }
      if rng.next() % 5 == 0 { map.steps[i].opportunities = [] }
    }
    for p in map.processes.indices where rng.next() % 3 == 0 { map.processes[p].owner = "" }
    if rng.next() % 2 == 0 { map.processes[0].steps = [] }
    if rng.next() % 2 == 0 { map.stages.append(Stage(id: "stg_empty", name: "Empty")) }
    if let first = map.steps.first, rng.next() % 2 == 0 {
      map.extensions[LintSettings.key] = .object([
        JSONMember(key: "off", value: .array([.string("step-without-touchpoint")])),
        JSONMember(key: "waive", value: .array([
          .object([
            JSONMember(key: "id", value: .string(first.id)), JSONMember(key: "reason", value: .string("Asked next time")),
            JSONMember(key: "rule", value: .string("step-without-feeling")),
          ])
        ])),
      ])
    }
    #expect(MapValidator.validate(map).isEmpty)
    let state = Harness.state(map)
    let (placed, elsewhere) = state.allFindings()
    func key(_ f: LintFinding) -> String { "\(f.rule) \(f.element)" }
    let editor = Set(placed.map { key($0.finding) } + elsewhere.map(key))
    let lint = Set(Linter.run(state.map).findings.filter { $0.rule != "unused-waiver" }.map(key))
    #expect(editor == lint)
    #expect(!lint.isEmpty)
  }
}
