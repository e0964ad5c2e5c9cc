import Foundation
import JourneyMapCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A real terminal: tmux on a private socket with a fixed size and a UTF-8 locale. Waits poll
/// the pane until the expected text appears (never a fixed sleep).
final class TmuxSession {
  let socket = "jm-test-\(UUID().uuidString.prefix(8))"
  let tmux: String

  /// Sessions use the vim keymap unless told otherwise: the tests are written in its keys.
  init?(command: String, columns: Int = 100, rows: Int = 30, directory: URL, keymap: String = "vim") {
    guard let tmux = TmuxSession.find() else { return nil }
    self.tmux = tmux
    let status = run([
      "-f", "/dev/null", "new-session", "-d", "-s", "s", "-x", "\(columns)", "-y", "\(rows)", "-c", directory.path,
      "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "TERM=xterm-256color", "-e", "JOURNEYMAP_KEYMAP=\(keymap)", command,
    ]).status
    guard status == 0 else { return nil }
    _ = run(["set-option", "-t", "s", "status", "off"])
    _ = run(["set-option", "-t", "s", "remain-on-exit", "on"])
  }

  deinit { _ = run(["kill-server"]) }

  static func find() -> String? {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs tmux with posix_spawn and waitpid rather than Foundation's Process: the first
  /// command forks the tmux server, which inherits the descriptors Process uses to notice that
  /// its child ended, so Process would wait for as long as the server runs.
  @discardableResult
  func run(_ arguments: [String]) -> (status: Int32, output: String) {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // The test runner's threads block signals; tmux and the editor must start with none blocked.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    guard posix_spawn(&pid, tmux, &actions, &attributes, argv, environ) == 0 else { return (-1, "") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    return ((status >> 8) & 0xFF, text)
  }

  var screen: String { run(["capture-pane", "-p", "-t", "s"]).output }

  /// Keys by tmux name (Enter, Escape, C-s) or literal text.
  func keys(_ names: String...) { run(["send-keys", "-t", "s"] + names) }
  func type(_ text: String) { run(["send-keys", "-t", "s", "-l", text]) }

  func resize(columns: Int, rows: Int) { run(["resize-window", "-t", "s", "-x", "\(columns)", "-y", "\(rows)"]) }

  /// Polls the pane until `condition` holds, for up to `timeout` seconds.
  @discardableResult
  func wait(timeout: Double = 15, _ what: String, until condition: (String) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition(screen) { return true }
      usleep(30_000)
    }
    Issue.record("timed out waiting for \(what); the screen was:\n\(screen)")
    return false
  }

  @discardableResult
  func wait(for text: String, timeout: Double = 15) -> Bool {
    wait(timeout: timeout, "“\(text)”") { $0.contains(text) }
  }

  /// A shell line that runs `command`, then prints its exit status and the terminal's echo and
  /// canonical modes, for ``expectTerminalRestored(noLonger:)``.
  static func reportingTerminalModes(after command: String) -> String {
    "\(command); echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(echo|icanon)$' | tr '\\n' ' '; echo; sleep 60"
  }

  /// After the program ended: echo and canonical mode are back, the alternate screen is left
  /// (`shown` is no longer on screen), and the cursor shows.
  func expectTerminalRestored(noLonger shown: String, sourceLocation: SourceLocation = #_sourceLocation) {
    wait(for: "icanon")
    let text = screen
    let modes = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    #expect(modes.contains("echo") && modes.contains("icanon"), "terminal modes not restored:\n\(text)", sourceLocation: sourceLocation)
    #expect(!modes.contains("-echo") && !modes.contains("-icanon"), sourceLocation: sourceLocation)
    #expect(!text.contains(shown), "“\(shown)” is still shown (alternate screen not left)", sourceLocation: sourceLocation)
    #expect(run(["display-message", "-p", "-t", "s", "#{cursor_flag}"]).output.hasPrefix("1"), sourceLocation: sourceLocation)
  }
}

@Suite("Real terminal (tmux)", .serialized)
struct TmuxTests {
  /// A first-time user with the default (simple) keymap types straight onto the map: the text
  /// lands in the cell, and letters that are vim commands (C settles conflicts, u undoes, t adds
  /// a touchpoint) never run.
  @Test func aNewUserTypesIntoTheMapAndNothingRunsAsACommand() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("n.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: file)
    let original = try #require(MapLoader.load([UInt8](try Data(contentsOf: file))).validMap)
    guard let tmux = TmuxSession(command: "'\(CLI.binary)' n.journey.json", columns: 120, rows: 40, directory: dir, keymap: "") else {
      Requirement.unmet("tmux")
      return
    }
    tmux.wait(for: "Opens the monthly invoice")
    tmux.keys("Down")
    tmux.type("Customers usually think it is a mistake")
    tmux.keys("Enter")
    tmux.wait(for: "Customers usually")
    tmux.keys("C-z")
    tmux.wait(for: "Undid")
    tmux.keys("C-y")
    tmux.wait(for: "Redid")
    // Esc then a letter runs its command: o opens the capture line.
    tmux.keys("Escape", "o")
    tmux.wait(for: "CAPTURE")
    tmux.type("Reads the reply -1 annoyed")
    tmux.keys("Enter", "C-s")
    tmux.wait(for: "Saved")
    let saved = try #require(MapLoader.load([UInt8](try Data(contentsOf: file))).validMap)
    #expect(saved.steps[0].thoughts.contains("Customers usually think it is a mistake"))
    #expect(saved.steps[1].title == "Reads the reply")
    var expected = original
    expected.steps[0].thoughts = saved.steps[0].thoughts
    expected.steps.insert(saved.steps[1], at: 1)
    #expect(saved == expected, "nothing but the typed text changed")
    tmux.keys("C-q")
  }

  /// A bracketed paste (`paste-buffer -p`), while editing and while not: the map gets exactly the
  /// pasted text and nothing else changes; pasted letters never run as commands.
  @Test func bracketedPasteIsTextNeverKeys() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("p.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: file)
    let original = try #require(MapLoader.load([UInt8](try Data(contentsOf: file))).validMap)
    guard let tmux = try start("p.journey.json", columns: 120, rows: 40, in: dir) else { return }
    tmux.wait(for: "Opens the monthly invoice")
    // Not editing: "D" and "x" in the paste would delete; they are offered as thoughts instead.
    tmux.keys("j")
    tmux.run(["set-buffer", "D\nx\nNot a command"])
    tmux.run(["paste-buffer", "-p", "-t", "s"])
    tmux.wait(for: "Enter adds")
    tmux.keys("Escape")
    tmux.wait(for: "Paste dropped")
    // Editing: the lines go into the cell, one thought per line.
    tmux.keys("a")
    tmux.wait(for: "EDIT")
    tmux.run(["set-buffer", "Pasted one\nPasted two"])
    tmux.run(["paste-buffer", "-p", "-t", "s"])
    // Several lines end the edit: each is a thought of its own.
    tmux.wait(for: "Pasted 2 lines")
    tmux.keys("C-s")
    tmux.wait(for: "Saved")
    let saved = try #require(MapLoader.load([UInt8](try Data(contentsOf: file))).validMap)
    var expected = original
    expected.steps[0].thoughts = ["That is more than last month.", "Pasted one", "Pasted two", "Did we add people?"]
    #expect(saved == expected, "\(saved.steps[0].thoughts)")
    tmux.keys("q")
  }

  /// A session running journeymap, or nil (with a failure under CI) when tmux is missing.
  func start(_ arguments: String, columns: Int = 100, rows: Int = 30, in directory: URL? = nil, shell: String? = nil) throws -> TmuxSession? {
    let dir = try directory ?? CLI.temporaryDirectory()
    let command = shell ?? "'\(CLI.binary)' \(arguments)"
    guard let session = TmuxSession(command: command, columns: columns, rows: rows, directory: dir) else {
      Requirement.unmet("tmux")
      return nil
    }
    return session
  }

  @Test func startsAndDraws() throws {
    guard let tmux = try start("'\(CLI.root.path)/maps/support-call.journey.json'") else { return }
    tmux.wait(for: "Opens the monthly invoice")
    let screen = tmux.screen
    #expect(screen.contains("Notice the problem"))
    #expect(screen.contains("NORMAL"))
    #expect(screen.contains("line of interaction"))
    #expect(screen.split(separator: "\n").count >= 29)
  }

  @Test func typedUTF8TextAppears() throws {
    guard let tmux = try start("new.journey.json") else { return }
    tmux.wait(for: "untitled step")
    tmux.keys("Enter")
    tmux.wait(for: "EDIT")
    tmux.type("Café 漢字 😀 naïve")
    tmux.keys("Enter")
    tmux.wait(for: "Café 漢字 😀 naïve")
    // The grid stays aligned after wide characters: the separator column is where it was.
    let lines = tmux.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let headerLine = try #require(lines.first { $0.contains("Café") && !$0.contains("›") })  // not the breadcrumb
    let plainLine = try #require(lines.first { $0.contains("Thinking") })
    func separatorColumn(_ line: String) -> Int? {
      var column = 0
      for character in line {
        if character == "│" { return column }
        column += character.unicodeScalars.first.map { ($0.properties.isEmojiPresentation || (0x4E00...0x9FFF).contains($0.value)) ? 2 : 1 } ?? 1
      }
      return nil
    }
    #expect(separatorColumn(headerLine) == separatorColumn(plainLine))
  }

  @Test func resizeRedraws() throws {
    guard let tmux = try start("'\(CLI.root.path)/maps/onboarding.journey.json'", columns: 120, rows: 40) else { return }
    tmux.wait(for: "Signs the contract")
    tmux.resize(columns: 60, rows: 20)
    tmux.wait("a 60-column layout") { screen in
      let lines = screen.split(separator: "\n")
      return lines.count <= 20 && screen.contains("Signs the") && screen.contains("NORMAL")
    }
    tmux.resize(columns: 30, rows: 10)
    tmux.wait(for: "too small")
    tmux.resize(columns: 100, rows: 30)
    tmux.wait(for: "Kick off")
  }

  @Test func ctrlSWritesTheFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    guard let tmux = try start("saved.journey.json", in: dir) else { return }
    tmux.wait(for: "untitled step")
    tmux.keys("Enter")
    tmux.type("Hears about us")
    tmux.keys("Enter", "5", "C-s")
    tmux.wait(for: "Saved saved.journey.json")
    let text = try String(contentsOf: dir.appendingPathComponent("saved.journey.json"), encoding: .utf8)
    #expect(text.contains("\"title\": \"Hears about us\""))
    #expect(text.contains("\"score\": 2"))
    #expect(try CLI.run(["check", "saved.journey.json"], in: dir).status == 0)
  }

  @Test func quittingRestoresTheTerminal() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let script = TmuxSession.reportingTerminalModes(after: "'\(CLI.binary)' m.journey.json")
    guard let tmux = try start("", in: dir, shell: script) else { return }
    tmux.wait(for: "untitled step")
    tmux.keys("o")
    tmux.type("Changed")
    tmux.keys("Enter", "q")
    tmux.wait(for: "Unsaved changes")
    tmux.keys("n")
    tmux.wait(for: "exit=0")
    tmux.expectTerminalRestored(noLonger: "NORMAL")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.journey.json").path))
  }

  @Test func ctrlCAsksInsteadOfDying() throws {
    guard let tmux = try start("c.journey.json") else { return }
    tmux.wait(for: "untitled step")
    tmux.keys("+", "C-c")
    tmux.wait(for: "Unsaved changes")
    tmux.keys("Escape")
    tmux.wait(for: "Not quitting")
  }
}

/// Every typed word survives the terminal going away: committed edits and the text still being
/// typed in a cell are in this editor's recovery file within about half a second, and opening
/// the map again offers them back, the cell text in its cell.
@Suite("Recovery in a real terminal", .serialized)
struct RecoveryTmuxTests {
  static let typed = "Finally, a start date for the rollout"

  /// The recovery files beside a map (one per editor process).
  static func recoveries(_ dir: URL, _ name: String) -> [URL] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return entries.filter { $0.hasPrefix(".\(name).") && $0.hasSuffix(".recover") }.map { dir.appendingPathComponent($0) }
  }

  static func recoveryHolds(_ dir: URL, _ name: String, _ text: String) -> Bool {
    recoveries(dir, name).contains { ((try? String(contentsOf: $0, encoding: .utf8)) ?? "").contains(text) }
  }

  /// Each test edits a map of its own name, so the process it signals is surely its own.
  func editThenStop(_ stop: (TmuxSession, String) -> Void) throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let name = "r-\(UUID().uuidString.prefix(8).lowercased()).journey.json"
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), to: dir.appendingPathComponent(name))
    let original = try Data(contentsOf: dir.appendingPathComponent(name))
    guard let tmux = TmuxSession(command: "'\(CLI.binary)' \(name); echo exit=$?; sleep 60", directory: dir) else {
      Requirement.unmet("tmux")
      return
    }
    tmux.wait(for: "Signs the contract")
    tmux.keys("Enter", "C-u")
    tmux.type("Signs the contract at last")
    tmux.keys("Enter", "a")
    // Enter went on to the thinking lane. Typed into the cell and not committed: what the room just said.
    tmux.type(Self.typed)
    tmux.wait(for: "for the rollout")
    let typedAt = Date()
    while Date().timeIntervalSince(typedAt) < 3, !Self.recoveryHolds(dir, name, Self.typed) { usleep(20_000) }
    let delay = Date().timeIntervalSince(typedAt)
    #expect(Self.recoveryHolds(dir, name, Self.typed), "the text being typed never reached a recovery file")
    // Half a second is the promise; the margin is for a loaded test machine.
    #expect(delay < 1.5, "the recovery file took \(delay) s to follow the typing")
    stop(tmux, name)
    // The map itself was never written.
    #expect(try Data(contentsOf: dir.appendingPathComponent(name)) == original)
    // Opening again offers the work back; r restores it, the typed text in its cell.
    guard let again = TmuxSession(command: "'\(CLI.binary)' \(name)", directory: dir) else {
      Issue.record("could not start tmux a second time")
      return
    }
    again.wait(for: "Unsaved work from an earlier session")
    #expect(again.screen.contains("Signs the contract at last"))
    #expect(again.screen.contains("for the rollout"))
    again.keys("r")
    again.wait(for: "what was being typed")
    #expect(again.screen.contains("EDIT"), "the typed text is back in its cell, being edited")
    again.keys("Enter")
    again.keys("C-s")
    again.wait(for: "Saved \(name)")
    let saved = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    #expect(saved.contains("Signs the contract at last"))
    #expect(saved.contains("\"" + Self.typed + "\""), "the typed text is a thought of its own")
    #expect(!saved.contains("x-journeymap-draft"))
    again.keys("q")
    func locks() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".lock") } ?? [] }
    let gone = Date().addingTimeInterval(3)
    while Date() < gone, !Self.recoveries(dir, name).isEmpty || !locks().isEmpty { usleep(50_000) }
    #expect(Self.recoveries(dir, name).isEmpty, "a recovery file outlived a clean save and quit")
    #expect(locks().isEmpty, "locks left behind: \(locks())")
  }

  static func signal(_ name: String, _ signal: Int32) {
    if let pid = TmuxSession.pgrep(name) { kill(pid, signal) }
  }

  @Test func sighupKeepsEveryWord() throws {
    try editThenStop { tmux, name in
      Self.signal(name, SIGHUP)
      tmux.wait(for: "exit=129")
      #expect(tmux.screen.contains("unsaved work is kept"))
    }
  }

  @Test func sigtermKeepsEveryWord() throws {
    try editThenStop { tmux, name in
      Self.signal(name, SIGTERM)
      tmux.wait(for: "exit=143")
    }
  }

  @Test func sigintFromOutsideKeepsEveryWord() throws {
    try editThenStop { tmux, name in
      Self.signal(name, SIGINT)
      tmux.wait(for: "exit=130")
    }
  }

  /// `kill -9` cannot be caught: what is kept is what the recovery file held already.
  @Test func killNineKeepsWhatWasTypedHalfASecondAgo() throws {
    try editThenStop { tmux, name in
      Self.signal(name, SIGKILL)
      tmux.wait(for: "exit=137")
    }
  }

  /// A crash (a Swift runtime trap raises SIGTRAP or SIGILL; a bad pointer SIGSEGV) still gives
  /// the terminal back, and the recovery file written moments before holds the work.
  @Test func aCrashRestoresTheTerminal() throws {
    try editThenStop { tmux, name in
      Self.signal(name, SIGSEGV)
      tmux.wait(for: "exit=139")
      #expect(tmux.run(["display-message", "-p", "-t", "s", "#{cursor_flag} #{alternate_on}"]).output.hasPrefix("1 0"))
    }
  }

  @Test func killingThePaneKeepsEveryWord() throws {
    try editThenStop { tmux, name in
      let pid = TmuxSession.pgrep(name)
      tmux.run(["kill-pane", "-t", "s"])
      let deadline = Date().addingTimeInterval(5)
      while Date() < deadline, let pid, kill(pid, 0) == 0 { usleep(50_000) }
      #expect(pid.map { kill($0, 0) != 0 } ?? false, "the editor outlived its pane")
    }
  }

  @Test func killingTheTmuxServerKeepsEveryWord() throws {
    try editThenStop { tmux, name in
      let pid = TmuxSession.pgrep(name)
      tmux.run(["kill-server"])
      let deadline = Date().addingTimeInterval(5)
      while Date() < deadline, let pid, kill(pid, 0) == 0 { usleep(50_000) }
      #expect(pid.map { kill($0, 0) != 0 } ?? false, "the editor outlived its terminal")
    }
  }
}

extension TmuxSession {
  /// The pid of the journeymap process editing a file (started by a tmux session).
  static func pgrep(_ file: String) -> Int32? {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
    for entry in entries {
      guard let pid = Int32(entry),
        let cmdline = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline"))
      else { continue }
      let parts = cmdline.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      if parts.count >= 2, parts[0].hasSuffix("/journeymap"), parts[1] == file { return pid }
    }
    return nil
  }
}

/// Two facilitators (or two breakout groups) in two terminals on one map: each edit reaches the
/// file and the other screen within a second, with or without Ctrl-S. `JOURNEYMAP_EDITS=200`
/// runs the long version (a minute of alternating edits).
@Suite("Two editors in real terminals", .serialized)
struct TwoEditorsTmuxTests {
  static var edits: Int { Int(ProcessInfo.processInfo.environment["JOURNEYMAP_EDITS"] ?? "") ?? 30 }

  func twoEditors(startingFrom example: String?) throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let name = "shared.journey.json"
    if let example {
      try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(example), to: dir.appendingPathComponent(name))
    }
    guard let a = TmuxSession(command: "'\(CLI.binary)' \(name)", columns: 120, rows: 35, directory: dir) else {
      Requirement.unmet("tmux")
      return
    }
    a.wait(for: "NORMAL")
    guard let b = TmuxSession(command: "'\(CLI.binary)' \(name)", columns: 120, rows: 35, directory: dir) else {
      Issue.record("could not start a second tmux")
      return
    }
    b.wait(for: "you edit together")
    // A new file exists once the editors know of each other.
    a.wait(for: "NORMAL")
    let created = Date().addingTimeInterval(3)
    while Date() < created, !FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path) { usleep(50_000) }
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path))
    for i in 0..<Self.edits {
      let editor = i.isMultiple(of: 2) ? a : b
      editor.keys("$", "o")
      editor.type("edit number \(i) by \(i.isMultiple(of: 2) ? "a" : "b")")
      editor.keys("Enter")
      // A facilitator's Ctrl-S now and then, between the edits saved on their own.
      if i % 10 == 9 { editor.keys("C-s") }
      usleep(300_000)
    }
    func fileText() -> String { (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? "" }
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline, !fileText().contains("edit number \(Self.edits - 1) by") { usleep(100_000) }
    let text = fileText()
    let missing = (0..<Self.edits).filter { !text.contains("\"edit number \($0) by ") }
    #expect(missing.isEmpty, "edits missing from the file: \(missing)")
    let map = try #require(MapLoader.load(Array(text.utf8)).validMap, "the shared file is a valid map")
    #expect(map.steps.filter { $0.title.hasPrefix("edit number") }.count == Self.edits)
    // Both screens show both editors' edits: search each for the other's last one.
    for (editor, other) in [(a, "b"), (b, "a")] {
      let last = (0..<Self.edits).last { ($0.isMultiple(of: 2) ? "a" : "b") == other }!
      // The file has it; each screen shows it within a second of its save: search until then.
      let deadline = Date().addingTimeInterval(3)
      repeat {
        editor.keys("/")
        editor.type("edit number \(last) by")
        editor.keys("Enter")
        usleep(200_000)
      } while Date() < deadline && !editor.screen.contains("edit number \(last) by \(other)")
      editor.wait(for: "edit number \(last) by \(other)")
    }
    // Neither has anything unsaved: quitting asks nothing, and leaves no files behind.
    a.keys("q")
    b.keys("q")
    let leftovers = Date().addingTimeInterval(3)
    func extra() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0 != name } }
    while Date() < leftovers, !extra().isEmpty { usleep(50_000) }
    #expect(extra().isEmpty, "left beside the map: \(extra())\n--- a:\n\(a.screen)\n--- b:\n\(b.screen)")
  }

  @Test func twoEditorsOnAnExistingMap() throws { try twoEditors(startingFrom: "maps/onboarding.journey.json") }

  @Test func twoEditorsOnABrandNewFile() throws { try twoEditors(startingFrom: nil) }
}
