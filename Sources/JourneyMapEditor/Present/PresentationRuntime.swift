import Dispatch
import JourneyMapCore

/// `journeymap present` in a terminal: slides only, read-only by construction. Unlike the
/// editor's runtime it announces nothing beside the map (no lock, no recovery file: there is no
/// work to lose, and an editor of the same map must not take a presenter for a second editor),
/// and it never writes. It follows the file instead: when the facilitator saves the map from
/// an editor in another terminal, the slides on the projector show the change within a second.
public final class PresentationRuntime {
  public private(set) var session: EditorSession
  private let terminal: TerminalDevice
  private let takeSignal: () -> Int32
  private let now: () -> UInt64
  private var stamp: FileStamp?
  private var lastLook: UInt64 = 0
  /// How often to look at the file for a newer map.
  public var followInterval: UInt64 = 500_000_000

  public enum Outcome: Equatable, Sendable {
    /// The presenter left (q, Esc).
    case left
    /// A signal ended it, or the terminal went away.
    case signalled(Int32)
  }

  /// - Parameters:
  ///   - state: a state already presenting (see ``EditorState/presentOnly()``).
  ///   - takeSignal: the number of a terminating signal received since the last call, or 0.
  ///   - now: monotonic nanoseconds.
  public init(
    state: EditorState, terminal: TerminalDevice, takeSignal: @escaping () -> Int32 = { 0 },
    now: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
  ) {
    self.terminal = terminal
    self.takeSignal = takeSignal
    self.now = now
    session = EditorSession(state: state)
    stamp = state.filePath.flatMap(FileStamp.init(path:))
  }

  public func run(tickMilliseconds: Int = 100) -> Outcome {
    present()
    while true {
      if let outcome = turn(timeoutMilliseconds: tickMilliseconds) { return outcome }
    }
  }

  /// One turn: a signal, or at most one event, then a look at the file.
  public func turn(timeoutMilliseconds: Int) -> Outcome? {
    if let outcome = signalled() { return outcome }
    if let event = terminal.nextEvent(timeoutMilliseconds: timeoutMilliseconds) {
      session.send(event)
      present()
    } else if terminal.isGone {
      terminal.stop()
      return .signalled(1)
    }
    if let outcome = signalled() { return outcome }
    if session.isFinished {
      terminal.stop()
      return .left
    }
    follow()
    return nil
  }

  private func signalled() -> Outcome? {
    let signal = takeSignal()
    guard signal != 0 else { return nil }
    terminal.stop()
    return .signalled(signal)
  }

  /// Shows the map as the file now holds it, when it changed and reads as a map (a file half
  /// written by another tool is looked at again next time).
  private func follow() {
    let t = now()
    guard t &- lastLook >= followInterval, let path = session.state.filePath else { return }
    lastLook = t
    let current = FileStamp(path: path)
    guard current != stamp, current != nil else { return }
    guard case .success(let disk) = MapDocument(path: path).read(accepting: .allowingConflicts) else { return }
    stamp = disk.stamp
    session.change { $0.absorb(disk.map, conflicts: 0, matchesDisk: true) }
    present()
  }

  private func present() {
    terminal.present(session.screen, theme: session.state.options.theme)
  }
}
