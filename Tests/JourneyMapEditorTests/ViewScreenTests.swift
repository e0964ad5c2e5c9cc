import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// Golden screens of the three views for every example map, at the sizes facilitators use and
/// in every theme, styles included (see ``Screen/styledDump(theme:)``): the cursor is on the
/// first step of the second stage, so the stage band, the selection and (where the view
/// scrolls) the markers of steps off screen are all on the screen.
@Suite("Golden screens of the views")
struct ViewScreenTests {
  static let maps = ["support-call", "exhibition-tickets", "onboarding"]
  static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 200, rows: 60)]
  static let views: [(JourneyView, String)] = [(.grid, ""), (.wall, "w"), (.step, "z")]

  static var cases: [(String, JourneyView, Size, Theme)] {
    maps.flatMap { map in
      views.flatMap { view in sizes.flatMap { size in Theme.allCases.map { (map, view.0, size, $0) } } }
    }
  }

  @Test("every view of every example map", arguments: cases)
  func view(_ map: String, _ view: JourneyView, _ size: Size, _ theme: Theme) throws {
    let path = "maps/\(map).journey.json"
    var state = EditorState(map: try Harness.map(path), filePath: path, size: size, ids: IDGenerator(seed: 99), theme: theme)
    let keys = ViewScreenTests.views.first { $0.0 == view }!.1
    try Harness.send(&state, "]" + keys)
    #expect(state.options.view == view)
    Harness.expectGolden(Renderer.render(state).styledDump(theme: theme), "views/\(map)-\(view.rawValue)-\(size)-\(theme.rawValue).txt")
  }
}
