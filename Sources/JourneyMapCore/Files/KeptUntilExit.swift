/// The map a one-shot command works on, held until the process exits instead of being freed
/// when the command is done with it.
///
/// Freeing a 10,000-step map string by string takes longer than diffing it; exit gives all of
/// it back at once. Only the latest value is held, so a command that reads many files in turn
/// (`check maps/*.journey.json`) still frees each map but the last.
public enum KeptUntilExit {
  private final class Box: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
  }

  /// Written only by the command's own thread, just before it finishes.
  nonisolated(unsafe) private static var latest: Box?

  public static func keep(_ value: Any) {
    latest = Box(value)
  }
}
