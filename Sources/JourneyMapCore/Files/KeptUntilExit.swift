#if canImport(Glibc)
  import Glibc
#endif

/// What a one-shot command works on (its maps, an export, the editor's state), held until the
/// process exits instead of being freed when the command is done with it.
///
/// Freeing a 10,000-step map string by string takes longer than diffing it; exit gives all of
/// it back at once; the editor's state (the map, its undo history, its layout) took a third of
/// the time from opening a 50,000-step map to the end of the process after `q`. Only the values
/// of the latest call are held, so a command that reads many files in turn
/// (`check maps/*.journey.json`) still frees each map but the last.
///
/// Under LeakSanitizer (the test suite's second pass) nothing is kept: it cannot follow the
/// pointers Swift keeps with tag bits in enums, and would report what is held as leaked.
public enum KeptUntilExit {
  private final class Box: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
  }

  /// Written only by the command's own thread, just before it finishes.
  nonisolated(unsafe) private static var latest: Box?

  public static func keep(_ values: Any...) {
    guard !leakCheckAtExit else { return }
    latest = Box(values)
  }

  private static let leakCheckAtExit: Bool = {
    #if canImport(Glibc)
      return dlsym(nil, "__lsan_do_leak_check") != nil
    #else
      return false
    #endif
  }()
}
