/// Characters that are one column wide, stand alone (nothing joins them to a neighbour into one
/// character) and are shown as they are: printable ASCII, and the Latin letters, punctuation,
/// currency signs, arrows, maths and box drawing that map text is mostly made of beyond ASCII
/// ("—", "’", "£", "é", "×", "→", "●"). Text made only of these needs no grapheme breaking, no
/// width lookup and no escaping to be drawn, so drawing takes a short path for it; a test holds
/// every one of these characters to what the general code says of it.
public enum PlainText {
  @inline(__always)
  public static func isPlain(_ v: UInt32) -> Bool {
    if v < 0x80 { return v >= 0x20 && v < 0x7F }
    switch v {
    case 0xA1...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F,
      0x2190...0x21FF, 0x2200...0x22FF, 0x2500...0x25FC:
      return true
    default:
      return false
    }
  }

  /// Whether every character of `text` is plain.
  public static func isPlain(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { isPlain($0.value) }
  }

  /// Every plain character beyond ASCII, for tests.
  public static var beyondASCII: [Unicode.Scalar] {
    (0x80...0x10FFFF).compactMap { isPlain(UInt32($0)) ? Unicode.Scalar(UInt32($0)) : nil }
  }
}
