import Foundation
import Testing

/// A command given a large map starts itself again with glibc's huge pages (`HugePages`). What
/// it is started with shows in the programs it runs: a fake `git` on PATH records its
/// environment when the merge driver falls back to `git merge-file`.
@Suite("Large inputs")
struct LargeInputTests {
  /// An example map made larger than `HugePages.largeInput` by a long note: still a valid map.
  static func largeMap(at url: URL) throws {
    let source = try String(contentsOf: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), encoding: .utf8)
    let note = String(repeating: "a long note written in the room ", count: 160_000)
    let text = source.replacingOccurrences(of: "\"notes\": \"", with: "\"notes\": \"\(note)", options: [], range: source.range(of: "\"notes\": \""))
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// What the merge driver's fallback `git merge-file` found in GLIBC_TUNABLES.
  static func tunablesSeenByGit(base: String, environment: [String: String] = [:]) throws -> String {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bin = dir.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let git = bin.appendingPathComponent("git")
    try "#!/bin/sh\nprintf '%s' \"${GLIBC_TUNABLES-unset}\" > \"\(dir.path)/seen\"\ncat /proc/$PPID/comm > \"\(dir.path)/parent\"\n"
      .write(to: git, atomically: true, encoding: .utf8)
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
    var env = environment
    env["PATH"] = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    if env["GLIBC_TUNABLES"] == nil { env["GLIBC_TUNABLES"] = "" }
    let result = try CLI.run(["merge-driver", "base.journey.json", "ours.journey.json", "theirs.journey.json"], in: dir, environment: env)
    #expect(result.status == 0, "\(result.stderr)")
    // Started again or not, the process is still called journeymap (for ps, top and pkill).
    let parent = try String(contentsOf: dir.appendingPathComponent("parent"), encoding: .utf8)
    #expect(parent == "journeymap\n", "the merge driver ran as \(parent)")
    return try String(contentsOf: dir.appendingPathComponent("seen"), encoding: .utf8)
  }

  @Test func aLargeInputRunsWithHugePagesAndASmallOneAsItIs() throws {
    #expect(try Self.tunablesSeenByGit(base: "large") == "glibc.malloc.hugetlb=1")
    #expect(try Self.tunablesSeenByGit(base: "small") == "")
  }

  @Test func theUsersOwnSettingWins() throws {
    let mine = "glibc.malloc.hugetlb=0"
    #expect(try Self.tunablesSeenByGit(base: "large", environment: ["GLIBC_TUNABLES": mine]) == mine)
  }

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
