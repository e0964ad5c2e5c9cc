import Foundation
import JourneyMapCore
import JourneyMapSamples
import Testing

@testable import JourneyMapEditor

/// Presentation mode: read-only whatever is pressed, moving between slides, leaving, and slides
/// that always say where the room is.
@Suite("Presentation")
struct PresentationTests {
  static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 200, rows: 60)]

  /// The editor on a map, presenting (F5), as a facilitator starts it.
  static func presenting(_ name: String = "support-call", size: Size = Size(columns: 120, rows: 40)) throws -> EditorState {
    var state = Harness.state(try Harness.map("maps/\(name).journey.json"), size: size)
    try Harness.send(&state, "<F5>")
    return state
  }

  /// The counter on the footer: "3 / 14" → (3, 14).
  static func counter(_ screen: Screen) -> (Int, Int)? {
    let footer = screen.line(screen.size.rows - 1)
    let words = footer.split(separator: " ")
    guard words.count >= 3, words[words.count - 2] == "/", let n = Int(words[words.count - 3]), let of = Int(words.last!) else {
      return nil
    }
    return (n, of)
  }

  /// Every slide of a presenting state, first to last.
  static func walk(_ state: EditorState) throws -> [Screen] {
    var state = state
    try Harness.send(&state, "<Home>")
    var screens = [Renderer.render(state)]
    let total = try #require(counter(screens[0])).1
    for _ in 1..<max(1, total) {
      try Harness.send(&state, "<Right>")
      screens.append(Renderer.render(state))
    }
    return screens
  }

  // MARK: Read-only

  /// Every key of the action table, each pressed on a fresh presentation (from the editor and
  /// as `journeymap present`), then all of them in a row: the map never changes, nothing is
  /// ever saved or written, and nothing becomes undoable.
  @Test("no key of the action table changes the map", arguments: [false, true])
  func everyKeyLeavesTheMapEqual(standalone: Bool) throws {
    let original = try Harness.map("maps/support-call.journey.json")
    func fresh() -> EditorState {
      var state = Harness.state(original)
      if standalone { state.presentOnly() } else { _ = state.handle(.key(.function(5))) }
      return state
    }
    var keys = ActionTable.all.flatMap { $0.keys.map(\.key) }
    keys += [.ctrl("s"), .ctrl("c"), .ctrl("r"), .tab, .backTab, .insert, .delete, .char("x"), .char(":"), .char("/")]
    #expect(keys.count > 60)
    for key in keys {
      var state = fresh()
      let effects = state.handle(.key(key))
      #expect(state.map == original, "\(KeyNotation.describe(key)) changed the map")
      #expect(effects.allSatisfy { $0 == .quit }, "\(KeyNotation.describe(key)) asked for \(effects)")
      #expect(!state.isModified && state.history.undoStack.isEmpty)
    }
    // All of them in a row, with pastes and clicks between: still presenting until a key
    // that leaves, and the map as it was.
    var state = fresh()
    for key in keys where PresentationKeys.command(for: key) != .leave {
      let effects = state.handle(.key(key)) + state.handle(.paste("D\nx")) + state.handle(.mouse(MouseEvent(.press, column: 10, row: 10)))
      #expect(effects.isEmpty)
      #expect(state.presentation != nil)
    }
    #expect(state.map == original)
    #expect(!state.isModified)
  }

  // MARK: Moving

  @Test func arrowsSpaceAndPagesMoveHomeAndEndJump() throws {
    var state = try PresentationTests.presenting()
    let total = try #require(PresentationTests.counter(Renderer.render(state))).1
    #expect(PresentationTests.counter(Renderer.render(state))! == (1, total))
    for (keys, expected) in [
      ("<Right>", 2), ("<Space>", 3), ("<PageDown>", 4), ("<Left>", 3), ("<PageUp>", 2), ("<End>", total), ("<Right>", total),
      ("<BS>", total - 1), ("<Home>", 1), ("<Left>", 1), ("<Down>", 2), ("<Enter>", 3), ("<Up>", 2),
    ] {
      try Harness.send(&state, keys)
      #expect(PresentationTests.counter(Renderer.render(state))?.0 == expected, "after \(keys)")
    }
    // The wheel turns slides too.
    _ = state.handle(.mouse(MouseEvent(.wheelDown, column: 5, row: 5)))
    #expect(PresentationTests.counter(Renderer.render(state))?.0 == 3)
  }

  @Test func leavingGoesBackToTheEditorAsItWas() throws {
    for leave in ["q", "<Esc>"] {
      var state = Harness.state(try Harness.map("maps/support-call.journey.json"))
      try Harness.send(&state, "]lzj")
      let before = (state.cursor, state.options.view, state.map)
      try Harness.send(&state, "<F5><Right><Right>" + leave)
      #expect(state.presentation == nil)
      #expect(state.quitting == .no)
      #expect(state.cursor == before.0 && state.options.view == before.1 && state.map == before.2)
      #expect(Renderer.render(state).text.contains("STEP ›"))
      #expect(state.message?.text.contains("F5 presents again") == true)
    }
  }

  @Test func leavingJourneymapPresentEndsIt() throws {
    for leave in ["q", "<Esc>"] {
      var state = Harness.state(try Harness.map("maps/support-call.journey.json"))
      state.presentOnly()
      let effects = try Harness.send(&state, "<Right>" + leave)
      #expect(effects == [.quit])
      #expect(state.quitting == .now)
    }
  }

  @Test func presentIsACommandToo() throws {
    var state = Harness.state(try Harness.map("maps/support-call.journey.json"))
    try Harness.send(&state, ":present<Enter>")
    #expect(state.presentation != nil)
    #expect(PresentationTests.counter(Renderer.render(state))?.0 == 1)
  }

  // MARK: What every slide shows

  /// On every slide of every example map at every size: the counter counts up to the total,
  /// the footer names the slide, and nothing is drawn on the row above the footer.
  @Test("every slide has its counter and title", arguments: ViewScreenTests.maps)
  func everySlideSaysWhereItIs(_ name: String) throws {
    for size in PresentationTests.sizes {
      let screens = try PresentationTests.walk(try PresentationTests.presenting(name, size: size))
      for (i, screen) in screens.enumerated() {
        let counter = try #require(PresentationTests.counter(screen), "no counter on slide \(i + 1) at \(size)")
        #expect(counter == (i + 1, screens.count))
        let footer = screen.line(size.rows - 1)
        #expect(footer.trimmingCharacters(in: .whitespaces).count > "\(counter.0) / \(counter.1)".count + 3, "no title: \(footer)")
        #expect(screen.line(size.rows - 2).trimmingCharacters(in: .whitespaces).isEmpty, "slide \(i + 1) at \(size) runs into the footer")
      }
      let titles = screens.map { $0.line(size.rows - 1) }
      #expect(titles[0].contains(try Harness.map("maps/\(name).journey.json").title.prefix(20)))
      #expect(titles[1].contains("The journey"))
      #expect(titles.last!.contains("Actions"))
    }
  }

  /// The deck walks the journey: every stage, every moment of truth, and every opportunity
  /// with its owner are on some slide.
  @Test func theDeckCoversTheMap() throws {
    let map = try Harness.map("maps/support-call.journey.json")
    let text = try PresentationTests.walk(try PresentationTests.presenting(size: Size(columns: 200, rows: 60))).map(\.text).joined()
    for stage in map.stages { #expect(text.contains(stage.name + " · stage"), "\(stage.name)") }
    for step in map.steps { #expect(text.contains(step.title), "\(step.title)") }
    // Wrapped lines read as one text on the action list.
    let flat = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    for o in map.steps.flatMap(\.opportunities) {
      #expect(flat.contains(o.text), "\(o.text)")
      #expect(text.contains(o.owner))
    }
    for process in map.processes where process.steps.contains(where: { id in map.steps.contains { $0.id == id && $0.momentOfTruth != nil } }) {
      #expect(text.contains(process.title), "\(process.title)")
    }
    #expect(text.contains("★ MOMENT OF TRUTH 2 OF 2"))
  }

  /// Layout follows the size: a stage of three full steps is one slide at 120×40 and a step a
  /// slide at 80×24; the title is in block letters at both.
  @Test func layoutIsChosenBySize() throws {
    func callSupport(_ size: Size) throws -> [Screen] {
      let screens = try PresentationTests.walk(try PresentationTests.presenting(size: size))
      return screens.filter { $0.line($0.size.rows - 1).contains("Call support · stage 3") }
    }
    #expect(try callSupport(Size(columns: 120, rows: 40)).count == 1)
    #expect(try callSupport(Size(columns: 80, rows: 24)).count == 3)
    for size in PresentationTests.sizes {
      let title = Renderer.render(try PresentationTests.presenting(size: size)).text
      #expect(title.contains("█"), "no block letters on the title card at \(size)")
    }
  }

  /// A resize that splits a stage over more slides (or joins it) stays on that stage.
  @Test func resizingKeepsThePlace() throws {
    var state = try PresentationTests.presenting(size: Size(columns: 80, rows: 24))
    // Bounded: a deck that never reaches the slide fails here instead of hanging the run.
    var presses = 0
    while !Renderer.render(state).line(23).contains("Call support · stage 3 of 5 · 2/3") {
      presses += 1
      try #require(presses < 100, "never reached Call support 2/3")
      try Harness.send(&state, "<Right>")
    }
    _ = state.handle(.resize(Size(columns: 120, rows: 40)))
    #expect(Renderer.render(state).line(39).contains("Call support · stage 3 of 5"))
    // Back at the small size, on the very slide it was on.
    _ = state.handle(.resize(Size(columns: 80, rows: 24)))
    #expect(Renderer.render(state).line(23).contains("Call support · stage 3 of 5 · 2/3"))
  }

  /// Another editor's save, absorbed while presenting, shows on the same slide.
  @Test func aChangedMapShowsOnTheSameSlide() throws {
    var state = try PresentationTests.presenting()
    try Harness.send(&state, "<Right><Right><Right>")
    var changed = state.map
    changed.stages[1].name = "Search for an answer"
    state.absorb(changed, conflicts: 0, matchesDisk: true)
    let screen = Renderer.render(state)
    #expect(PresentationTests.counter(screen)?.0 == 4)
    #expect(screen.line(39).contains("Search for an answer · stage 2 of 5"))
  }

  // MARK: Themes and text

  @Test func theThemeIsTheEditorsAndTChangesIt() throws {
    var state = Harness.state(try Harness.map("maps/support-call.journey.json"))
    try Harness.send(&state, "T<F5>")
    #expect(state.options.theme == .highContrast)
    try Harness.send(&state, "T")
    #expect(state.options.theme == .mono)
    #expect(state.presentation != nil)
  }

  /// Map text is untrusted: on every slide of the hostile map, at a small and a large size, no
  /// cell holds a control character or a bidirectional override.
  @Test func hostileTextIsShownNotRun() throws {
    let map = try Harness.map("Tests/Fixtures/maps/hostile.journey.json")
    for size in [Size(columns: 80, rows: 24), Size(columns: 200, rows: 60)] {
      var state = Harness.state(map, size: size)
      state.presentOnly()
      for screen in try PresentationTests.walk(state) {
        for row in 0..<screen.size.rows {
          for scalar in screen.line(row).unicodeScalars {
            let v = scalar.value
            #expect(!(v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)))
          }
        }
      }
    }
  }

  /// A moment of truth nothing backstage supports says so: often the workshop's finding.
  @Test func anUnsupportedMomentIsFlagged() throws {
    var map = try Harness.map("maps/support-call.journey.json")
    map.processes = []
    var state = Harness.state(map)
    state.presentOnly()
    let moments = try PresentationTests.walk(state).filter { $0.text.contains("MOMENT OF TRUTH") }
    #expect(moments.count == 2)
    #expect(moments.allSatisfy { $0.text.contains("⚠ Nothing backstage supports this moment") })
  }

  /// A map with nothing in it still presents: a title card, an empty journey, no actions yet.
  @Test func anEmptyMapPresents() throws {
    var state = Harness.state(JourneyMap(id: "jm_empty", title: ""))
    state.presentOnly()
    let screens = try PresentationTests.walk(state)
    #expect(screens.count == 3)
    #expect(screens[0].text.contains("█"))  // "Untitled journey"
    #expect(screens[1].text.contains("No steps yet"))
    #expect(screens[2].text.contains("No opportunities yet"))
  }

  /// A long journey goes on over several journey slides, every step on one of them.
  @Test func aLongJourneySpreadsOverSlides() throws {
    var samples = SampleMaps(seed: 7)
    var state = Harness.state(samples.map(steps: 60), size: Size(columns: 80, rows: 24))
    state.presentOnly()
    let journey = try PresentationTests.walk(state).filter { $0.line(23).contains("The journey") }
    #expect(journey.count > 1)
    #expect(journey.allSatisfy { $0.line(23).contains("/\(journey.count)") })
  }
}
