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
    let v = scalar.value
    if v < 0x300 { return 1 }
    if isWide(v) { return 2 }
    // Ranges with no emoji-presentation character, where the (slow) property lookup can be
    // skipped: everything below ⌚ U+231A, and the box drawing, block and shape characters
    // the screens are drawn with (up to U+25FC). A test checks both against the property.
    if v < 0x231A || (0x2500...0x25FC).contains(v) { return 1 }
    return scalar.properties.isEmojiPresentation ? 2 : 1
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

  /// East Asian Wide and Fullwidth ranges (Unicode 15 EastAsianWidth.txt, W and F) apart from
  /// emoji, which `isEmojiPresentation` covers exactly (since Unicode 9 those are the emoji
  /// East Asian Width calls wide, and what glibc's wcwidth and terminals draw two columns wide).
  static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202,
      0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
