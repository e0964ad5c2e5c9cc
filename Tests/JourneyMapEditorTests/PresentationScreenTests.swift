import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// Golden screens of presentation mode, styles included (see ``Screen/styledDump(theme:)``):
/// every slide of the support-call map at the two sizes a facilitator's laptop has, and the
/// title card and the journey of every example map on a large screen in every theme.
@Suite("Golden screens of the presentation")
struct PresentationScreenTests {
  static func slides(_ name: String, size: Size, theme: Theme) throws -> [Screen] {
    let path = "maps/\(name).journey.json"
    var state = EditorState(map: try Harness.map(path), filePath: path, size: size, ids: IDGenerator(seed: 99), theme: theme)
    state.presentOnly()
    return try PresentationTests.walk(state)
  }

  @Test("every slide of support-call", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
  func everySlide(_ size: Size) throws {
    let screens = try PresentationScreenTests.slides("support-call", size: size, theme: .normal)
    #expect(screens.count >= 10)
    for (i, screen) in screens.enumerated() {
      let number = (i + 1 < 10 ? "0" : "") + String(i + 1)
      Harness.expectGolden(screen.styledDump(theme: .normal), "present/support-call-\(size)-\(number).txt")
    }
  }

  @Test("title and journey of every map at 200×60", arguments: ViewScreenTests.maps, Theme.allCases)
  func titleAndJourney(_ name: String, _ theme: Theme) throws {
    let screens = try PresentationScreenTests.slides(name, size: Size(columns: 200, rows: 60), theme: theme)
    Harness.expectGolden(screens[0].styledDump(theme: theme), "present/\(name)-200x60-title-\(theme.rawValue).txt")
    Harness.expectGolden(screens[1].styledDump(theme: theme), "present/\(name)-200x60-journey-\(theme.rawValue).txt")
  }
}
