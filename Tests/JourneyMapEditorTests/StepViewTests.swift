import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// The step view: one step full screen, moving between steps and through its lanes.
@Suite("Step view")
struct StepViewTests {
  static func step(_ size: Size = Size(columns: 120, rows: 40)) throws -> EditorState {
    var state = try Harness.support(size: size)
    try Harness.send(&state, "z")
    return state
  }

  @Test func showsEveryLaneOfTheStepInFull() throws {
    var state = try StepViewTests.step(Size(columns: 200, rows: 60))
    try Harness.send(&state, "llll")  // Calls the helpline: two pain points, long texts
    let text = Renderer.render(state).text
    let step = state.map.steps[4]
    for item in step.thoughts + step.painPoints.map(\.text) + step.opportunities.map(\.text) {
      let words = item.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(text.contains(words), "“\(item)” is not on the page")
    }
    #expect(text.contains("STEP › Call support (stage 3 of 5) › step 5 of 10: Calls the helpline and goes through the menu"))
    #expect(text.contains("FEELING  -2  annoyed"))
    #expect(text.contains("BACKSTAGE") && text.contains("SUPPORT"))
  }

  @Test func leftAndRightGoToThePreviousAndNextStep() throws {
    var state = try StepViewTests.step()
    try Harness.send(&state, "l")
    #expect(Renderer.render(state).line(1).contains("step 2 of 10: Checks the billing page"))
    #expect(Renderer.render(state).line(1).hasPrefix(" ◂ 1 "))
    try Harness.send(&state, "]")
    #expect(Renderer.render(state).line(1).contains("step 3 of 10"))
    try Harness.send(&state, "h")
    #expect(state.cursor.column == 1 && state.options.view == .step)
  }

  @Test func downWalksItemsAndScrollsThePageToThem() throws {
    var state = try StepViewTests.step(Size(columns: 80, rows: 24))
    try Harness.send(&state, "G")
    #expect(state.cursor.lane == .support)
    #expect(state.stepScroll > 0)
    let screen = Renderer.render(state)
    #expect(screen.text.contains("▸ SUPPORT"))
    #expect(screen.text.contains("Generate monthly invoices"))
    try Harness.send(&state, "g")
    #expect(state.stepScroll == 0)
  }

  @Test func editingInTheStepView() throws {
    var state = try StepViewTests.step()
    try Harness.send(&state, "jaAnd is it per seat?")
    let screen = Renderer.render(state)
    let cursor = try #require(screen.cursor)
    #expect(screen.line(cursor.row).contains("• And is it per seat?"))
    try Harness.send(&state, "<Enter>")
    #expect(state.map.steps[0].thoughts.contains("And is it per seat?"))
    #expect(state.options.view == .step)
  }

  @Test func aClickSelectsTheItemUnderIt() throws {
    var state = try StepViewTests.step()
    let screen = Renderer.render(state)
    let row = try #require((0..<screen.size.rows).first { screen.line($0).contains("• Did we add people?") })
    let column = try #require(screen.line(row).range(of: "Did we").map { screen.line(row).distance(from: screen.line(row).startIndex, to: $0.lowerBound) })
    _ = state.handle(.mouse(MouseEvent(.press, column: column, row: row)))
    #expect(state.cursor == Cursor(lane: .thinking, column: 0, item: 1))
  }

  @Test func anEmptyStageSaysHowToAddAStep() throws {
    var map = try Harness.map("maps/support-call.journey.json")
    map.stages.insert(Stage(id: "stg_empty", name: "Before"), at: 0)
    var state = Harness.state(map)
    try Harness.send(&state, "z")
    #expect(Renderer.render(state).text.contains("No steps in this stage yet: o adds one"))
  }
}
