import Foundation
import JourneyMapCore
import JourneyMapEditor
import JourneyMapSamples
import Testing

/// The defects found by a new user trying the views, each with a test that failed before it
/// was fixed, and the grid's improvements.
@Suite("View defects")
struct ViewDefectTests {
  /// The bottom rows of a screen joined into one line: a wrapped question reads as one.
  static func bottom(_ screen: Screen, rows: Int) -> String {
    ((screen.size.rows - rows)..<screen.size.rows).map { screen.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test("the wheel scrolls the view and the selection stays on it", arguments: JourneyView.allCases)
  func wheelScrollsTheView(_ view: JourneyView) throws {
    var samples = SampleMaps(seed: 3)
    var state = Harness.state(samples.map(steps: 100), size: Size(columns: 120, rows: 40))
    try Harness.send(&state, [.grid: "", .wall: "w", .step: "z"][view]!)
    for _ in 0..<3 { _ = state.handle(.mouse(MouseEvent(.wheelDown, column: 60, row: 20))) }
    #expect(state.firstColumn == 3 * (view == .wall ? max(1, state.visibleColumnCount / 8) : 1))
    #expect(state.firstColumn <= state.cursor.column && state.cursor.column < state.firstColumn + state.visibleColumnCount)
    #expect(Renderer.render(state).line(1).hasPrefix(" ◂ \(state.firstColumn) "))
    _ = state.handle(.mouse(MouseEvent(.wheelUp, column: 60, row: 20)))
    #expect(state.firstColumn == 2 * (view == .wall ? max(1, state.visibleColumnCount / 8) : 1))
  }

  @Test func longQuestionsWrapSoEveryChoiceShows() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    let path = "/home/facilitator/workshops/2024-autumn/customer-support/calling-support-about-a-wrong-invoice.journey.json"
    _ = state.handle(.changedOnDisk(path: path))
    let text = ViewDefectTests.bottom(Renderer.render(state), rows: 3)
    #expect(text.contains("m merges it with your changes"))
    #expect(text.contains("o overwrites it · Esc cancels"))
    _ = state.handle(.key(.escape))
    _ = state.handle(.saveRefused(path: path, readOnly: true))
    #expect(ViewDefectTests.bottom(Renderer.render(state), rows: 2).contains("o replaces it anyway · Esc cancels"))
  }

  @Test("lanes scroll by whole lanes, so no name stands beside another lane's empty rows", arguments: [
    Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 100, rows: 30),
  ])
  func lanesScrollByWholeLanes(_ size: Size) throws {
    var state = try Harness.support(size: size)
    for _ in 0..<30 {
      try Harness.send(&state, "j")
      let geometry = GridGeometry(state)
      let top = try #require(geometry.lanes.first { $0.offset == state.laneScroll }, "scrolled into the middle of a lane")
      let gutter = Renderer.render(state).line(geometry.bodyTop).prefix(geometry.gutter)
      if !top.lane.isRule { #expect(gutter.contains(geometry.narrow ? top.lane.shortLabel : top.lane.label)) }
    }
    #expect(state.cursor.lane == .support)
  }

  @Test func gScrollsBackToTheTop() throws {
    var state = try Harness.support(size: Size(columns: 80, rows: 24))
    try Harness.send(&state, "G")
    #expect(state.laneScroll > 0)
    try Harness.send(&state, "g")
    #expect(state.cursor.lane == .step)
    #expect(state.laneScroll == 0)
    let geometry = GridGeometry(state)
    #expect(Renderer.render(state).line(geometry.bodyTop).hasPrefix(" Thinking"))
  }

  @Test func theStepCounterCountsStepsNotEmptyStages() throws {
    var map = try Harness.map("maps/support-call.journey.json")
    map.stages.insert(Stage(id: "stg_empty", name: "Before"), at: 0)
    var state = Harness.state(map)
    #expect(Renderer.render(state).line(1).contains("Before (stage 1 of 6) › no steps yet"))
    try Harness.send(&state, "l")
    let text = Renderer.render(state).text
    #expect(text.contains("step 1 of 10: Opens the monthly invoice"))
    #expect(!text.contains("2/11") && !text.contains("of 11"))
    try Harness.send(&state, "$")
    #expect(Renderer.render(state).line(1).contains("step 10 of 10"))
  }

  @Test func theCurveStartsAtTheFirstPointOnScreen() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "lll")  // the first step, which has a feeling, scrolls off
    #expect(state.firstColumn == 1)
    let geometry = GridGeometry(state)
    let feeling = try #require(geometry.lanePosition(.feeling))
    let screen = Renderer.render(state)
    let pointX = geometry.gutter + 1 + (geometry.columnWidth - 2) / 2
    for row in (geometry.bodyTop + feeling.offset)..<(geometry.bodyTop + feeling.offset + feeling.height) {
      for x in geometry.gutter..<pointX {
        #expect(!"─╮╯╭╰│".contains(screen[x, row].character), "a line from the left edge at \(x),\(row)")
      }
    }
    #expect(screen.line(1).hasPrefix(" ◂ 1 "))
  }

  @Test func helpWritesTheLessThanKeyAsItself() {
    let help = HelpText.all
    #expect(!help.contains("<lt>"))
    #expect(help.split(separator: "\n").contains { $0.hasPrefix("  <  ") && $0.contains(":move-stage-left") })
    #expect(!ActionTable.markdown.contains("<lt>"))
  }

  @Test func completionSaysWhenMoreCandidatesThanShow() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, ":s")
    guard case .prompt(let prompt) = state.mode else {
      Issue.record("expected the command line")
      return
    }
    #expect(prompt.candidates.count > 8)
    #expect(Renderer.render(state).text.contains("↓ \(prompt.candidates.count - 7) more below"))
    for _ in 0..<prompt.candidates.count - 1 { try Harness.send(&state, "<Down>") }
    #expect(Renderer.render(state).text.contains("↑ \(prompt.candidates.count - 7) more above"))
  }

  @Test("the backstage is shown on a new map, with one line saying how to start it", arguments: JourneyView.allCases)
  func emptyBackstageSaysHowToAddAProcess(_ view: JourneyView) throws {
    var ids = IDGenerator(seed: 1)
    var state = Harness.state(StarterMap.make(ids: &ids), size: Size(columns: 120, rows: 40))
    #expect(state.options.showBackstage)
    try Harness.send(&state, [.grid: "", .wall: "w", .step: "z"][view]!)
    let addKey = ActionTable.keyText(ActionTable.spec(for: .addItem))
    let screen = Renderer.render(state)
    #expect(screen.text.contains("No backstage processes yet: \(addKey) here adds one"))
    #expect(screen.text.components(separatedBy: "No backstage processes yet").count == 2, "one line, not one per lane")
    try Harness.send(&state, "G" + addKey + "Send the welcome pack<Enter>")
    #expect(state.map.processes.map(\.title) == ["Send the welcome pack"])
    #expect(state.map.processes.first?.lane == .backstage)
  }

  @Test func gridColumnsFillTheWidth() throws {
    var samples = SampleMaps(seed: 5)
    let state = Harness.state(samples.map(steps: 5, stepsPerStage: 2), size: Size(columns: 200, rows: 60))
    let geometry = GridGeometry(state)
    #expect(geometry.visibleCount == 5)
    #expect(geometry.size.columns - geometry.gutter - 5 * geometry.columnWidth < 5, "an empty margin")
  }

  @Test func markersShowWhenTheEdgeFallsBetweenStages() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "]]")  // the view starts with Look for help, a stage boundary
    #expect(state.firstColumn == 2 && state.columns.stageRanges[1].lowerBound == 2)
    let line = Renderer.render(state).line(1)
    #expect(line.hasPrefix(" ◂ 2 "))
    #expect(line.hasSuffix(" 5 ▸ "))
  }
}

/// Clicks are answered by what the renderer drew, in every view.
@Suite("Mouse in the views")
struct ViewMouseTests {
  @Test("a click on a marker of steps off screen pages that way", arguments: JourneyView.allCases)
  func markersPage(_ view: JourneyView) throws {
    var samples = SampleMaps(seed: 8)
    var state = Harness.state(samples.map(steps: 100), size: Size(columns: 120, rows: 40))
    try Harness.send(&state, [.grid: "", .wall: "w", .step: "z"][view]!)
    let count = state.visibleColumnCount
    _ = state.handle(.mouse(MouseEvent(.press, column: 118, row: 1)))
    #expect(state.firstColumn == count)
    #expect(Renderer.render(state).line(1).hasPrefix(" ◂ \(count) "))
    _ = state.handle(.mouse(MouseEvent(.press, column: 1, row: 1)))
    #expect(state.firstColumn == 0)
  }

  @Test func aClickOnAStageBandSelectsItsFirstVisibleStep() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "w")
    let screen = Renderer.render(state)
    let row = 2
    let x = try #require((0..<screen.size.columns).first { screen.target(atColumn: $0, row: row) == .column(4) })
    #expect(screen.line(row).dropFirst(x).hasPrefix(" Call support"))
    _ = state.handle(.mouse(MouseEvent(.press, column: x + 3, row: row)))
    #expect(state.cursor.column == 4)
  }

  @Test("every cell the grid draws answers a click with itself", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
  func gridCellsAnswerClicks(_ size: Size) throws {
    var state = try Harness.support(size: size)
    try Harness.send(&state, "jjjj")
    let screen = Renderer.render(state)
    var checked = 0
    for region in screen.regions {
      guard case .cell(let column, let lane, let item) = region.target else { continue }
      var clicked = state
      _ = clicked.handle(.mouse(MouseEvent(.press, column: region.column + region.width / 2, row: region.row)))
      #expect(clicked.cursor.column == column && clicked.cursor.lane == lane && clicked.cursor.item == (item ?? 0))
      checked += 1
    }
    #expect(checked > 20)
  }
}
