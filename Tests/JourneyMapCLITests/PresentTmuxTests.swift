import Foundation
import JourneyMapCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `journeymap present` in a real terminal, on a copy of an example map: paging through the
/// slides, keys that would edit in the editor doing nothing, and leaving with the terminal
/// given back as it was and the file untouched.
extension TmuxTests {
  @Test func presentingPagesThroughAndLeavesTheTerminalAsItWas() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("s.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: file)
    let original = try Data(contentsOf: file)
    let script =
      TmuxSession.reportingTerminalModes(after: "'\(CLI.binary)' present s.journey.json")
    guard let tmux = try start("", columns: 120, rows: 40, in: dir, shell: script) else { return }
    tmux.wait(for: "1 / 11")
    #expect(tmux.screen.contains("PERSONA"))
    // Nothing beside the map: a presenter is not an editor.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.journey.json"])
    tmux.keys("Right")
    tmux.wait(for: "2 / 11")
    #expect(tmux.screen.contains("THE JOURNEY"))
    tmux.keys("Space")
    tmux.wait(for: "3 / 11")
    tmux.keys("PageDown")
    tmux.wait(for: "4 / 11")
    tmux.keys("PageUp")
    tmux.wait(for: "3 / 11")
    // Keys that edit in the editor: the same slide, the same file.
    for key in ["x", "D", "o", "a", "5", "*", "u", "C-s", ":", "Enter"] { tmux.keys(key) }
    tmux.wait(for: "4 / 11")
    tmux.keys("End")
    tmux.wait(for: "11 / 11")
    #expect(tmux.screen.contains("WHO DOES WHAT") || tmux.screen.contains("█"))
    tmux.keys("Home")
    tmux.wait(for: "1 / 11")
    // A resize lays the slides out again for the new size.
    tmux.resize(columns: 80, rows: 24)
    tmux.wait(for: "1 / 17")
    tmux.keys("q")
    tmux.wait(for: "exit=0")
    tmux.expectTerminalRestored(noLonger: "1 / 17")
    #expect(try Data(contentsOf: file) == original)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.journey.json"])
  }

  /// The slides follow the file: a save from elsewhere shows on the slide on screen.
  @Test func presentingFollowsTheFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("f.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: file)
    guard let tmux = try start("present f.journey.json", columns: 120, rows: 40, in: dir) else { return }
    tmux.wait(for: "1 / 11")
    tmux.keys("Right", "Right")
    tmux.wait(for: "Notice the problem · stage 1 of 5")
    var map = try #require(MapLoader.load([UInt8](try Data(contentsOf: file))).validMap)
    map.stages[0].name = "Spot the problem"
    try MapFile.write(MapEncoder.encode(map), to: file.path)
    tmux.wait(for: "Spot the problem · stage 1 of 5")
    tmux.keys("q")
  }

  /// High contrast on request, in colour; `NO_COLOR` takes the colour away whatever is asked.
  @Test func presentingHonoursThemeAndNoColor() throws {
    let map = CLI.root.appendingPathComponent("maps/onboarding.journey.json").path
    // The test runner's own environment may say NO_COLOR: each run says what it means.
    for (prefix, coloured) in [("env -u NO_COLOR ", true), ("env NO_COLOR=1 ", false)] {
      guard let tmux = try start("", columns: 100, rows: 30, shell: "\(prefix)'\(CLI.binary)' present '\(map)' --theme high-contrast") else { return }
      tmux.wait(for: "1 / ")
      let styled = tmux.run(["capture-pane", "-e", "-p", "-t", "s"]).output
      // The high-contrast theme's white page is colour 231.
      #expect(styled.contains("48;5;231") == coloured, "\(coloured ? "high contrast" : "NO_COLOR"):\n\(styled.prefix(400))")
      #expect(styled.contains("38;5;") == coloured)
      tmux.keys("Escape")
    }
  }
}
