import Foundation
import Testing

extension TmuxSession {
  /// Bytes written to the editor as they are, the way a terminal reports the mouse (tmux would
  /// take a mouse report typed as text for its own).
  func bytes(_ bytes: [UInt8]) {
    run(["send-keys", "-t", "s", "-H"] + bytes.map { String($0, radix: 16) })
  }

  /// One notch of the wheel over a cell (0-based), reported the way the pane's terminal type
  /// (tmux-256color, whose mouse key is `ESC [ M`) says: button, column and row plus 32.
  func wheel(down: Bool, column: Int, row: Int) {
    bytes([0x1B, 0x5B, 0x4D, UInt8(32 + (down ? 65 : 64)), UInt8(32 + column + 1), UInt8(32 + row + 1)])
  }
}

/// The views in a real terminal: each survives resizing, and the wheel scrolls the view. The
/// editor opens a copy of an example map in a temporary directory: keys and mouse reports sent
/// to a real terminal must never reach the project's own maps.
extension TmuxTests {
  func startOnACopy(_ name: String, columns: Int, rows: Int) throws -> (TmuxSession, URL)? {
    let dir = try CLI.temporaryDirectory()
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("maps/\(name).journey.json"), to: dir.appendingPathComponent("\(name).journey.json"))
    guard let tmux = try start("\(name).journey.json", columns: columns, rows: rows, in: dir) else {
      try? FileManager.default.removeItem(at: dir)
      return nil
    }
    return (tmux, dir)
  }

  @Test func everyViewRedrawsOnResize() throws {
    guard let (tmux, dir) = try startOnACopy("support-call", columns: 120, rows: 40) else { return }
    defer { try? FileManager.default.removeItem(at: dir) }
    tmux.wait(for: "Opens the monthly invoice")
    for (key, view, content) in [("w", "WALL ›", "Feeling"), ("z", "STEP ›", "FEELING"), ("#", "GRID ›", "Thinking")] {
      tmux.keys(key)
      tmux.wait(for: view)
      for (columns, rows) in [(80, 24), (200, 60), (120, 40)] {
        tmux.resize(columns: columns, rows: rows)
        // Redrawn for the new size: the status bar is on the second-last row again.
        tmux.wait("\(view) at \(columns)×\(rows)") { screen in
          let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
          return lines.count >= rows - 1 && lines[rows - 2].hasPrefix(" NORMAL ") && screen.contains(view) && screen.contains(content) && screen.contains("NORMAL")
            && !lines.contains { $0.count > columns }
        }
      }
    }
  }

  @Test func theWheelScrollsTheView() throws {
    guard let (tmux, dir) = try startOnACopy("support-call", columns: 120, rows: 40) else { return }
    defer { try? FileManager.default.removeItem(at: dir) }
    tmux.wait(for: "Opens the monthly invoice")
    for _ in 0..<3 { tmux.wheel(down: true, column: 60, row: 20) }
    // Three steps scrolled off to the left, and the first step's title with them.
    tmux.wait("the grid scrolled by three steps") { $0.contains(" ◂ 3 ") && !$0.contains("Opens the monthly invoice") }
    tmux.wheel(down: false, column: 60, row: 20)
    tmux.wait(for: " ◂ 2 ")
    // The selection moved with the view (onto the fourth step); the step view's wheel goes on
    // to the next step.
    tmux.keys("z")
    tmux.wait(for: "step 4 of 10")
    tmux.wheel(down: true, column: 60, row: 20)
    tmux.wait("the step view on the next step") { $0.contains(" ◂ 4 ") && $0.contains("step 5 of 10: Calls the helpline") }
  }
}
