/// Long text in Graphviz labels: wrapped into lines that fit a width, at most so many lines,
/// the last one ending with "…" when text was left out. A node of fixed size (the blueprint's
/// stage headers and step boxes) gets no more than fits, so `dot` never warns; free-size cards
/// get narrow lines so they stay cards. Linear in the text's length (its words are split once).
struct DotWrap {
  /// At most this many characters (Unicode scalars) a line: how narrow cards look.
  var characters: Int
  /// At most this many ems a line (see ``DotTextWidth``): what fits a node of fixed width.
  var ems: Double
  var maxLines: Int
  var bold = false

  /// A word longer than this is broken, even where the line could hold more.
  static let longestWord = 34
  static let ellipsis = " …"

  /// The width a fixed-size node of `inches` offers text of `points`, in ems, with a margin
  /// for the border and for fonts a little wider than estimated.
  static func ems(inches: Double, points: Double) -> Double { (inches * 72 - 2) / points }

  /// The lines, not escaped.
  func lines(_ text: String) -> [String] {
    // Most text is one short line: no splitting, no per-character work beyond measuring.
    if text.utf8.count <= characters && DotTextWidth.ems(Substring(text), bold: bold) <= ems { return text.isEmpty ? [] : [text] }
    var lines: [String] = []
    var current = ""
    var currentEms = 0.0
    var currentCount = 0
    let space = DotTextWidth.ems(" ", bold: bold)
    func flush() {
      if !current.isEmpty { lines.append(current) }
      current = ""
      currentEms = 0
      currentCount = 0
    }
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      // One line more than fits is enough to know the text is cut.
      if lines.count > maxLines { break }
      let wordEms = DotTextWidth.ems(word, bold: bold)
      let wordCount = word.unicodeScalars.count
      if !current.isEmpty && currentCount + 1 + wordCount <= characters && currentEms + space + wordEms <= ems {
        current += " " + word
        currentCount += 1 + wordCount
        currentEms += space + wordEms
        continue
      }
      flush()
      if wordCount <= max(characters, Self.longestWord) && wordEms <= ems {
        current = String(word)
        currentCount = wordCount
        currentEms = wordEms
        continue
      }
      // Too long for any line: in pieces that each fit.
      var piece = ""
      var pieceEms = 0.0
      var pieceCount = 0
      for c in word {
        if lines.count > maxLines { break }
        let cEms = DotTextWidth.ems(Substring(String(c)), bold: bold)
        let cCount = c.unicodeScalars.count
        if !piece.isEmpty && (pieceCount + cCount > Self.longestWord || pieceEms + cEms > ems) {
          lines.append(piece)
          piece = ""
          pieceEms = 0
          pieceCount = 0
        }
        piece.append(c)
        pieceEms += cEms
        pieceCount += cCount
      }
      current = piece
      currentEms = pieceEms
      currentCount = pieceCount
    }
    flush()
    guard lines.count > maxLines else { return lines }
    // Very long cells are cut: a card is not a document. The last line keeps room for " …".
    var last = Substring(lines[maxLines - 1])
    let room = ems - DotTextWidth.ems(Substring(Self.ellipsis), bold: bold)
    while !last.isEmpty && DotTextWidth.ems(last, bold: bold) > room { last = last.dropLast() }
    while last.last == " " { last = last.dropLast() }
    return Array(lines.prefix(maxLines - 1)) + [last + Self.ellipsis]
  }

  /// One line that fits, cut with "…" when the text is longer.
  static func fit(_ text: String, ems: Double, bold: Bool) -> String {
    let limit = ems - DotTextWidth.ems("…", bold: bold)
    var total = 0.0
    var end = text.startIndex
    var cutAt: String.Index? = nil
    while end != text.endIndex {
      let c = text[end]
      total += DotTextWidth.ems(Substring(String(c)), bold: bold)
      if cutAt == nil && total > limit { cutAt = end }
      if total > ems { break }
      end = text.index(after: end)
    }
    guard end != text.endIndex, let cutAt else { return text }
    var head = text[..<cutAt]
    while head.last == " " { head = head.dropLast() }
    return head + "…"
  }
}
