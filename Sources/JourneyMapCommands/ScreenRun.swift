import ArgumentParser
import CTerminalSupport
import JourneyMapCore
import JourneyMapEditor
import TerminalBackend

/// What the editor and the presentation share: a headless run (keys in, the final screen out)
/// and a terminal run (a real terminal, with signals turned into a clean stop).
enum ScreenRun {
  /// The events of `--keys`, or a usage error that says which key notation is wrong.
  static func events(_ keys: String) throws -> [InputEvent] {
    do {
      return try KeyNotation.parse(keys)
    } catch {
      throw CommandFailure.usage("--keys: \(error)")
    }
  }

  /// Writes a headless run's final screen to `--dump-screen`, or shows it (made terminal-safe).
  static func deliver(_ screen: String, to dumpScreen: String?) throws {
    guard let dumpScreen else {
      Console.safeText(screen)
      return
    }
    do {
      try MapFile.write(Array(screen.utf8), to: dumpScreen)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
  }

  /// The terminal, with the signal handlers that let a run end cleanly (and keep unsaved work).
  static func openTerminal(environment: [String: String]) throws -> Terminal {
    let terminal: Terminal
    do {
      terminal = try Terminal(environment: environment)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
    jm_install_signal_handlers()
    return terminal
  }

  /// A headless run wrote its screen somewhere only if it ran headless.
  static func validate(keys: String?, dumpScreen: String?) throws {
    if dumpScreen != nil && keys == nil { throw ValidationError("--dump-screen needs --keys (a headless run)") }
  }
}
