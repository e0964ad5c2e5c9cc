/// How wide text will be in Graphviz, estimated from above, so that text in a node of fixed
/// size is cut before `dot` would warn "size too small for label".
///
/// Graphviz resolves the exports' "Helvetica" through fontconfig: to Helvetica or Arial on
/// macOS, Liberation Sans or DejaVu Sans on Linux. The widths below, in ems, are the widest of
/// those as `dot` measures them (its layout rounds each glyph up, so they are a little above the
/// fonts' own metrics), grouped into classes. Anything outside ASCII counts as wider than any
/// ASCII letter: CJK, emoji and missing glyphs (drawn as boxes) are about 1.3 em.
enum DotTextWidth {
  /// Characters by width in ems, regular weight.
  static let regular: [(Double, String)] = [
    (0.16, "\\"), (0.31, " ',./:;IJijl|"), (0.39, "!()-[]frt"), (0.46, "\""), (0.54, "*?_`Lcsz"),
    (0.61, "$0123456789EFPSTYabdeghknopquvxy{}"), (0.69, "ABCKRVXZ"), (0.76, "&DGHNOQU"), (0.84, "#+<=>^~w"),
    (0.91, "M"), (0.99, "%@Wm"),
  ]

  /// Characters by width in ems, bold.
  static let bold: [(Double, String)] = [
    (0.2, "\\"), (0.31, "'"), (0.39, " ,./:;IJijl|"), (0.46, "!()-[]t"), (0.54, "\"*_`r"), (0.61, "?Lcsz"),
    (0.69, "$0123456789EFSTaehknouvxy{}"), (0.76, "ABCKPRVXYZbdgpq"), (0.84, "#+<=>^~DGHNOQU"), (0.91, "&w"),
    (0.99, "%@M"), (1.06, "m"), (1.14, "W"),
  ]

  /// Outside ASCII: wide scripts, emoji and boxes for missing glyphs.
  static let other = 1.35

  static let regularTable = table(regular)
  static let boldTable = table(bold)

  static func table(_ classes: [(Double, String)]) -> [Double] {
    var t = Array(repeating: 1.0, count: 128)
    for (width, characters) in classes {
      for byte in characters.utf8 { t[Int(byte)] = width }
    }
    return t
  }

  /// Marks that draw on the previous character, joiners and selectors: no width of their own.
  static func isZeroWidth(_ v: UInt32) -> Bool {
    (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
      || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v) || (0x200B...0x200F).contains(v)
      || (0x2060...0x2064).contains(v) || (0xFE00...0xFE0F).contains(v) || (0xE0000...0xE01EF).contains(v)
  }

  /// Width of one scalar in ems.
  static func ems(_ scalar: Unicode.Scalar, bold: Bool) -> Double {
    let v = scalar.value
    if v < 128 { return (bold ? boldTable : regularTable)[Int(v)] }
    if isZeroWidth(v) { return 0 }
    // Arabic ligatures such as U+FDFD are drawn several ems wide.
    if (0xFDF0...0xFDFF).contains(v) { return 5 }
    return other
  }

  /// Width of text in ems.
  static func ems(_ text: Substring, bold: Bool) -> Double {
    var total = 0.0
    for scalar in text.unicodeScalars { total += ems(scalar, bold: bold) }
    return total
  }
}
