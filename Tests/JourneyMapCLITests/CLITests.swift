import Foundation
import Testing
#if canImport(Glibc)
  import Glibc
#endif

/// Runs the real `journeymap` binary, as a user or a script would, and checks output and exit
/// status.
enum CLI {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The built executable, next to the test bundle in the build products directory.
  static var binary: String {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    }
    // The test bundle may be nested (.xctest/…); walk up until the binary is found.
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("journeymap").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/journeymap").path
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// - Parameters:
  ///   - stdout: a file to send standard output to instead of reading it (`/dev/full`).
  ///   - input: what standard input reads (nothing, by default).
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], executable: String? = nil,
    stdout: String? = nil, input: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? binary)
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? root
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let sink = try stdout.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) }
    process.standardOutput = sink ?? out
    process.standardError = err
    let feed = input.map { _ in Pipe() }
    process.standardInput = feed ?? FileHandle.nullDevice
    try process.run()
    if let feed, let input {
      DispatchQueue.global().async {
        feed.fileHandleForWriting.write(input)
        try? feed.fileHandleForWriting.close()
      }
    }
    if sink != nil { try out.fileHandleForWriting.close() }
    // Read both pipes concurrently so a chatty command cannot deadlock on a full pipe.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs journeymap as a user without privileges. Root reads every file and writes into every
  /// directory, so a permission test run as root would prove nothing: under root the command
  /// runs as `nobody` through `setpriv`. Returns nil, loudly, when that is impossible (and fails
  /// the test under CI).
  static func runUnprivileged(_ arguments: [String], in directory: URL) throws -> Result? {
    guard getuid() == 0 else { return try run(arguments, in: directory) }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else {
      Requirement.unmet("setpriv (util-linux), to run as an unprivileged user under root")
      return nil
    }
    return try run(["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary] + arguments, in: directory, executable: setpriv)
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// What a test needs from the machine. Missing, the test says so loudly and stops; under CI it
/// fails instead, so a green CI run never hides a check that did not run.
enum Requirement {
  static var inCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

  static func unmet(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if inCI {
      Issue.record("\(what) is required in CI", sourceLocation: sourceLocation)
    } else {
      FileHandle.standardError.write(Data("⚠️  SKIPPED a check: \(what) is missing (\(sourceLocation))\n".utf8))
    }
  }
}

@Suite("Command line")
struct CLITests {
  @Test func versionAndHelpOnEveryCommand() throws {
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    for command in [[], ["new"], ["check"], ["fmt"], ["edit"]] {
      let help = try CLI.run(command + ["--help"])
      #expect(help.status == 0, "\(command)")
      #expect(help.stdout.contains("USAGE:"), "\(command)")
    }
  }

  @Test func usageErrorsExitWith2() throws {
    let noFiles = try CLI.run(["check"])
    #expect(noFiles.status == 2)
    #expect(noFiles.stderr.contains("Usage:") || noFiles.stderr.contains("USAGE"))
    #expect(try CLI.run(["fmt", "--bogus", "x"]).status == 2)
  }

  @Test func newWritesAValidStarterMapAndRefusesToOverwrite() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let created = try CLI.run(["new", "workshop.journey.json", "--title", "Renewing a passport", "--persona", "Ana"], in: dir)
    #expect(created.status == 0, "\(created.stderr)")
    let file = dir.appendingPathComponent("workshop.journey.json")
    let bytes = try Data(contentsOf: file)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"title\": \"Renewing a passport\""))
    #expect(text.contains("\"name\": \"Ana\""))
    #expect(try CLI.run(["check", "workshop.journey.json"], in: dir).status == 0)
    #expect(try CLI.run(["fmt", "--check", "workshop.journey.json"], in: dir).status == 0)

    let again = try CLI.run(["new", "workshop.journey.json"], in: dir)
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exists"))
    #expect(try Data(contentsOf: file) == bytes)
  }

  @Test func twoNewMapsGetDifferentIdsUnlessSeeded() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try CLI.run(["new", "a.journey.json"], in: dir)
    _ = try CLI.run(["new", "b.journey.json"], in: dir)
    _ = try CLI.run(["new", "c.journey.json"], in: dir, environment: ["JOURNEYMAP_SEED": "7"])
    _ = try CLI.run(["new", "d.journey.json"], in: dir, environment: ["JOURNEYMAP_SEED": "7"])
    func read(_ name: String) throws -> Data { try Data(contentsOf: dir.appendingPathComponent(name)) }
    #expect(try read("a.journey.json") != read("b.journey.json"))
    #expect(try read("c.journey.json") == read("d.journey.json"))
  }

  @Test func checkAndFmtCheckAcceptTheExampleMaps() throws {
    let maps = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("maps").path)
      .filter { $0.hasSuffix(".journey.json") }.map { "maps/" + $0 }
    #expect(maps.count >= 3)
    let check = try CLI.run(["check"] + maps)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.split(separator: "\n").count == maps.count)
    let fmt = try CLI.run(["fmt", "--check"] + maps)
    #expect(fmt.status == 0, "\(fmt.stdout)")
    #expect(fmt.stdout.isEmpty)
  }

  @Test("check prints the golden problems and exits 1", arguments: try brokenFiles())
  func checkReportsBrokenFiles(_ name: String) throws {
    let dir = CLI.root.appendingPathComponent("Tests/Fixtures/broken")
    let result = try CLI.run(["check", name], in: dir)
    #expect(result.status == 1)
    let expected = try String(
      contentsOf: dir.appendingPathComponent(name.replacingOccurrences(of: ".journey.json", with: ".expected")), encoding: .utf8)
    #expect(result.stdout == expected)
    #expect(result.stderr.isEmpty)
  }

  static func brokenFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Tests/Fixtures/broken").path)
      .filter { $0.hasSuffix(".journey.json") }.sorted()
  }

  @Test func unreadableFilesExitWith2() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = try CLI.run(["check", "nope.journey.json"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.journey.json: no such file or directory"))
    let directory = try CLI.run(["check", "."], in: dir)
    #expect(directory.status == 2)
    #expect(directory.stderr.contains("is a directory"))
    // An unreadable file wins over a file with problems: the job could not be done.
    let mixed = try CLI.run(["check", "nope.journey.json", CLI.root.appendingPathComponent("Tests/Fixtures/broken/empty.journey.json").path], in: dir)
    #expect(mixed.status == 2)
  }

  @Test func fmtRewritesCanonicallyAndCheckOnlyReports() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let canonical = try Data(contentsOf: CLI.root.appendingPathComponent("maps/onboarding.journey.json"))
    // The same map, minified with keys in another order: valid but not canonical.
    let object = try JSONSerialization.jsonObject(with: canonical)
    let minified = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    let file = dir.appendingPathComponent("m.journey.json")
    try minified.write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)

    let check = try CLI.run(["fmt", "--check", "m.journey.json"], in: dir)
    #expect(check.status == 1)
    #expect(check.stdout.contains("m.journey.json: not canonical"))
    #expect(try Data(contentsOf: file) == minified)

    let fmt = try CLI.run(["fmt", "m.journey.json"], in: dir)
    #expect(fmt.status == 0)
    #expect(try Data(contentsOf: file) == canonical)
    let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.journey.json"])
  }

  @Test func fmtLeavesFilesWithProblemsUntouched() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = CLI.root.appendingPathComponent("Tests/Fixtures/broken/dangling-references.journey.json")
    let file = dir.appendingPathComponent("d.journey.json")
    try FileManager.default.copyItem(at: source, to: file)
    let result = try CLI.run(["fmt", "d.journey.json"], in: dir)
    #expect(result.status == 1)
    #expect(result.stdout.contains("d.journey.json:23:16:"))
    #expect(try Data(contentsOf: file) == Data(contentsOf: source))
  }
}

@Suite("Write failures")
struct WriteFailureTests {
  /// Runs journeymap under a file-size limit, the way a full disk looks to a program.
  func limited(_ arguments: String, in dir: URL) throws -> CLI.Result {
    try CLI.run(["-c", "ulimit -f 8; exec '\(CLI.binary)' \(arguments)"], in: dir, executable: "/bin/sh")
  }

  @Test func aFullDiskLeavesTheOriginalByteIdentical() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("m.journey.json")
    // A valid but non-canonical map bigger than the limit, so fmt must write.
    let canonical = try Data(contentsOf: CLI.root.appendingPathComponent("maps/support-call.journey.json"))
    let object = try JSONSerialization.jsonObject(with: canonical)
    let compact = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    var big = compact
    big.append(Data(String(repeating: " ", count: 20_000).utf8))
    try big.write(to: file)
    let fmt = try limited("fmt m.journey.json", in: dir)
    #expect(fmt.status == 2)
    #expect(fmt.stderr.contains("m.journey.json"))
    #expect(try Data(contentsOf: file) == big)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.journey.json"])  // no temporary left

    try canonical.write(to: file)
    let edit = try limited("m.journey.json --keys '+<C-s>' --size 150x30", in: dir)
    #expect(edit.status == 0)
    #expect(edit.stdout.contains("Could not save m.journey.json: cannot write: file too large"))
    #expect(try Data(contentsOf: file) == canonical)
  }
}
