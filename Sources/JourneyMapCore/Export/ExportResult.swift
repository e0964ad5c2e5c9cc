/// An export and what the user should know about it: the text is always complete and valid,
/// but a renderer may refuse or mangle it (too many edges for Mermaid, too large for a bitmap),
/// and saying nothing would leave the user with an empty or unreadable picture.
public struct ExportResult: Equatable, Sendable {
  /// The text in the pieces it was written in (``Concurrently``), joined only when asked for:
  /// written to a file, a large export goes piece by piece (``FileBytes``).
  public private(set) var pieces: [String]
  public var warnings: [ExportWarning]

  public init(text: String, warnings: [ExportWarning] = []) {
    pieces = [text]
    self.warnings = warnings
  }

  init(pieces: [String], warnings: [ExportWarning] = []) {
    self.pieces = pieces
    self.warnings = warnings
  }

  public var text: String {
    get {
      guard pieces.count != 1 else { return pieces[0] }
      // Copied once into a buffer of the total size.
      var text = ""
      text.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
      for piece in pieces { text += piece }
      return text
    }
    set { pieces = [newValue] }
  }

  /// The same text and warnings, however the text is split.
  public static func == (a: ExportResult, b: ExportResult) -> Bool { a.text == b.text && a.warnings == b.warnings }
}

/// One problem a renderer will have with an export, and what to do about it.
public struct ExportWarning: Equatable, Sendable, CustomStringConvertible {
  /// What will go wrong, e.g. "Mermaid draws at most 500 edges; this blueprint has 1,204".
  public var problem: String
  /// What to do instead, e.g. "export one stage at a time with --stage NAME".
  public var advice: String

  public init(problem: String, advice: String) {
    self.problem = problem
    self.advice = advice
  }

  public var description: String { "\(problem): \(advice)" }
}
