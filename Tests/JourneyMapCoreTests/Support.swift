import Foundation
import JourneyMapCore
import Testing

/// Paths and helpers shared by the core tests.
enum Fixtures {
  /// The package root, found from this file's path so tests run from any directory.
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  static func bytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(relative)))
  }

  /// The example maps in maps/.
  static var exampleMaps: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url("maps").path)) ?? []
    return names.filter { $0.hasSuffix(".journey.json") }.sorted().map { "maps/" + $0 }
  }

  static func load(_ relative: String) throws -> JourneyMap {
    let result = MapLoader.load(try bytes(relative))
    return try #require(result.validMap, "\(relative): \(result.problems.map(\.description))")
  }

  /// True when the tests run in CI, where a missing tool is a failure rather than a skip.
  static var inCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

  /// A program a test needs, or nil after saying loudly that the test is skipped; in CI a
  /// missing program fails the test instead (`.ci/run` installs them all).
  static func requireTool(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    if let path = ExternalProgram.find(name) { return path }
    missing(name, sourceLocation: sourceLocation)
    return nil
  }

  /// Records a missing tool: a failure in CI, a skip (printed, so nobody mistakes it for a pass)
  /// elsewhere.
  static func missing(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    if inCI {
      Issue.record("\(what) is required in CI (.ci/run installs it)", sourceLocation: sourceLocation)
    } else {
      FileHandle.standardError.write(Data("SKIPPED at \(sourceLocation): \(what) is not installed (.ci/run installs it)\n".utf8))
    }
  }

  /// A Python that can import mermaidx (the real mermaid.js in QuickJS): the virtual
  /// environment `.ci/run` makes in the build folder, or any python3 on PATH that has it.
  static func mermaidPython(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    let venv = url(".build/venv/bin/python3").path
    for python in [venv, ExternalProgram.find("python3")].compactMap({ $0 }) where FileManager.default.isExecutableFile(atPath: python) {
      if ExternalProgram.run(python, ["-c", "import mermaidx"]).status == 0 { return python }
    }
    missing("mermaidx (pip install mermaidx)", sourceLocation: sourceLocation)
    return nil
  }

  /// Compares text with a golden file, byte for byte. `JOURNEYMAP_RECORD=1` rewrites the file
  /// instead (on purpose only: read the diff before committing it).
  static func expectGolden(_ actual: String, _ relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = url(relative)
    if ProcessInfo.processInfo.environment["JOURNEYMAP_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing golden file \(relative); run with JOURNEYMAP_RECORD=1 to create it", sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "differs from \(relative)", sourceLocation: sourceLocation)
  }
}
