import Foundation
import JourneyMapCore
import Testing

/// A command given a large map starts itself again with glibc's huge pages (`HugePages`). A
/// fake `git` on PATH, run by the merge driver's fallback to `git merge-file`, records the
/// environment its parent was started with (`/proc/PPID/environ`: the memory it was started
/// with; glibc splits GLIBC_TUNABLES there at its colons as it reads it, so a restart shows by
/// the marker the second start carries), its parent's name, and what it got itself: the user's
/// settings, put back.
@Suite("Large inputs")
struct LargeInputTests {
  /// An example map made larger than `HugePages.largeInput` by a long note: still a valid map.
  static func largeMap(at url: URL) throws {
    let source = try String(contentsOf: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), encoding: .utf8)
    let note = String(repeating: "a long note written in the room ", count: 160_000)
    let text = source.replacingOccurrences(of: "\"notes\": \"", with: "\"notes\": \"\(note)", options: [], range: source.range(of: "\"notes\": \""))
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  struct Seen {
    /// Whether the merge driver was started again (its environment at start has the marker).
    var restarted: Bool
    /// GLIBC_TUNABLES at the merge driver's start, up to its first colon ("unset" when absent).
    var startedWith: String
    /// GLIBC_TUNABLES as the program it ran got it ("unset" when absent).
    var passedOn: String
    var parentName: String
  }

  static func seenByGit(base: String, tunables: String?) throws -> Seen {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bin = dir.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let git = bin.appendingPathComponent("git")
    let script = """
      #!/bin/sh
      printf '%s' "${GLIBC_TUNABLES-unset}" > "\(dir.path)/passed"
      tr '\\0' '\\n' < /proc/$PPID/environ > "\(dir.path)/started"
      cat /proc/$PPID/comm > "\(dir.path)/parent"

      """
    try script.write(to: git, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: git.path)
    let baseURL = dir.appendingPathComponent("base.journey.json")
    if base == "large" {
      try largeMap(at: baseURL)
    } else {
      try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), to: baseURL)
    }
    try Data("not a map\n".utf8).write(to: dir.appendingPathComponent("ours.journey.json"))
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), to: dir.appendingPathComponent("theirs.journey.json"))
    var env = ProcessInfo.processInfo.environment
    env["PATH"] = bin.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
    env["GLIBC_TUNABLES"] = tunables
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = ["merge-driver", "base.journey.json", "ours.journey.json", "theirs.journey.json"]
    process.currentDirectoryURL = dir
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    func read(_ name: String) throws -> String {
      try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8).trimmingCharacters(in: .newlines)
    }
    let started = try read("started").split(separator: "\n").map(String.init)
    func value(_ name: String) -> String? { started.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) } }
    return Seen(
      restarted: value(HugePages.restartMarker) != nil, startedWith: value("GLIBC_TUNABLES") ?? "unset", passedOn: try read("passed"),
      parentName: try read("parent"))
  }

  #if os(Linux)
    @Test func aLargeInputRunsWithHugePagesAndASmallOneAsItIs() throws {
      let large = try Self.seenByGit(base: "large", tunables: nil)
      #expect(large.restarted && large.startedWith == "glibc.malloc.hugetlb=1")
      let small = try Self.seenByGit(base: "small", tunables: nil)
      #expect(!small.restarted && small.startedWith == "unset")
      // Started again or not, the process is still called journeymap (for ps, top and pkill),
      // and what it runs gets the user's settings, not the restart's.
      for seen in [large, small] {
        #expect(seen.parentName == "journeymap" && seen.passedOn == "unset")
      }
    }

    @Test func otherSettingsAreKeptAndPassedOnAsTheyWere() throws {
      let seen = try Self.seenByGit(base: "large", tunables: "glibc.malloc.arena_max=2")
      #expect(seen.restarted && seen.passedOn == "glibc.malloc.arena_max=2")
    }

    @Test func theUsersOwnSettingWins() throws {
      let seen = try Self.seenByGit(base: "large", tunables: "glibc.malloc.hugetlb=0")
      #expect(!seen.restarted && seen.startedWith == "glibc.malloc.hugetlb=0" && seen.passedOn == "glibc.malloc.hugetlb=0")
    }
  #endif

  /// Started again, the command still reads what it was given: a large map on standard input
  /// (a file, so it counts as large) and as a file, formatted to the same bytes.
  @Test func aLargeMapFromStandardInputOrAFileReadsTheSame() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = dir.appendingPathComponent("large.journey.json")
    try Self.largeMap(at: map)
    let canonical = try CLI.run(["fmt", "-"], input: try Data(contentsOf: map))
    #expect(canonical.status == 0 && canonical.stdout.utf8.count > (4 << 20))

    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = ["fmt", "-"]
    process.standardInput = try FileHandle(forReadingFrom: map)
    let output = dir.appendingPathComponent("out.json")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: output)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try String(contentsOf: output, encoding: .utf8) == canonical.stdout)

    try canonical.stdout.write(to: map, atomically: true, encoding: .utf8)
    let check = try CLI.run(["check", map.path])
    #expect(check.status == 0 && check.stdout.contains("ok"), "\(check.stderr)")
  }
}
