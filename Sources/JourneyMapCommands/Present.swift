import ArgumentParser
import CTerminalSupport
import Foundation
import JourneyMapCore
import JourneyMapEditor
import TerminalBackend

/// `journeymap present FILE`: the map as slides, read-only, in the terminal or headless.
struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "present",
    abstract: "Show FILE as slides for the room: title, the journey, each stage, moments of truth, actions.",
    discussion: """
      Read-only: no key changes the map, and nothing is written beside it. → Space PageDown go \
      forward, ← Backspace PageUp go back, Home and End go to the first and last slide, q or Esc \
      leaves. The slides follow the file: save the map from an editor in another terminal and the \
      slides show the change. In the editor, F5 (:present) does the same.

      Headless runs work as the editor's: journeymap present FILE --keys '<Right><Right>' \
      --size 120x40 --dump-screen slide.txt
      """
  )

  @Argument(help: "The map to show.")
  var file: String

  @Option(help: "Run headless: these keys in vim notation (<Right>, <Space>, <End>).")
  var keys: String?

  @Option(help: "Headless screen size, COLUMNSxROWS.")
  var size: Size = Size(columns: 120, rows: 40)

  @Option(help: "Headless: write the final screen to this file (default: standard output).")
  var dumpScreen: String?

  @Option(help: "Colour theme: normal, high-contrast (projectors) or mono.")
  var theme: Theme = .normal

  func validate() throws {
    try ScreenRun.validate(keys: keys, dumpScreen: dumpScreen)
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    if keys == nil && !Terminal.isInteractive {
      throw CommandFailure.usage("presenting needs a terminal (standard input and output must be a tty); use --keys for a headless run")
    }
    let map: JourneyMap
    switch MapDocument(path: file).read(accepting: .allowingConflicts) {
    case .success(let contents): map = contents.map
    case .failure(.unreadable(let error)):
      throw CommandFailure.usage("\(error)")
    case .failure(.invalid(_, let problems)):
      for problem in problems { Console.error(problem.formatted(file: file)) }
      Console.error("journeymap: \(file) has problems; fix them (journeymap check lists them) before presenting")
      throw CommandFailure.problems
    }
    // No id is ever made while presenting; the generator is only what a state needs.
    let ids = IDGenerator.fromEnvironment(environment)
    if let keys {
      try runHeadless(map, keys: keys, ids: ids, theme: theme)
    } else {
      try runInTerminal(map, ids: ids, theme: theme, environment: environment)
    }
  }

  func runHeadless(_ map: JourneyMap, keys: String, ids: IDGenerator, theme: Theme) throws {
    let events = try ScreenRun.events(keys)
    var state = EditorState(map: map, filePath: file, size: size, ids: ids, theme: theme)
    state.presentOnly()
    var session = EditorSession(state: state)
    session.run(events)
    try ScreenRun.deliver(session.screen.text, to: dumpScreen)
  }

  func runInTerminal(_ map: JourneyMap, ids: IDGenerator, theme: Theme, environment: [String: String]) throws {
    let terminal = try ScreenRun.openTerminal(environment: environment)
    var state = EditorState(map: map, filePath: file, size: terminal.size, ids: ids, theme: terminal.hasColor ? theme : .mono)
    state.presentOnly()
    let runtime = PresentationRuntime(state: state, terminal: terminal, takeSignal: { jm_take_quit_signal() })
    if case .signalled(let signal) = runtime.run() { Foundation.exit(128 + signal) }
  }
}
