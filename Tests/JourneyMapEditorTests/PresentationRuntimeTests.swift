import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// `journeymap present`'s loop against a fake terminal: how it ends, and that it follows the
/// file without ever writing one.
@Suite("Presentation runtime")
struct PresentationRuntimeTests {
  static func runtime(path: String? = nil, signal: @escaping () -> Int32 = { 0 }, clock: @escaping () -> UInt64 = { 0 }) throws
    -> (PresentationRuntime, FakeTerminal)
  {
    let terminal = FakeTerminal()
    var map = try Harness.map("maps/support-call.journey.json")
    if let path, case .success(let contents) = MapDocument(path: path).read(accepting: .valid) { map = contents.map }
    var state = EditorState(map: map, filePath: path, size: terminal.size, ids: IDGenerator(seed: 1))
    state.presentOnly()
    return (PresentationRuntime(state: state, terminal: terminal, takeSignal: signal, now: clock), terminal)
  }

  @Test func leavingStopsTheTerminal() throws {
    let (runtime, terminal) = try PresentationRuntimeTests.runtime()
    terminal.pending = try KeyNotation.parse("<Right><Right>q")
    var outcome: PresentationRuntime.Outcome? = nil
    for _ in 0..<100 where outcome == nil { outcome = runtime.turn(timeoutMilliseconds: 0) }
    #expect(outcome == .left)
    #expect(terminal.stopped)
    #expect(terminal.text.contains("3 / 11"))
  }

  @Test func aSignalOrALostTerminalEndsIt() throws {
    let box = SignalBox()
    let (runtime, terminal) = try PresentationRuntimeTests.runtime(signal: { box.take() })
    #expect(runtime.turn(timeoutMilliseconds: 0) == nil)
    box.signal = 15
    #expect(runtime.turn(timeoutMilliseconds: 0) == .signalled(15))
    #expect(terminal.stopped)
    let (gone, goneTerminal) = try PresentationRuntimeTests.runtime()
    goneTerminal.isGone = true
    #expect(gone.turn(timeoutMilliseconds: 0) == .signalled(1))
    #expect(goneTerminal.stopped)
  }

  /// A save from elsewhere shows on the next look at the file; the presenter writes nothing.
  @Test func theSlidesFollowTheFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-present-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("m.journey.json")
    try FileManager.default.copyItem(at: Harness.root.appendingPathComponent("maps/support-call.journey.json"), to: file)
    let clock = ManualClock()
    let (runtime, terminal) = try PresentationRuntimeTests.runtime(path: file.path, clock: { clock.now })
    terminal.pending = try KeyNotation.parse("<Right><Right>")
    for _ in 0..<3 { _ = runtime.turn(timeoutMilliseconds: 0) }
    #expect(terminal.text.contains("Notice the problem · stage 1 of 5"))
    var map = runtime.session.state.map
    map.stages[0].name = "Spot the problem"
    let written = MapEncoder.encode(map)
    try MapFile.write(written, to: file.path)
    clock.now += 600_000_000
    _ = runtime.turn(timeoutMilliseconds: 0)
    #expect(terminal.text.contains("Spot the problem · stage 1 of 5"))
    #expect(runtime.session.state.map.stages[0].name == "Spot the problem")
    #expect(try [UInt8](Data(contentsOf: file)) == written)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.journey.json"])
  }
}

/// A signal number a test sets and the runtime takes.
final class SignalBox: @unchecked Sendable {
  var signal: Int32 = 0
  func take() -> Int32 {
    defer { signal = 0 }
    return signal
  }
}

/// Monotonic time a test moves by hand.
final class ManualClock: @unchecked Sendable {
  var now: UInt64 = 1_000_000_000
}
