/// Map text sized for a slide. A slide cannot scroll, so on slides (not in documents) text is
/// measured in "units" (an average letter; `W` and capitals wider, CJK and emoji about twice),
/// cut with "…" past what its place can show, and long unbroken words (other than CJK and
/// emoji, which break anywhere) get invisible break opportunities (U+200B), so that no renderer widens a table past the slide to fit one word.
/// Works on Markdown already escaped: escapes are kept whole, and the cut never separates a
/// backslash from its character or leaves bold open.
enum SlideText {
  /// Where a word may break without showing anything.
  static let breakOpportunity: Unicode.Scalar = "\u{200B}"

  /// A word is broken after this many units, so it fits the narrowest column.
  static let longestWord = 20.0

  /// The width of a character in units.
  static func units(_ scalar: Unicode.Scalar) -> Double {
    let v = scalar.value
    if v < 0x80 {
      switch scalar {
      case "W", "M", "@", "%": return 1.7
      case "m", "w": return 1.45
      case "A"..."Z": return 1.25
      default: return 1
      }
    }
    if DotTextWidth.isZeroWidth(v) { return 0 }
    return SlideBudget.isWide(scalar) ? 2.2 : 1.1
  }

  /// `markdown` in at most `limit` units (cut at a word break near the end, with "…"), its
  /// words broken every ``longestWord`` units.
  static func fit(_ markdown: String, limit: Double) -> String {
    var out = String.UnicodeScalarView()
    var total = 0.0
    var word = 0.0
    var stars = 0
    // Where the text was last at a space, to cut there: (output length, stars so far).
    var lastSpace: (at: Int, stars: Int)? = nil
    var pending = false
    var cut = false
    for scalar in markdown.unicodeScalars {
      // A backslash and the character it escapes are written together, never split.
      if !pending && scalar == "\\" {
        pending = true
        continue
      }
      let escaped = pending
      pending = false
      if !escaped && scalar == "*" {
        stars += 1
        out.append(scalar)
        continue
      }
      if scalar == " " {
        lastSpace = (out.count, stars)
        word = 0
      } else {
        let u = units(scalar)
        if total + u > limit {
          cut = true
          break
        }
        // CJK and emoji break anywhere already, in every renderer.
        if SlideBudget.isWide(scalar) {
          word = 0
        } else if word > 0 && word + u > longestWord {
          out.append(breakOpportunity)
          word = 0
        }
        total += u
        if !SlideBudget.isWide(scalar) { word += u }
      }
      if escaped { out.append("\\") }
      out.append(scalar)
    }
    if pending { out.append("\\") }
    guard cut else { return String(out) }
    var keptStars = stars
    if let lastSpace, Double(lastSpace.at) > Double(out.count) * 0.7 {
      out = String.UnicodeScalarView(out.prefix(lastSpace.at))
      keptStars = lastSpace.stars
    }
    var text = String(out)
    while text.hasSuffix(" ") { text.removeLast() }
    // Bold left open by the cut is closed.
    return text + "…" + (keptStars % 4 == 2 ? "**" : "")
  }
}
