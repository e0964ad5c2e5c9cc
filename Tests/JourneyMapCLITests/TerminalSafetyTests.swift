import Foundation
import JourneyMapCore
import Testing

/// A map from a stranger's branch must not drive the terminal: escape sequences in any of its
/// text never reach standard output or standard error raw, through any command, git included.
@Suite("Terminal safety", .serialized)
struct TerminalSafetyTests {
  /// OSC 52 writes the clipboard, OSC 2 sets the window title, CSI clears the screen, the C1
  /// CSI does the same on some terminals, U+202E reverses what follows.
  static let attacks = [
    "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{1B}]2;pwned\u{07}", "\u{1B}[2J", "\u{9B}31m", "\u{202E}gnp.exe", "\r\u{1B}[Aover",
  ]
  static func attack(_ n: Int) -> String { "text " + attacks[n % attacks.count] + " end" }

  /// The example map with an attack in every text, id and extension it has.
  static func hostileMap() throws -> JourneyMap {
    let bytes = [UInt8](try Data(contentsOf: CLI.root.appendingPathComponent("maps/onboarding.journey.json")))
    var map = try #require(MapLoader.load(bytes).validMap)
    var n = 0
    func next() -> String {
      n += 1
      return attack(n)
    }
    map.title = next()
    map.persona.name = next()
    map.scenario = next()
    map.stakeholders = [next(), next()]
    for i in map.stages.indices { map.stages[i].name = next() }
    for i in map.touchpoints.indices {
      map.touchpoints[i].name = next()
      map.touchpoints[i].channel = next()
    }
    for i in map.steps.indices {
      map.steps[i].title = next()
      map.steps[i].thoughts.append(next())
      map.steps[i].feeling = Feeling(score: 1, word: next())
      for p in map.steps[i].painPoints.indices { map.steps[i].painPoints[p].text = next() }
      for o in map.steps[i].opportunities.indices { map.steps[i].opportunities[o].owner = next() }
    }
    for i in map.processes.indices { map.processes[i].title = next() }
    map.extensions["x-note \u{1B}]2;key\u{07}"] = .string(next())
    return map
  }

  /// Nothing a terminal would act on: no C0 control but newline and tab, no ESC, no C1, no
  /// bidirectional override. `allowingColour` permits the report's own SGR colour codes.
  static func expectSafe(_ text: String, _ what: String, allowingColour: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
    var checked = text
    if allowingColour { checked = checked.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) }
    let bad = checked.unicodeScalars.filter { s in
      (s.value < 0x20 && s != "\n" && s != "\t") || s.value == 0x7F || (0x80...0x9F).contains(s.value)
        || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
    #expect(bad.isEmpty, "\(what) printed raw control characters: \(bad.map { String(format: "U+%04X", $0.value) })", sourceLocation: sourceLocation)
  }

  static func expectSafe(_ result: CLI.Result, _ what: String, allowingColour: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
    expectSafe(result.stdout, what + " (stdout)", allowingColour: allowingColour, sourceLocation: sourceLocation)
    expectSafe(result.stderr, what + " (stderr)", sourceLocation: sourceLocation)
  }

  @Test func problemMessagesOfCheckAndFmt() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Unknown keys, enum values and malformed ids carrying escapes, as JSON escapes in the file.
    var text = String(decoding: MapEncoder.encode(try Self.hostileMap()), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"state\": \"current\"", with: "\"state\": \"\\u001b]52;c;SGVsbG8=\\u0007\"")
    text = text.replacingOccurrences(of: "\"id\": \"stp_", with: "\"id\": \"\\u001b[2Jstp_")
    text = text.replacingOccurrences(of: "\"title\":", with: "\"\\u001b]2;key\\u0007\": 1, \"title\":")
    try Data(text.utf8).write(to: dir.appendingPathComponent("bad.journey.json"))
    let check = try CLI.run(["check", "bad.journey.json"], in: dir)
    #expect(check.status == 1)
    #expect(check.stdout.contains("␛]52;c;SGVsbG8=␇"), "the attack is shown, made visible: \(check.stdout.prefix(400))")
    Self.expectSafe(check, "check")
    let fmt = try CLI.run(["fmt", "bad.journey.json"], in: dir)
    #expect(fmt.status == 1)
    Self.expectSafe(fmt, "fmt")
    let stdin = try CLI.run(["fmt", "-"], in: dir, input: Data(text.utf8))
    Self.expectSafe(stdin, "fmt -")
  }

  @Test func diffTextconvAndExportToStandardOutput() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let old = try Self.hostileMap()
    var new = old
    new.title = Self.attack(3) + " changed"
    for i in new.stages.indices { new.stages[i].name += Self.attack(i) }
    new.steps[0].title = Self.attack(1) + " new"
    let removed = new.steps.removeLast().id
    for p in new.processes.indices { new.processes[p].steps.removeAll { $0 == removed } }
    new.processes.removeAll { $0.steps.isEmpty }
    new.processes[0].owner = Self.attack(2)
    try Data(MapEncoder.encode(old)).write(to: dir.appendingPathComponent("old.journey.json"))
    try Data(MapEncoder.encode(new)).write(to: dir.appendingPathComponent("new.journey.json"))
    for color in ["never", "always"] {
      let diff = try CLI.run(["diff", "--color", color, "old.journey.json", "new.journey.json"], in: dir)
      #expect(diff.status == 1, "\(diff.stderr)")
      #expect(diff.stdout.contains("stage "))
      Self.expectSafe(diff, "diff --color \(color)", allowingColour: color == "always")
    }
    let textconv = try CLI.run(["textconv", "new.journey.json"], in: dir)
    #expect(textconv.status == 0 && textconv.stdout.contains("## stage"))
    Self.expectSafe(textconv, "textconv")
    // A file that is not a map is shown as it is, made safe too.
    try Data("not a map \u{1B}]52;c;SGVsbG8=\u{07}\n".utf8).write(to: dir.appendingPathComponent("junk.journey.json"))
    Self.expectSafe(try CLI.run(["textconv", "junk.journey.json"], in: dir), "textconv of junk")
    for format in ["markdown", "dot", "mermaid"] {
      let export = try CLI.run(["export", "new.journey.json", "--format", format], in: dir)
      #expect(export.status == 0, "\(export.stdout.prefix(300))")
      Self.expectSafe(export, "export --format \(format)")
    }
  }

  @Test func mergeDriverMessagesAndResolveList() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    defer { try? FileManager.default.removeItem(at: repo.directory) }
    let base = try Self.hostileMap()
    let merge = try repo.merge(
      base: base,
      ours: { $0.steps[0].title = TerminalSafetyTests.attack(4) + " ours"; $0.title = TerminalSafetyTests.attack(5) + " ours" },
      theirs: { $0.steps[0].title = TerminalSafetyTests.attack(2) + " theirs"; $0.title = TerminalSafetyTests.attack(1) + " theirs" })
    #expect(merge.status != 0, "a real conflict: \(merge.output)")
    #expect(merge.output.contains("conflict(s) recorded"))
    Self.expectSafe(merge.output, "git merge with the merge driver")
    let list = try CLI.run(["resolve", "map.journey.json", "--list"], in: repo.directory)
    #expect(list.stdout.contains("1. "))
    Self.expectSafe(list, "resolve --list")
    let log = try repo.git("log", "-p", "-1", "--no-color", "HEAD^")
    #expect(log.output.contains("## stage"), "git log -p shows the outline")
    Self.expectSafe(log.output, "git log -p")
  }

  @Test func outputErrorsExitWithTwoAndSaySo() throws {
    guard FileManager.default.isWritableFile(atPath: "/dev/full") else {
      Requirement.unmet("/dev/full")
      return
    }
    let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path
    for arguments in [["fmt", "-"], ["check", map], ["export", map, "--format", "markdown"], ["textconv", map], ["diff", map, map.replacingOccurrences(of: "support-call", with: "onboarding")]] {
      let result = try CLI.run(arguments, stdout: "/dev/full", input: arguments == ["fmt", "-"] ? try Data(contentsOf: URL(fileURLWithPath: map)) : nil)
      #expect(result.status == 2, "\(arguments): exit \(result.status)")
      #expect(result.stderr.contains("cannot write to standard output: no space left on device"), "\(arguments): \(result.stderr)")
    }
  }
}
