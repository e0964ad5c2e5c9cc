/// One thing an import has to say about its input, located where a person can find it.
///
/// Printed as `FILE:LINE:COLUMN: message` for an error (the shape `check` and compilers use, so
/// editors jump to it) and `FILE:LINE:COLUMN: warning: message` for something the import did
/// about the input (clamped a score, put a sticky note it could not place in "Unsorted"): the
/// map is still written, and the facilitator knows what to look at.
public struct ImportMessage: Equatable, Sendable, CustomStringConvertible {
  public enum Severity: Equatable, Sendable {
    /// The input cannot be imported: no map is written.
    case error
    /// The map is written; this says what was changed, guessed or moved.
    case warning
  }

  public var location: LineColumn
  public var severity: Severity
  public var message: String

  public init(_ severity: Severity, at location: LineColumn, _ message: String) {
    self.location = location
    self.severity = severity
    self.message = message
  }

  public var description: String {
    "\(location): " + (severity == .warning ? "warning: " : "") + message
  }

  public func formatted(file: String) -> String { "\(file):\(description)" }
}

/// What an import produced: a map when the input had no error, and every message either way.
public struct ImportResult: Sendable {
  public var map: JourneyMap?
  /// Errors and warnings in the order of the input.
  public var messages: [ImportMessage]

  public init(map: JourneyMap?, messages: [ImportMessage]) {
    self.map = map
    self.messages = messages
  }

  public var errors: [ImportMessage] { messages.filter { $0.severity == .error } }
  public var warnings: [ImportMessage] { messages.filter { $0.severity == .warning } }
}
