/// Messages collected while reading an input, by byte offset; located (line and column) only
/// once at the end, so a long file with many warnings is still read in one pass.
struct MessageLog: Sendable {
  private(set) var entries: [(offset: Int, severity: ImportMessage.Severity, message: String)] = []

  var hasErrors: Bool { entries.contains { $0.severity == .error } }

  mutating func error(at offset: Int, _ message: String) {
    entries.append((offset, .error, message))
  }

  mutating func warning(at offset: Int, _ message: String) {
    entries.append((offset, .warning, message))
  }

  /// The messages in input order (stable for one offset), located in `bytes`.
  func messages(in bytes: [UInt8]) -> [ImportMessage] {
    guard !entries.isEmpty else { return [] }
    let locator = LineLocator(bytes, lineEnds: .anyNewline)
    return entries.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map {
      ImportMessage($0.element.severity, at: locator.location(of: $0.element.offset), $0.element.message)
    }
  }
}

/// Short quotations of input in messages: a line may be ten megabytes long, and a message names
/// what it found, not all of it. (The terminal safety of the quotation is the console's job.)
enum Quote {
  static let limit = 60

  static func text(_ text: some StringProtocol) -> String {
    let string = String(text)
    if string.unicodeScalars.count <= limit { return "\"" + string + "\"" }
    return "\"" + String(String.UnicodeScalarView(string.unicodeScalars.prefix(limit - 1))) + "…\""
  }

  static func bytes(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    text(String(decoding: bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + limit * 4 + 4)], as: UTF8.self))
  }
}
