import ArgumentParser
import CTerminalSupport
import Foundation
import JourneyMapCore
import JourneyMapEditor
import TerminalBackend

/// `journeymap [FILE]`: the editor, in the terminal or headless.
struct Edit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Open FILE in the editor (the default when you run `journeymap FILE`).",
    discussion: """
      Without FILE, opens an untitled starter map; the first save asks for a name. A FILE that \
      does not exist starts from the starter map and is written on the first save.

      Headless runs (tests, demos, automation) feed keys in vim notation instead of reading the \
      keyboard, render a frame after every key exactly as in the terminal, and write the final \
      screen as text: journeymap FILE --keys 'jj<Enter>Calls the helpline<Enter><C-s>q' \
      --size 100x30 --dump-screen screen.txt
      """
  )

  @Argument(help: "The map to open.")
  var file: String?

  @Option(help: "Run headless: these keys in vim notation (<Enter>, <Esc>, <C-s>, <Up>, <lt> for <).")
  var keys: String?

  @Option(help: "Headless screen size, COLUMNSxROWS.")
  var size: Size = Size(columns: 100, rows: 30)

  @Option(help: "Headless: write the final screen to this file (default: standard output).")
  var dumpScreen: String?

  @Flag(
    help: """
      Headless: offer unsaved work an ended session left beside the map, as the terminal editor \
      does (the script then answers: r restores, d discards, k keeps both). Without it a script's \
      keys never answer that question by accident.
      """)
  var offerRecovery = false

  @Option(help: "Colour theme: normal, high-contrast (projectors) or mono.")
  var theme: Theme = .normal

  @Option(
    help: """
      Keys: simple (typing on a cell writes in it; commands are Ctrl and function keys, or Esc then a letter) \
      or vim (single letters run commands). Default: simple in the terminal (JOURNEYMAP_KEYMAP=vim changes it), \
      vim for --keys scripts.
      """)
  var keymap: KeymapChoice?

  func validate() throws {
    try ScreenRun.validate(keys: keys, dumpScreen: dumpScreen)
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    if keys == nil && !Terminal.isInteractive {
      throw CommandFailure.usage(
        "the editor needs a terminal (standard input and output must be a tty); use --keys for a headless run, or check/fmt for scripts")
    }
    var ids = IDGenerator.fromEnvironment(environment)
    let opened: MapOpener.Opened
    switch MapOpener.open(file, ids: &ids) {
    case .success(let value): opened = value
    case .failure(.unreadable(let error)):
      throw CommandFailure.usage("\(error)")
    case .failure(.invalid(_, let problems)):
      for problem in problems { Console.error(problem.formatted(file: file ?? "")) }
      Console.error("journeymap: \(file ?? "") has problems; fix them (journeymap check lists them) before editing")
      throw CommandFailure.problems
    }
    if let keys {
      try runHeadless(opened, keys: keys, ids: ids, theme: theme)
    } else {
      try runInTerminal(opened, ids: ids, theme: theme, environment: environment)
    }
  }

  func runHeadless(_ opened: MapOpener.Opened, keys: String, ids: IDGenerator, theme: Theme) throws {
    let events = try ScreenRun.events(keys)
    var state = EditorState(
      map: opened.map, filePath: file, isNew: opened.isNew, size: size, ids: ids, theme: theme,
      keymap: keymap?.keymap ?? .vim)
    if let current = opened.current { state.compare(withCurrent: current) }
    // A headless run reads what a crashed session left (a demo can show the offer) but keeps
    // no files of its own beside the map.
    let me = ProcessIdentity.current
    if let orphan = EditorFiles(mapPath: file).orphanedRecoveries(besides: me).first {
      if offerRecovery, let offer = RecoveryOffer.make(for: opened.map, recoveryPath: orphan) {
        state.offer(offer)
      } else if !offerRecovery {
        Console.error("journeymap: note: \(orphan) holds unsaved work of an ended session; open the map in the editor to restore it")
      }
    }
    var session = EditorSession(state: state)
    session.change { $0.resumeEmbeddedDraft() }
    session.run(events)
    KeptUntilExit.keep(opened, session)
    try ScreenRun.deliver(session.screen.text, to: dumpScreen)
  }

  func runInTerminal(_ opened: MapOpener.Opened, ids: IDGenerator, theme: Theme, environment: [String: String]) throws {
    let terminal = try ScreenRun.openTerminal(environment: environment)
    let chosen = keymap?.keymap ?? environment["JOURNEYMAP_KEYMAP"].flatMap { Keymap(rawValue: $0.lowercased()) } ?? .simple
    var state = EditorState(
      map: opened.map, filePath: file, isNew: opened.isNew, size: terminal.size, ids: ids,
      theme: terminal.hasColor ? theme : .mono, keymap: chosen)
    if let current = opened.current { state.compare(withCurrent: current) }
    let runtime = EditorRuntime(state: state, terminal: terminal, takeSignal: { jm_take_quit_signal() })
    let outcome = runtime.run()
    KeptUntilExit.keep(opened, runtime.session)
    switch outcome {
    case .quit(let saved):
      if let saved { Console.out("journeymap: \(saved) saved") }
    case .signalled(let signal, let kept):
      if let kept {
        Console.error("journeymap: stopped by signal \(signal); unsaved work is kept in \(kept) — open the map again to restore it")
      } else if let problem = runtime.recoveryProblem {
        Console.error("journeymap: stopped by signal \(signal); unsaved work could NOT be kept (\(problem))")
      }
      Foundation.exit(128 + signal)
    }
  }
}
