/// The map a one-shot command works on, held until the process exits instead of being freed
/// when the command is done with it.
///
/// Freeing a 10,000-step map string by string takes longer than diffing it; exit gives all of
/// it back at once; the editor's state (the map, its undo history, its layout) took a third of
/// the time from opening a 50,000-step map to the end of the process after `q`. Only the values
/// of the latest call are held, so a command that reads many files in turn
/// (`check maps/*.journey.json`) still frees each map but the last.
public enum KeptUntilExit {
  private final class Box: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
  }

  /// Written only by the command's own thread, just before it finishes.
  nonisolated(unsafe) private static var latest: Box?

  public static func keep(_ values: Any...) {
    latest = Box(values)
  }
}
