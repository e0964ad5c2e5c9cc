import Foundation

/// Running another program (git, Graphviz's dot) and collecting what it printed.
///
/// Output goes through a temporary file rather than a pipe: a chatty program cannot fill a
/// pipe and wait forever, and a program that forks a daemon cannot keep a pipe open.
public enum ExternalProgram {
  public struct Result: Sendable {
    public var status: Int32
    /// Standard output and standard error, interleaved.
    public var output: String
  }

  /// Finds a program on PATH.
  public static func find(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    for dir in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// Runs a program (a path, or a name looked up on PATH) and waits for it.
  public static func run(_ program: String, _ arguments: [String], directory: String? = nil) -> Result {
    guard let executable = program.contains("/") ? program : find(program) else {
      return Result(status: 127, output: "\(program): not found")
    }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.standardInput = FileHandle.nullDevice
    do {
      let handle = try FileHandle(forWritingTo: log)
      process.standardOutput = handle
      process.standardError = handle
      try process.run()
      process.waitUntilExit()
      try? handle.close()
    } catch {
      return Result(status: 127, output: "\(program): \(error)")
    }
    return Result(status: process.terminationStatus, output: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
  }
}
