import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// Golden screens: the renderer's text output, byte for byte, at the sizes facilitators use
/// (80×24, 120×40) and the smallest supported (40×12).
@Suite("Golden screens")
struct ScreenTests {
  static let maps = ["support-call", "exhibition-tickets", "onboarding"]
  static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 40, rows: 12)]

  static var cases: [(String, Size)] { maps.flatMap { m in sizes.map { (m, $0) } } }

  @Test("example maps", arguments: cases)
  func exampleMap(_ name: String, _ size: Size) throws {
    let state = Harness.state(try Harness.map("maps/\(name).journey.json"), size: size, path: "maps/\(name).journey.json")
    Harness.expectGolden(Renderer.render(state).text, "\(name)-\(size).txt")
  }

  @Test("CJK and emoji keep the grid aligned", arguments: sizes)
  func cjkAndEmoji(_ size: Size) throws {
    var state = Harness.state(try Harness.map("Tests/Fixtures/maps/ramen-cjk.journey.json"), size: size, path: "ramen.journey.json")
    try Harness.send(&state, "lj")
    let screen = Renderer.render(state)
    Harness.expectGolden(screen.text, "ramen-cjk-\(size).txt")
    // Every row is exactly as wide as the screen: no wide character pushed the grid out.
    for row in 0..<size.rows {
      var width = 0
      for column in 0..<size.columns where !screen[column, row].isContinuation {
        width += DisplayWidth.of(screen[column, row].character)
      }
      #expect(width == size.columns, "row \(row) is \(width) columns")
    }
  }

  @Test func backstageShownAndHidden() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "]]")
    Harness.expectGolden(Renderer.render(state).text, "support-call-backstage-shown.txt")
    try Harness.send(&state, "b")
    Harness.expectGolden(Renderer.render(state).text, "support-call-backstage-hidden.txt")
  }

  @Test func focusedStageAndDetailLanes() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "]]fv")
    Harness.expectGolden(Renderer.render(state).text, "support-call-focused-details.txt")
  }

  @Test func helpScreen() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "?")
    Harness.expectGolden(Renderer.render(state).text, "help-120x40.txt")
  }

  @Test func tooSmall() throws {
    let state = try Harness.support(size: Size(columns: 39, rows: 11))
    let text = Renderer.render(state).text
    #expect(text.contains("Terminal too small: 39×11"))
    #expect(text.contains("needs at least 40×12"))
  }

  @Test func editingInPlaceShowsTheFieldAndTheCursor() throws {
    var state = try Harness.support(size: Size(columns: 80, rows: 24))
    try Harness.send(&state, "jaWhat is a séat?")
    let screen = Renderer.render(state)
    Harness.expectGolden(screen.text, "support-call-editing.txt")
    let cursor = try #require(screen.cursor)
    #expect(screen.line(cursor.row).contains("• What is a séat?"))
  }

  /// Editing a wrapped item: the field is one line, and the item's other lines are cleared
  /// (a stranger saw the old second line stay under the field).
  @Test func editingAWrappedItemLeavesNoStaleLine() throws {
    var state = try Harness.support(size: Size(columns: 100, rows: 30))
    try Harness.send(&state, "j<Enter> and more")
    let screen = Renderer.render(state)
    let cursor = try #require(screen.cursor)
    #expect(screen.line(cursor.row).contains("more"))
    #expect(!screen.line(cursor.row + 1).contains("month."), "\(screen.text)")
    #expect(screen.line(cursor.row + 2).contains("Did we add people?"), "the rest of the list stays in place")
  }

  /// Every sign of the capture grammar shows above the capture line, at any width (the legend
  /// was once cut after `!` at 120 columns, hiding `+`, `&` and `@`).
  @Test("the capture legend shows every sign", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
  func captureLegendShowsEverySign(size: Size) throws {
    var state = try Harness.support(size: size)
    try Harness.send(&state, "o")
    let text = Renderer.render(state).text
    for part in ["[Stage] stage", "\" thinking", "# touchpoint", "! pain point", "+ opportunity", "& process", "@owner", "\\ plain"] {
      #expect(text.contains(part), "\(part) at \(size)")
    }
  }

  @Test func controlCharactersAreNeverSentRaw() throws {
    var map = try Harness.map("maps/support-call.journey.json")
    map.steps[0].title = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J title\u{202E}\u{9B}31m"
    map.steps[0].thoughts = ["tab\there\nnewline\u{0}nul"]
    let text = Renderer.render(Harness.state(map, size: Size(columns: 120, rows: 40))).text
    let scalars = text.unicodeScalars.map(\.value)
    #expect(!scalars.contains { ($0 < 0x20 && $0 != 0x0A) || (0x7F...0x9F).contains($0) || (0x202A...0x202E).contains($0) })
    #expect(text.contains("Evil␛]0;pwned␇␛[2J"))
    #expect(text.contains("tab→here↵newline␀nul"))
  }

  /// What is typed or pasted into the help search is shown, never obeyed.
  @Test func helpSearchShowsControlCharactersVisibly() throws {
    var state = Harness.state(try Harness.map("maps/support-call.journey.json"), size: Size(columns: 100, rows: 30))
    _ = try Harness.send(&state, "?x")
    for c in "\u{1B}[2J\u{9B}" { _ = state.handle(.key(.char(c))) }
    #expect(state.mode == .help(scroll: 0, search: "x\u{1B}[2J\u{9B}"))
    let text = Renderer.render(state).text
    #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value) })
    #expect(text.contains("Search: x␛[2J"))
  }

  @Test func searchMatchesAndProcessLinksAreMarked() throws {
    var state = try Harness.support(size: Size(columns: 120, rows: 40))
    try Harness.send(&state, "G")  // on "Generate monthly invoices", which serves steps 1 and 2
    let screen = Renderer.render(state)
    let stepRow = GridGeometry(state).stepRow
    #expect(screen.line(stepRow).contains("◆ Opens the monthly invoice"))
    #expect(screen.line(stepRow).contains("◆ Checks the billing page"))
    #expect(screen.text.contains("Serves 2 step(s) ◆: Opens the monthly invoice, Checks the billing page"))
  }
}
