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
  var size: String = "100x30"

  @Option(help: "Headless: write the final screen to this file (default: standard output).")
  var dumpScreen: String?

  @Option(help: "Colour theme: normal, high-contrast (projectors) or mono.")
  var theme: String = "normal"

  func validate() throws {
    guard Size(parsing: size) != nil else { throw ValidationError("--size must look like 100x30") }
    guard Theme(rawValue: theme) != nil else { throw ValidationError("--theme is normal, high-contrast or mono") }
    if dumpScreen != nil && keys == nil { throw ValidationError("--dump-screen needs --keys (a headless run)") }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    if keys == nil && !Terminal.isInteractive {
      Console.error("journeymap: the editor needs a terminal (standard input and output must be a tty); use --keys for a headless run, or check/fmt for scripts")
      throw ExitCode(ExitStatus.usage)
    }
    var ids = IDGenerator.fromEnvironment(environment)
    let opened: MapOpener.Opened
    switch MapOpener.open(file, ids: &ids) {
    case .success(let value): opened = value
    case .failure(.unreadable(let error)):
      Console.error("journeymap: \(error)")
      throw ExitCode(ExitStatus.usage)
    case .failure(.invalid(let problems)):
      for problem in problems { Console.error(problem.formatted(file: file ?? "")) }
      Console.error("journeymap: \(file ?? "") has problems; fix them (journeymap check lists them) before editing")
      throw ExitCode(ExitStatus.problems)
    }
    let chosenTheme = Theme(rawValue: theme) ?? .normal
    let recoveryPath = RecoveryFile.path(for: file)
    if let keys {
      try runHeadless(opened, keys: keys, ids: ids, theme: chosenTheme, recoveryPath: recoveryPath)
    } else {
      try runInTerminal(opened, ids: ids, theme: chosenTheme, environment: environment, recoveryPath: recoveryPath)
    }
  }

  func runHeadless(_ opened: MapOpener.Opened, keys: String, ids: IDGenerator, theme: Theme, recoveryPath: String) throws {
    let events: [InputEvent]
    do {
      events = try KeyNotation.parse(keys)
    } catch {
      Console.error("journeymap: --keys: \(error)")
      throw ExitCode(ExitStatus.usage)
    }
    var state = EditorState(
      map: opened.map, filePath: file, isNew: opened.isNew, size: Size(parsing: size)!, ids: ids, theme: theme)
    if let offer = RecoveryKeeper.offer(for: opened.map, recoveryPath: recoveryPath) { state.offer(offer) }
    var session = EditorSession(state: state)
    session.run(events)
    let text = session.screen.text
    if let dumpScreen {
      do {
        try MapFile.writePlain(Array(text.utf8), to: dumpScreen)
      } catch {
        Console.error("journeymap: \(error)")
        throw ExitCode(ExitStatus.usage)
      }
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  func runInTerminal(
    _ opened: MapOpener.Opened, ids: IDGenerator, theme: Theme, environment: [String: String], recoveryPath: String
  ) throws {
    let terminal: Terminal
    do {
      terminal = try Terminal(environment: environment)
    } catch {
      Console.error("journeymap: \(error)")
      throw ExitCode(ExitStatus.usage)
    }
    jm_install_signal_handlers()
    terminal.setInputTimeout(milliseconds: 250)
    var state = EditorState(
      map: opened.map, filePath: file, isNew: opened.isNew, size: terminal.size, ids: ids,
      theme: terminal.hasColor ? theme : .mono)
    let lock = MapLock(for: file)
    switch lock.acquire() {
    case .heldBy(let pid):
      state.warnAtStart("\(file ?? "This map") is also open in another journeymap (process \(pid)); saves will ask before overwriting its changes")
    case .tookOverStale, .free: break
    }
    defer { lock.release() }
    if let offer = RecoveryKeeper.offer(for: opened.map, recoveryPath: recoveryPath) { state.offer(offer) }
    var session = EditorSession(state: state)
    let keeper = RecoveryKeeper(path: recoveryPath)
    terminal.present(session.screen, theme: session.state.options.theme)
    while !session.isFinished {
      let signal = jm_take_quit_signal()
      if signal != 0 {
        // Terminal closed, killed or interrupted: keep every word, give the terminal back.
        keeper.writeNow(session.state)
        lock.release()
        terminal.stop()
        if session.state.isModified {
          Console.error("journeymap: stopped by signal \(signal); unsaved changes are kept in \(keeper.path) — open the map again to restore them")
        }
        Foundation.exit(128 + signal)
      }
      if let event = terminal.readEvent() {
        session.send(event)
        terminal.present(session.screen, theme: session.state.options.theme)
      }
      keeper.update(session.state)
    }
    // Quitting with unsaved changes means the user chose to drop them.
    keeper.finish(session.state, keepUnsaved: false)
    terminal.stop()
    if let path = session.state.filePath, !session.state.isModified {
      Console.out("journeymap: \(path) saved")
    }
  }
}
