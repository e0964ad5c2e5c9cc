/// Cells of journeymap's CSV: quoted as RFC 4180 says, and guarded against formula injection.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and Excel reads
/// a tab or carriage return before one the same way), so map text such as
/// `=HYPERLINK("http://evil", "Click")` in a pain point would become a live link, or worse, when
/// the CSV is opened. Such a cell is written with an apostrophe in front, which spreadsheets
/// show as text; a cell that already starts with apostrophes before one of those characters
/// gets one more, so that the importer, which removes exactly one, gives back the exact text.
public enum CSVText {
  /// What makes Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP's list, with
  /// the full-width forms some locales also accept, and tab and carriage return).
  static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// Whether `text` is `'`* followed by a character that starts a formula.
  static func needsGuard(_ text: some StringProtocol) -> Bool {
    for scalar in text.unicodeScalars {
      if scalar == "'" { continue }
      return formulaStarts.contains(scalar)
    }
    return false
  }

  /// The text as a spreadsheet must receive it: `'` in front of what would start a formula.
  public static func guarded(_ text: String) -> String {
    needsGuard(text) ? "'" + text : text
  }

  /// The inverse of ``guarded(_:)``: one `'` removed where the export put it.
  public static func unguarded(_ text: String) -> String {
    guard text.utf8.first == UInt8(ascii: "'"), needsGuard(text.dropFirst()) else { return text }
    return String(text.dropFirst())
  }

  /// A field for a CSV line: quoted when it holds a separator, a quote or a line break, or has
  /// spaces at either end (which a reader would otherwise trim); `"` doubled inside quotes.
  static func field(_ text: String) -> String {
    var needsQuotes = false
    for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ";") {
      needsQuotes = true
      break
    }
    // A reader trims spaces (Unicode's too) around unquoted cells; quoted, they stay.
    func isSpace(_ s: Unicode.Scalar?) -> Bool { s.map { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator } ?? false }
    if isSpace(text.unicodeScalars.first) || isSpace(text.unicodeScalars.last) { needsQuotes = true }
    guard needsQuotes else { return text }
    var out = "\""
    out.reserveCapacity(text.utf8.count + 8)
    for character in text.unicodeScalars {
      if character == "\"" { out.unicodeScalars.append("\"") }
      out.unicodeScalars.append(character)
    }
    return out + "\""
  }
}
