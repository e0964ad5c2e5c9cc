import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// A terminal for tests: events are queued by the test, frames are kept, and time is a number
/// the test moves, so the runtime's loop, files and timers run without a real terminal.
final class FakeTerminal: TerminalDevice {
  var size: Size
  var hasColor = true
  var pending: [InputEvent] = []
  private(set) var frames = 0
  private(set) var lastScreen: Screen?
  private(set) var stopped = false
  /// Set by a test to play a terminal that went away without a SIGHUP.
  var isGone = false

  init(size: Size = Size(columns: 120, rows: 40)) {
    self.size = size
  }

  func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    pending.isEmpty ? nil : pending.removeFirst()
  }

  func present(_ screen: Screen, theme: Theme) {
    frames += 1
    lastScreen = screen
  }

  func stop() { stopped = true }

  var text: String { lastScreen?.text ?? "" }
}

/// One editor process in a test: a runtime with its own identity, fake terminal, clock and
/// signal box.
final class FakeEditor {
  let terminal = FakeTerminal()
  let runtime: EditorRuntime
  let identity: ProcessIdentity
  var signal: Int32 = 0
  nonisolated(unsafe) static var clock: UInt64 = 1_000_000_000

  init(path: String?, map: JourneyMap? = nil, identity: ProcessIdentity, isNew: Bool = false) throws {
    self.identity = identity
    var ids = IDGenerator(seed: UInt64(identity.pid))
    let opened: JourneyMap
    if let map {
      opened = map
    } else if let path, case .success(let contents) = MapDocument(path: path).read(accepting: .allowingConflicts) {
      opened = contents.map
    } else {
      opened = StarterMap.make(ids: &ids)
    }
    let state = EditorState(map: opened, filePath: path, isNew: isNew, size: terminal.size, ids: ids)
    // Weak: the runtime keeps this closure, and this editor keeps the runtime.
    weak var box: FakeEditor? = nil
    runtime = EditorRuntime(
      state: state, terminal: terminal, me: identity, takeSignal: { defer { box?.signal = 0 }; return box?.signal ?? 0 },
      now: { FakeEditor.clock })
    box = self
    runtime.start()
  }

  var state: EditorState { runtime.session.state }

  /// Feeds keys (vim notation), one loop turn per key, then a few idle turns.
  @discardableResult
  func keys(_ notation: String) throws -> EditorRuntime.Outcome? {
    terminal.pending += try KeyNotation.parse(notation)
    var outcome: EditorRuntime.Outcome? = nil
    while !terminal.pending.isEmpty, outcome == nil { outcome = runtime.turn(timeoutMilliseconds: 0) }
    return outcome
  }

  /// Idle turns while the clock moves on (milliseconds).
  @discardableResult
  func idle(_ milliseconds: UInt64) -> EditorRuntime.Outcome? {
    FakeEditor.clock += milliseconds * 1_000_000
    return runtime.turn(timeoutMilliseconds: 0)
  }
}
