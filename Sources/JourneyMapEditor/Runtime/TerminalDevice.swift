/// What the editor runtime needs of a terminal. The ncurses backend implements it for the real
/// program; tests implement it with a scripted fake, so the event loop, recovery, locks, signals
/// and editing together are unit-tested without a terminal (tmux tests still cover the real one).
public protocol TerminalDevice: AnyObject {
  var size: Size { get }
  /// Whether the terminal shows colour (themes fall back to mono without it).
  var hasColor: Bool { get }
  /// The next key, mouse action or resize, waiting at most this long; nil when none came.
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
  func present(_ screen: Screen, theme: Theme)
  /// The terminal is no longer there (closed without a SIGHUP reaching us): the runtime then
  /// ends as if hung up, keeping every word.
  var isGone: Bool { get }
  /// Gives the terminal back as it was (cursor, echo, normal screen).
  func stop()
}
