/// Characters drawn two columns wide in a terminal, and about twice a Latin letter's width on a
/// slide: the one table both the editor's columns (`DisplayWidth`) and the deck's line budget
/// (``SlideBudget``) read.
public enum WideCharacters {
  public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x1100 { return false }
    if isEastAsianWide(v) { return true }
    // Ranges with no emoji-presentation character, where the (slow) property lookup can be
    // skipped: everything below ⌚ U+231A, and the box drawing, block and shape characters
    // the screens are drawn with (up to U+25FC). A test checks both against the property.
    if v < 0x231A || (0x2500...0x25FC).contains(v) { return false }
    return scalar.properties.isEmojiPresentation
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15 EastAsianWidth.txt, W and F) apart from
  /// emoji, which `isEmojiPresentation` covers exactly (since Unicode 9 those are the emoji
  /// East Asian Width calls wide, and what glibc's wcwidth and terminals draw two columns wide).
  static func isEastAsianWide(_ v: UInt32) -> Bool {
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
