import Foundation
@testable import JourneyMapCore
@testable import JourneyMapEditor
import JourneyMapSamples
import Testing

/// How the editor behaves for a facilitator, beyond single actions.
@Suite("Editor behaviour")
struct BehaviourTests {
  @Test func oneTypedCellEditIsOneUndoStep() throws {
    var state = try Harness.support()
    try Harness.send(&state, "<Enter><C-u>A whole new title typed key by key<Enter>")
    #expect(state.history.depth == 1)
    try Harness.send(&state, "u")
    #expect(state.map.steps[0].title == "Opens the monthly invoice")
  }

  @Test func escCancelsAnEditAndChangesNothing() throws {
    var state = try Harness.support()
    try Harness.send(&state, "<Enter>xyz<Esc>jaabc<Esc>")
    #expect(state.map == (try Harness.support()).map)
    #expect(state.history.depth == 0)
  }

  @Test func atLeast200UndoLevels() throws {
    var state = try Harness.support()
    let original = state.map
    for _ in 0..<150 { try Harness.send(&state, "+-") }
    #expect(state.history.depth == 300)
    for _ in 0..<300 { try Harness.send(&state, "u") }
    #expect(state.map == original)
    #expect(!state.isModified)
  }

  @Test func undoingBackToTheSavedVersionIsNotModified() throws {
    var state = try Harness.support()
    try Harness.send(&state, "+")
    #expect(state.isModified)
    _ = state.handle(.saved(path: "test.journey.json"))  // no save pending: nothing changes
    try Harness.send(&state, "<C-s>")
    _ = state.handle(.saved(path: "test.journey.json"))
    #expect(!state.isModified)
    try Harness.send(&state, "-")
    #expect(state.isModified)
    try Harness.send(&state, "u")
    #expect(!state.isModified)
    try Harness.send(&state, "u")
    #expect(state.isModified)
  }

  @Test func tabCommitsAndStartsTheNextItem() throws {
    var state = try Harness.support()
    try Harness.send(&state, "jaFirst<Tab>Second<Tab>Third<Enter>")
    #expect(state.map.steps[0].thoughts == ["That is more than last month.", "First", "Second", "Third", "Did we add people?"])
  }

  @Test func emptyTextDeletesAListItem() throws {
    var state = try Harness.support()
    try Harness.send(&state, "j<Enter><C-u><Enter>")
    #expect(state.map.steps[0].thoughts == ["Did we add people?"])
  }

  @Test func opportunitiesTakeAnOwnerAfterAnAt() throws {
    var state = try Harness.support()
    try Harness.send(&state, "jjjjjjjaOffer a call-back @Support team<Enter>")
    #expect(state.map.steps[0].opportunities[1].text == "Offer a call-back")
    #expect(state.map.steps[0].opportunities[1].owner == "Support team")
    #expect(IDKind.opportunity.accepts(state.map.steps[0].opportunities[1].id))
  }

  @Test func metricsAreNameColonValue() throws {
    var state = try Harness.support()
    try Harness.send(&state, "v")
    _ = state.perform(.lastLane, argument: nil)
    try Harness.send(&state, "g")
    // step → description → thinking ×2 → feeling → touchpoint → moment → pain → opportunity → metric
    try Harness.send(&state, "jjjjjjjjj")
    #expect(state.cursor.lane == .metrics)
    try Harness.send(&state, "aCalls per day: 1,200<Enter>")
    #expect(state.map.steps[0].metrics.last == Metric(name: "Calls per day", value: "1,200"))
  }

  @Test func untitledMapAsksForAFileNameOnFirstSave() throws {
    var ids = IDGenerator(seed: 3)
    var state = EditorState(map: StarterMap.make(ids: &ids), filePath: nil, isNew: true, size: Size(columns: 100, rows: 30), ids: ids)
    var effects = try Harness.send(&state, "<C-s>")
    #expect(effects.isEmpty)
    guard case .prompt(let prompt) = state.mode else {
      Issue.record("expected a file name prompt")
      return
    }
    #expect(prompt.editor.text == "untitled.journey.json")
    effects = try Harness.send(&state, "<C-u>workshop.journey.json<Enter>")
    #expect(effects == [.save(path: "workshop.journey.json", bytes: MapEncoder.encode(state.map))])
  }

  @Test func quittingWithUnsavedChangesAsks() throws {
    var state = try Harness.support()
    try Harness.send(&state, "+q")
    guard case .confirm = state.mode else {
      Issue.record("expected a question")
      return
    }
    try Harness.send(&state, "<Esc>")
    #expect(state.mode == .normal)
    var effects = try Harness.send(&state, "qy")
    #expect(effects.count == 1)  // saves first
    effects = state.handle(.saved(path: "test.journey.json"))
    #expect(effects == [.quit])
    var other = try Harness.support()
    #expect(try Harness.send(&other, "+qn") == [.quit])
    var ctrlC = try Harness.support()
    try Harness.send(&ctrlC, "+<C-c>")
    #expect(ctrlC.mode.name == "CONFIRM", "Ctrl-C must ask, not quit")
    #expect(ctrlC.quitting == .no)
  }

  /// Enter says yes only to a paste: on any other question a stray Enter (the room talking, a
  /// key hit twice) answers nothing, and Esc cancels every question.
  @Test func enterAnswersNoQuestionButAPaste() throws {
    var state = try Harness.support()
    try Harness.send(&state, "+q<Enter>")
    #expect(state.mode.name == "CONFIRM" && state.quitting == .no, "Enter on the quit question did something")
    try Harness.send(&state, "<Esc>")
    #expect(state.mode == .normal)
    try Harness.send(&state, "q<C-c>")
    #expect(state.mode == .normal && state.quitting == .no, "Ctrl-C cancels a question")
    state = try Harness.support()
    try Harness.send(&state, "j<Paste>First pasted line<Enter>Second pasted line</Paste>c")
    #expect(state.mode.name == "CONFIRM", "a letter the paste question does not name answers nothing")
    guard case .confirm(let question) = state.mode else {
      Issue.record("a paste of two lines is offered, not applied: \(state.mode.name) \(state.message?.text ?? "")")
      return
    }
    #expect(question.question.hasSuffix("Enter adds · Esc drops the paste"))
    let before = state.map
    try Harness.send(&state, "<Enter>")
    #expect(state.mode == .normal)
    #expect(state.map != before, "Enter adds the paste")
  }

  /// A new item cancelled with Esc was never added, so the cursor goes back to an item that
  /// exists: Enter then edits it (it once indexed past the end of the list and crashed).
  @Test(arguments: [Lane.thinking, .touchpoints, .painPoints, .opportunities])
  func enterAfterACancelledNewItemEditsAnItemThatExists(lane: Lane) throws {
    var state = try Harness.support()
    while state.cursor.lane != lane { try Harness.send(&state, "j") }
    let count = state.itemCount(lane, step: state.currentStep!)
    try Harness.send(&state, "ax<Esc>")
    #expect(state.cursor.item < max(count, 1), "\(lane): the cursor stayed on the cancelled item")
    try Harness.send(&state, "<Enter>")
    #expect(state.mode.name == "EDIT" || state.mode.name == "INPUT", "\(lane): \(state.mode.name)")
    try Harness.send(&state, "<Esc>")
    #expect(state.itemCount(lane, step: state.currentStep!) == count, "\(lane): nothing added or removed")
  }

  @Test func aFailedSaveKeepsTheMapAndSaysWhy() throws {
    var state = try Harness.support()
    try Harness.send(&state, "+<C-s>")
    _ = state.handle(.saveFailed(path: "test.journey.json", reason: "permission denied"))
    #expect(state.isModified)
    #expect(state.message?.isError == true)
    #expect(state.message?.text.contains("permission denied") == true)
  }

  @Test func sessionWritesTheFileAndReportsErrors() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-session-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("m.journey.json").path
    var session = Harness.session(Harness.state(try Harness.map("maps/onboarding.journey.json"), path: path))
    session.run(try KeyNotation.parse("+<C-s>"))
    let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(written == MapEncoder.encode(session.state.map))
    #expect(!session.state.isModified)
    #expect(session.screen.text.contains("Saved"))
    session.writeFile = { _, _, _ in throw FileError(path: path, reason: "no space left on device") }
    session.run(try KeyNotation.parse("-<C-s>"))
    #expect(session.state.isModified)
    #expect(session.screen.text.contains("no space left on device"))
  }

  @Test func searchIsCaseAndAccentInsensitiveAcrossAllText() throws {
    var state = try Harness.state(Harness.map("Tests/Fixtures/maps/ramen-cjk.journey.json"))
    try Harness.send(&state, "/CAFE<Enter>")
    #expect(state.search.matches.count == 1)
    #expect(state.cursor.lane == .step && state.cursor.column == 3)
    try Harness.send(&state, "/kitchen<Enter>")
    #expect(state.cursor.lane == .backstage)
    try Harness.send(&state, "/nothing-like-this<Enter>")
    #expect(state.message?.isError == true)
  }

  @Test func mouseClickSelectsACellAndTheWheelMoves() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    let geometry = GridGeometry(state)
    // Second column, thinking lane; then the second thought of the first column.
    let row = geometry.bodyTop + (geometry.lanePosition(.thinking)?.offset ?? 0)
    _ = state.handle(.mouse(MouseEvent(.press, column: geometry.gutter + geometry.columnWidth + 3, row: row)))
    #expect(state.cursor == Cursor(lane: .thinking, column: 1, item: 0))
    _ = state.handle(.mouse(MouseEvent(.press, column: geometry.gutter + 3, row: row + 1)))
    #expect(state.cursor == Cursor(lane: .thinking, column: 0, item: 1))
    _ = state.handle(.mouse(MouseEvent(.wheelDown, column: 0, row: 0)))
    #expect(state.cursor.column == 1)
  }

  @Test func resizeKeepsTheCursorVisible() throws {
    var state = try Harness.support(size: Size(columns: 200, rows: 60))
    try Harness.send(&state, "$G<Resize-40x12>")
    let geometry = GridGeometry(state)
    #expect(state.firstColumn <= state.cursor.column && state.cursor.column < state.firstColumn + geometry.visibleCount)
    let position = try #require(geometry.lanePosition(.support))
    #expect(position.offset >= state.laneScroll)
    #expect(position.offset + position.height <= state.laneScroll + geometry.bodyBottom - geometry.bodyTop)
    #expect(Renderer.render(state).text.contains("Support"))
  }

  @Test func aStageCanBeEmptyAndStillReachable() throws {
    var state = try Harness.support()
    try Harness.send(&state, "]]]]")  // Afterwards: one step
    try Harness.send(&state, "D")
    #expect(state.columns.items.last == .emptyStage(4))
    #expect(Renderer.render(state).text.contains("(no steps yet)"))
    try Harness.send(&state, "oSays thanks<Enter>")
    #expect(state.map.steps.last?.stage == "stg_after")
  }

  @Test func everyKeyInTheTableIsBoundOnce() {
    var seen = Set<Key>()
    for spec in ActionTable.all {
      for binding in spec.keys {
        #expect(seen.insert(binding.key).inserted, "\(KeyNotation.describe(binding.key)) bound twice")
      }
      #expect(!spec.summary.isEmpty)
    }
    for required: (Key, Action) in [
      (.char("h"), .moveLeft), (.left, .moveLeft), (.char("j"), .moveDown), (.char("k"), .moveUp), (.char("l"), .moveRight),
      (.enter, .edit), (.char("u"), .undo), (.ctrl("r"), .redo), (.ctrl("s"), .save), (.char("q"), .quit),
      (.char("?"), .help), (.char("/"), .search), (.char(":"), .commandLine),
    ] {
      #expect(ActionTable.keymap[required.0]?.action == required.1)
    }
  }

  /// The whole help text, compared with a golden file a person has read: a test that built its
  /// expectation from the action table would pass whatever the table says.
  @Test func theHelpText() {
    Harness.expectGolden(HelpText.all, "help-text.txt")
  }
}

/// The cost of the reference capture in keys, counted by the mode each key arrives in.
@Suite("Capture cost")
struct CaptureCostTests {
  @Test func theReferenceCaptureCostsAtMostSixKeysPerStepBeyondItsText() throws {
    let script = try String(contentsOf: Harness.root.appendingPathComponent("Tests/Fixtures/e2e/reference-capture.keys"), encoding: .utf8)
    var ids = IDGenerator(seed: 3)
    let map = StarterMap.make(stages: ["Order", "Installation day", "First bill"], ids: &ids)
    let state = EditorState(map: map, filePath: nil, isNew: true, size: Size(columns: 120, rows: 40), ids: ids)
    let cost = KeyCost.measure(try KeyNotation.parse(script.replacingOccurrences(of: "\n", with: "")), on: state)
    #expect(cost.steps == 6)
    #expect(cost.beyondTextPerStep <= 6, "\(cost)")
    // o, Enter, the stage changes, save and quit: nothing else.
    #expect(cost.beyondText == 15)
  }
}

/// A starter map's blank steps give way to captured ones, in whichever stage a line names.
@Suite("Capturing into a starter map")
struct StarterCaptureTests {
  @Test func aStageNamedInTheLineHasItsBlankStepReplaced() throws {
    var ids = IDGenerator(seed: 5)
    let map = StarterMap.make(stages: ["Book online", "Pick up", "Return"], ids: &ids)
    var s = EditorState(map: map, filePath: nil, isNew: true, size: Size(columns: 120, rows: 40), ids: ids)
    try Harness.send(&s, "oCompares offers<Enter>")
    try Harness.send(&s, "o[Pick up] Queues at the desk -2 frustrated !Long queue +Self-service kiosk @Airport ops<Enter>")
    #expect(s.map.steps.map(\.title) == ["Compares offers", "Queues at the desk", ""])
    #expect(s.map.steps[1].stage == s.map.stages[1].id)
    let queue = s.map.steps[1]
    #expect(queue.opportunities.first?.addresses == queue.painPoints.map(\.id))
    #expect(s.message?.text.contains("1 opportunity addressing them") == true)
    #expect(s.cursor.lane == .step && s.columns.items[s.cursor.column] == .step(1))
    try Harness.send(&s, "u")
    #expect(s.map.steps.map(\.title) == ["Compares offers", "", ""], "one undo brings the blank step back")
  }
}

/// The capture line's preview says "(new)" exactly when Enter makes a new touchpoint.
@Suite("Capture preview")
struct CapturePreviewTests {
  @Test func aTouchpointIsNewExactlyWhenCaptureMakesOne() throws {
    let map = try Harness.map("maps/support-call.journey.json")
    let billing = try #require(map.touchpoints.first { $0.name == "Billing page in the account" })
    for (typed, isNew) in [
      ("\(billing.channel): \(billing.name)", false), (billing.name.uppercased(), false), ("phone: \(billing.name)", true),
      ("web: A page nobody has", true),
    ] {
      let part = StepCapture.Part(kind: .touchpoint, text: typed)
      #expect(CaptureGrammar.isNew(part, in: map) == isNew, "preview of #\(typed)")
      var s = Harness.state(map, size: Size(columns: 120, rows: 40))
      try Harness.send(&s, "oA step #\(typed)<Enter>")
      #expect((s.map.touchpoints.count > map.touchpoints.count) == isNew, "capture of #\(typed)")
    }
  }
}
