import Foundation

/// Text as pixels of ``BlockFont``: one glyph per letter, capitals only (a banner in capitals is
/// what reads from afar, and the font needs no lower case), each glyph seven pixel rows tall —
/// a row for accents, the five of the letter, a row for marks below.
enum BlockLetters {
  struct Glyph: Equatable {
    /// Pixel rows, top to bottom: ``rows`` of them, each `width` wide.
    var pixels: [[Bool]]
    var width: Int { pixels.first?.count ?? 0 }
    var hasAccent: Bool { pixels[0].contains(true) }
    var hasMarkBelow: Bool { pixels[rows - 1].contains(true) }
  }

  static let rows = BlockFont.height + 2

  /// The words of a text as glyphs, or nil when the font cannot draw one of its characters.
  static func glyphs(_ text: String) -> [[Glyph]]? {
    var words: [[Glyph]] = []
    var word: [Glyph] = []
    for character in text.uppercased() {
      if character == " " {
        if !word.isEmpty { words.append(word) }
        word = []
        continue
      }
      guard let glyph = glyph(character) else { return nil }
      word.append(glyph)
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// One character: a glyph of the font, or a base letter with marks the font draws.
  static func glyph(_ character: Character) -> Glyph? {
    let character = BlockFont.aliases[character] ?? character
    if let rows = BlockFont.glyphs[character] { return Glyph(body: rows, marks: []) }
    let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
    guard scalars.count > 1, let rows = BlockFont.glyphs[Character(scalars[0])] else { return nil }
    var marks: [BlockFont.Mark] = []
    for scalar in scalars.dropFirst() {
      guard let mark = BlockFont.Mark(scalar) else { return nil }
      marks.append(mark)
    }
    // One row above and one below: two marks on the same side would be one on top of the other.
    guard marks.filter(\.isBelow).count <= 1, marks.filter({ !$0.isBelow }).count <= 1 else { return nil }
    return Glyph(body: rows, marks: marks)
  }
}

extension BlockLetters.Glyph {
  init(body: [String], marks: [BlockFont.Mark]) {
    let width = body.map(\.count).max() ?? 0
    let blank = Array(repeating: false, count: width)
    var pixels = [blank]
    for row in body { pixels.append(row.map { $0 == "#" } + Array(repeating: false, count: width - row.count)) }
    pixels.append(blank)
    for mark in marks {
      let row = mark.isBelow ? pixels.count - 1 : 0
      for (i, on) in mark.pixels(width: width).enumerated() where on { pixels[row][i] = true }
    }
    self.pixels = pixels
  }
}
