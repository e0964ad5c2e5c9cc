import JourneyMapCore
/// How many terminal columns text takes, computed in Swift so that layout is the same in tests
/// (where the C library's `wcwidth` knows no locale) and in the terminal.
///
/// Works on what ``SafeText`` produces: one scalar per grapheme plus combining marks, so the
/// width of a grapheme is the width of its first scalar, and agrees with the terminal's.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    if character.isASCII { return 1 }
    guard let first = character.unicodeScalars.first else { return 0 }
    return of(first)
  }

  public static func of(_ scalar: Unicode.Scalar) -> Int {
    scalar.value < 0x300 || !WideCharacters.isWide(scalar) ? 1 : 2
  }

  public static func of(_ text: String) -> Int {
    // Printable ASCII: a column a byte ("\r\n" is one character, so only printable bytes).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    // Plain text: a column a scalar.
    if PlainText.isPlain(text) { return text.unicodeScalars.count }
    var total = 0
    for c in text { total += of(c) }
    return total
  }
}
