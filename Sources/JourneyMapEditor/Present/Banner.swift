/// A text in block letters, laid out in lines of whole words: what "large text" means on a
/// terminal, which cannot change its font size. Three sizes, chosen by what fits: a pixel two
/// cells wide (square pixels, the largest), one cell, or half a cell high (`▀ ▄ █`, square
/// again and a third of the height).
struct Banner: Equatable {
  enum Scale: CaseIterable, Equatable {
    /// Each pixel `██`: square, for 200-column screens.
    case huge
    /// Each pixel `█`: tall letters.
    case large
    /// Two pixel rows per cell row (`▀ ▄ █`): square and small.
    case small

    var cellsPerPixel: Int { self == .huge ? 2 : 1 }
  }

  let scale: Scale
  /// Each row of cells, trailing spaces removed.
  let lines: [String]
  /// The width of the line of words each row belongs to: rows of one line are centred
  /// together, or the letters would shear apart.
  let rowWidths: [Int]

  var height: Int { lines.count }

  /// Pixels between letters, and between words.
  static let letterGap = 1
  static let wordGap = 3

  /// The largest banner of `text` in at most `maxRows` rows of `width` columns, trying only
  /// `scales` (largest first); nil when none fits without cutting a word. `text` is already
  /// safe (see ``SafeText``), and the banner only ever draws block characters.
  static func fit(_ text: String, width: Int, maxRows: Int, scales: [Scale] = Scale.allCases) -> Banner? {
    guard width > 0, maxRows > 0, let words = BlockLetters.glyphs(text), !words.isEmpty else { return nil }
    // Every line of one banner has the same pixel rows, so that lines are evenly spaced.
    let glyphs = words.flatMap { $0 }
    let top = glyphs.contains { $0.hasAccent } ? 0 : 1
    let bottom = glyphs.contains { $0.hasMarkBelow } ? BlockLetters.rows : BlockLetters.rows - 1
    for scale in scales {
      guard let lines = wrap(words, width: width / scale.cellsPerPixel) else { continue }
      let rendered = render(lines, rows: top..<bottom, scale: scale)
      if rendered.count <= maxRows { return Banner(scale: scale, lines: rendered.map(\.text), rowWidths: rendered.map(\.width)) }
    }
    return nil
  }

  static func pixelWidth(_ word: [BlockLetters.Glyph]) -> Int {
    word.reduce(0) { $0 + $1.width } + letterGap * max(0, word.count - 1)
  }

  /// Words packed greedily into lines `width` pixels wide; nil when a word is wider.
  static func wrap(_ words: [[BlockLetters.Glyph]], width: Int) -> [[[BlockLetters.Glyph]]]? {
    var lines: [[[BlockLetters.Glyph]]] = []
    var used = 0
    for word in words {
      let w = pixelWidth(word)
      if w > width { return nil }
      if !lines.isEmpty, used + wordGap + w <= width {
        lines[lines.count - 1].append(word)
        used += wordGap + w
      } else {
        lines.append([word])
        used = w
      }
    }
    return lines
  }

  /// The cell rows of lines of words. Small letters need no blank row between lines when the
  /// last cell row's lower half is blank already.
  static func render(_ lines: [[[BlockLetters.Glyph]]], rows: Range<Int>, scale: Scale) -> [(text: String, width: Int)] {
    var out: [(text: String, width: Int)] = []
    for (n, line) in lines.enumerated() {
      let width = line.reduce(0) { $0 + pixelWidth($1) } * scale.cellsPerPixel + wordGap * max(0, line.count - 1) * scale.cellsPerPixel
      var pixels = Array(repeating: [Bool](), count: rows.count)
      for (w, word) in line.enumerated() {
        for (g, glyph) in word.enumerated() {
          let gap = g > 0 ? letterGap : (w > 0 ? wordGap : 0)
          for (r, row) in rows.enumerated() { pixels[r] += Array(repeating: false, count: gap) + glyph.pixels[row] }
        }
      }
      switch scale {
      case .huge, .large:
        if n > 0 { out.append(("", 0)) }
        let ink = scale == .huge ? "██" : "█"
        let paper = scale == .huge ? "  " : " "
        out += pixels.map { row in (trimmed(row.map { $0 ? ink : paper }.joined()), width) }
      case .small:
        if n > 0 && rows.count % 2 == 0 { out.append(("", 0)) }
        for r in stride(from: 0, to: rows.count, by: 2) {
          let upper = pixels[r]
          let lower = r + 1 < rows.count ? pixels[r + 1] : Array(repeating: false, count: upper.count)
          let cells = zip(upper, lower).map { pair -> String in
            switch pair {
            case (true, true): return "█"
            case (true, false): return "▀"
            case (false, true): return "▄"
            default: return " "
            }
          }
          out.append((trimmed(cells.joined()), width))
        }
      }
    }
    return out
  }

  static func trimmed(_ s: String) -> String {
    var s = s
    while s.last == " " { s.removeLast() }
    return s
  }
}
