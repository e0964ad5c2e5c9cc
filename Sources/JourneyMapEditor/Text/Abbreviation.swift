/// A title shortened to fit a narrow sticky note: whole words when they fit; otherwise without
/// the small words ("the", "to"…) and with long words cut to the note's width ("Opens the
/// monthly invoice" in four columns: "Open" "mon." "inv."), so every note still says which step
/// it is. Works on text already made safe (see ``SafeText``).
enum Abbreviation {
  static let smallWords: Set<String> = [
    "a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "at", "by", "with", "from", "into", "is", "it", "its",
    "their", "his", "her", "our", "your", "my", "that", "this",
  ]

  static func lines(_ text: String, width: Int, rows: Int) -> [String] {
    guard width > 0, rows > 0 else { return [] }
    let words = text.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    if let packed = pack(words, width: width, rows: rows) { return packed }
    let significant = words.filter { !smallWords.contains($0.lowercased()) }
    let kept = significant.isEmpty ? words : significant
    if let packed = pack(kept, width: width, rows: rows) { return packed }
    let cut = kept.map { shorten($0, to: width) }
    if let packed = pack(cut, width: width, rows: rows) { return packed }
    // Still too many words: as many as fit, the last line ending in … to say there is more.
    var lines = pack(cut, width: width, rows: Int.max) ?? []
    lines = Array(lines.prefix(rows))
    lines[lines.count - 1] = TextLayout.truncate(lines[lines.count - 1] + " …", to: width)
    return lines
  }

  /// Words packed greedily into lines, or nil when a word is wider than a line or the words
  /// need more than `rows` lines.
  static func pack(_ words: [String], width: Int, rows: Int) -> [String]? {
    var lines: [String] = []
    var line = ""
    var used = 0
    for word in words {
      let w = DisplayWidth.of(word)
      if w > width { return nil }
      if used == 0 {
        line = word
        used = w
      } else if used + 1 + w <= width {
        line += " " + word
        used += 1 + w
      } else {
        lines.append(line)
        if lines.count >= rows { return nil }
        line = word
        used = w
      }
    }
    lines.append(line)
    return lines.count <= rows ? lines : nil
  }

  /// A word cut to fit, with a full stop to show it was cut when there is room for one.
  static func shorten(_ word: String, to width: Int) -> String {
    guard DisplayWidth.of(word) > width else { return word }
    let keep = width >= 4 ? width - 1 : width
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return String(word.prefix(keep)) + (width >= 4 ? "." : "") }
    var out = ""
    var used = 0
    for c in word {
      let w = DisplayWidth.of(c)
      if used + w > keep { break }
      out.append(c)
      used += w
    }
    return width >= 4 ? out + "." : out
  }
}
