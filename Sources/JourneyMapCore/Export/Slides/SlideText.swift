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
  @inline(__always)
  static func units(_ scalar: Unicode.Scalar) -> Double {
    let v = scalar.value
    return v < 0x80 ? asciiUnits(UInt8(v)) : unitsBeyondASCII(scalar)
  }

  static func unitsBeyondASCII(_ scalar: Unicode.Scalar) -> Double {
    if DotTextWidth.isZeroWidth(scalar.value) { return 0 }
    return WideCharacters.isWide(scalar) ? 2.2 : 1.1
  }

  @inline(__always)
  static func asciiUnits(_ byte: UInt8) -> Double {
    if byte >= UInt8(ascii: "a") { return byte == UInt8(ascii: "m") || byte == UInt8(ascii: "w") ? 1.45 : 1 }
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return byte == UInt8(ascii: "W") || byte == UInt8(ascii: "M") ? 1.7 : 1.25 }
    return byte == UInt8(ascii: "@") || byte == UInt8(ascii: "%") ? 1.7 : 1
  }

  /// `markdown` in at most `limit` units (cut at a word break near the end, with "…"), its
  /// words broken every ``longestWord`` units.
  static func fit(_ markdown: String, limit: Double) -> String {
    fitsAsIs(markdown, limit: limit) ? markdown : fitScalars(markdown, limit: limit)
  }

  /// ``fit`` the long way, scalar by scalar, for any text.
  static func fitScalars(_ markdown: String, limit: Double) -> String {
    var out = String.UnicodeScalarView()
    // `out.count` walks the view; the count is kept instead.
    var count = 0
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
        count += 1
        continue
      }
      if scalar == " " {
        lastSpace = (count, stars)
        word = 0
      } else {
        let u = units(scalar)
        if total + u > limit {
          cut = true
          break
        }
        // CJK and emoji break anywhere already, in every renderer.
        if WideCharacters.isWide(scalar) {
          word = 0
        } else if word > 0 && word + u > longestWord {
          out.append(breakOpportunity)
          count += 1
          word = 0
        }
        total += u
        if !WideCharacters.isWide(scalar) { word += u }
      }
      if escaped {
        out.append("\\")
        count += 1
      }
      out.append(scalar)
      count += 1
    }
    if pending { out.append("\\") }
    guard cut else { return String(out) }
    var keptStars = stars
    if let lastSpace, Double(lastSpace.at) > Double(count) * 0.7 {
      out = String.UnicodeScalarView(out.prefix(lastSpace.at))
      keptStars = lastSpace.stars
    }
    var text = String(out)
    while text.hasSuffix(" ") { text.removeLast() }
    // Bold left open by the cut is closed.
    return text + "…" + (keptStars % 4 == 2 ? "**" : "")
  }

  /// Whether ``fit`` would give `markdown` back as it is: within the limit, and no word long
  /// enough to break. Most map text is, and this check reads it once without making anything.
  static func fitsAsIs(_ markdown: String, limit: Double) -> Bool {
    var total = 0.0
    var word = 0.0
    var pending = false
    for scalar in markdown.unicodeScalars {
      if !pending && scalar == "\\" {
        pending = true
        continue
      }
      let escaped = pending
      pending = false
      if !escaped && scalar == "*" { continue }
      if scalar == " " {
        word = 0
        continue
      }
      let u = units(scalar)
      if total + u > limit { return false }
      total += u
      if scalar.value >= 0x80 && WideCharacters.isWide(scalar) {
        word = 0
      } else if word > 0 && word + u > longestWord {
        return false
      } else {
        word += u
      }
    }
    return true
  }
}
