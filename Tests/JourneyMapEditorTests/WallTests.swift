import Foundation
import JourneyMapCore
import JourneyMapEditor
import JourneyMapSamples
import Testing

/// The wall: the whole journey on one screen, and moving on it.
@Suite("Wall view")
struct WallTests {
  /// The columns whose note the wall drew (a note records the step lane for its column).
  static func notesDrawn(_ screen: Screen) -> Set<Int> {
    var columns = Set<Int>()
    for region in screen.regions {
      if case .cell(let column, .step, nil) = region.target { columns.insert(column) }
    }
    return columns
  }

  static func wall(_ map: JourneyMap, _ size: Size) throws -> EditorState {
    var state = Harness.state(map, size: size)
    try Harness.send(&state, "w")
    return state
  }

  @Test("every step of every example map is on the wall at 120×40", arguments: ViewScreenTests.maps)
  func everyStepAt120x40(_ name: String) throws {
    let state = try WallTests.wall(try Harness.map("maps/\(name).journey.json"), Size(columns: 120, rows: 40))
    #expect(state.columns.count >= 9)
    #expect(WallTests.notesDrawn(Renderer.render(state)) == Set(0..<state.columns.count))
  }

  @Test("five steps in three stages with three processes: all of them at 80×24 and 120×40", arguments: [
    Size(columns: 80, rows: 24), Size(columns: 120, rows: 40),
  ])
  func fiveStepsThreeStages(_ size: Size) throws {
    var samples = SampleMaps(seed: 5)
    let map = samples.map(steps: 5, stepsPerStage: 2)
    #expect(map.stages.count == 3 && map.steps.count == 5 && map.processes.count >= 3)
    let state = try WallTests.wall(map, size)
    let screen = Renderer.render(state)
    #expect(WallTests.notesDrawn(screen) == Set(0..<5))
    #expect(!screen.line(1).contains("◂") && !screen.line(1).contains("▸"), "no step is off screen, so no marker")
  }

  @Test func fortyStepsFitAt200x60() throws {
    var samples = SampleMaps(seed: 40)
    let state = try WallTests.wall(samples.map(steps: 40), Size(columns: 200, rows: 60))
    #expect(WallTests.notesDrawn(Renderer.render(state)) == Set(0..<40))
  }

  @Test func aLongerJourneyScrollsWithMarkers() throws {
    var samples = SampleMaps(seed: 100)
    var state = try WallTests.wall(samples.map(steps: 100), Size(columns: 200, rows: 60))
    let shown = WallTests.notesDrawn(Renderer.render(state))
    #expect(shown == Set(0..<shown.count) && shown.count < 100)
    #expect(Renderer.render(state).line(1).hasSuffix(" \(100 - shown.count) ▸ "))
    try Harness.send(&state, "$")
    let end = Renderer.render(state)
    #expect(WallTests.notesDrawn(end).contains(99))
    #expect(end.line(1).hasPrefix(" ◂ \(100 - shown.count) "))
    #expect(!end.line(1).contains("▸"))
  }

  @Test func movingTheSelection() throws {
    var state = try WallTests.wall(try Harness.map("maps/support-call.journey.json"), Size(columns: 120, rows: 40))
    try Harness.send(&state, "ll")
    #expect(state.cursor.column == 2)
    try Harness.send(&state, "]")
    #expect(state.cursor.column == 4)  // Call support starts at the fifth step
    try Harness.send(&state, "[h")
    #expect(state.cursor.column == 1)
    try Harness.send(&state, "$")
    #expect(state.cursor.column == 9)
    // The selected note is drawn selected, and the breadcrumb names its step.
    let screen = Renderer.render(state)
    #expect(screen.line(1).contains("step 10 of 10: Answers the satisfaction survey"))
    let row = try #require((3..<screen.size.rows).first { screen.line($0).contains("Answers") })
    let column = try #require(screen.line(row).range(of: "Answers").map { screen.line(row).distance(from: screen.line(row).startIndex, to: $0.lowerBound) })
    #expect(screen[column, row].style == .cursor)
  }

  @Test func upAndDownGoThroughTheWallsRows() throws {
    var state = try WallTests.wall(try Harness.map("maps/support-call.journey.json"), Size(columns: 120, rows: 40))
    var lanes: [Lane] = [state.cursor.lane]
    for _ in 0..<9 {
      try Harness.send(&state, "j")
      lanes.append(state.cursor.lane)
    }
    #expect(lanes == [.step, .feeling, .moment, .painPoints, .opportunities, .frontstage, .backstage, .support, .support, .support])
    try Harness.send(&state, "kk")
    #expect(state.cursor.lane == .frontstage)
    // Enter opens the step in the step view, on the lane chosen on the wall.
    try Harness.send(&state, "lll<Enter>")
    #expect(state.options.view == .step)
    #expect(state.cursor == Cursor(lane: .frontstage, column: 3, item: 0))
    #expect(Renderer.render(state).line(1).contains("step 4 of 10: Asks the chatbot"))
    // The way back is to the wall, and the grid is one key away too.
    #expect(state.message?.text == "One step: h/l the previous and next step · z goes back to the wall · # the grid")
    try Harness.send(&state, "z")
    #expect(state.options.view == .wall)
    // From the grid, going back is going to the grid: nothing more to say.
    try Harness.send(&state, "#z")
    #expect(state.message?.text == "One step: h/l the previous and next step · z goes back")
  }

  @Test func addingAnItemOnTheWallHappensInTheStepView() throws {
    var state = try WallTests.wall(try Harness.map("maps/support-call.journey.json"), Size(columns: 120, rows: 40))
    try Harness.send(&state, "jjjaSeats cost too much<Enter>")
    #expect(state.map.steps[0].painPoints.last?.text == "Seats cost too much")
    #expect(state.options.view == .step)
  }

  @Test func aClickSelectsTheNoteOrTheRowUnderIt() throws {
    var state = try WallTests.wall(try Harness.map("maps/support-call.journey.json"), Size(columns: 120, rows: 40))
    let screen = Renderer.render(state)
    let row = try #require((0..<screen.size.rows).first { screen.line($0).hasPrefix(" Pains") })
    let column = try #require((0..<screen.size.columns).first {
      screen.target(atColumn: $0, row: row) == .cell(column: 6, lane: .painPoints, item: nil)
    })
    _ = state.handle(.mouse(MouseEvent(.press, column: column, row: row)))
    #expect(state.cursor == Cursor(lane: .painPoints, column: 6, item: 0))
  }
}
