/// An export and what the user should know about it: the text is always complete and valid,
/// but a renderer may refuse or mangle it (too many edges for Mermaid, too large for a bitmap),
/// and saying nothing would leave the user with an empty or unreadable picture.
public struct ExportResult: Equatable, Sendable {
  public var text: String
  public var warnings: [ExportWarning]

  public init(text: String, warnings: [ExportWarning] = []) {
    self.text = text
    self.warnings = warnings
  }
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
