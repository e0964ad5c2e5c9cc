import Foundation

/// Runs Graphviz's `dot` to turn a DOT export into SVG or PNG. The only export that needs a
/// program besides journeymap; when `dot` is missing the error says how to install it.
public enum Graphviz {
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// The `dot` executable on PATH, if any.
  public static func executable() -> String? { ExternalProgram.find("dot") }

  /// The picture, and what `dot` warned about while drawing it (a PNG too large for a bitmap
  /// is scaled down, for one), with what to do about it.
  public static func draw(_ dot: String, format: ExportFormat, map: JourneyMap? = nil) throws -> (bytes: [UInt8], warnings: [ExportWarning]) {
    guard let executable = executable() else {
      throw Failure(
        description: "Graphviz's dot is needed for \(format.rawValue) and is not installed; install it with `apt-get install graphviz` (Debian/Ubuntu) or `brew install graphviz` (macOS), or export --format dot")
    }
    // Through temporary files: a large graph would fill a pipe while dot waits for input.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("journeymap-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.dot")
    let output = dir.appendingPathComponent("out.\(format.fileExtension)")
    try Data(dot.utf8).write(to: input)
    let result = ExternalProgram.run(executable, ["-T\(format.rawValue)", input.path, "-o", output.path])
    guard result.status == 0, let data = try? Data(contentsOf: output) else {
      throw Failure(description: "dot failed (exit \(result.status)): \(result.output.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    return ([UInt8](data), RendererLimits.graphvizMessages(result.output, map: map))
  }
}
