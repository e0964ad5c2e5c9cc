import JourneyMapCore
import Testing

@testable import JourneyMapEditor

/// The presentation's block letters: which text they draw, how it is laid out, and the plain
/// text they fall back to.
@Suite("Block letters")
struct BlockLetterTests {
  @Test func everyLetterDigitAndCommonMarkIsDrawn() {
    let text = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,!?'\"-:;&/()[]+=#%*<>_£€$… ’“”–—"
    #expect(BlockLetters.glyphs(text) != nil)
    // Latin letters with marks: from the base letter and its accent, above or below.
    let words = ["Café", "Ñandú", "Ça", "Ålesund", "Øresund", "Æble", "Łódź", "Straße", "Dvořák", "Şişli", "Þórr", "Œuvre", "İstanbul"]
    for word in words {
      #expect(BlockLetters.glyphs(word) != nil, "\(word)")
    }
    let e = try! #require(BlockLetters.glyph("E")), é = try! #require(BlockLetters.glyph("É")), ç = try! #require(BlockLetters.glyph("Ç"))
    #expect(!e.hasAccent && é.hasAccent && !é.hasMarkBelow && ç.hasMarkBelow)
    #expect(é.pixels[1...5] == e.pixels[1...5])
  }

  @Test func whatTheFontCannotDrawIsPlainText() {
    for text in ["ラーメン", "Ελλάδα", "Москва", "Rocket 🚀", "a␛b", "x ♥ y"] {
      #expect(BlockLetters.glyphs(text) == nil, "\(text)")
      let headline = Headline(text, width: 60, maxRows: 10)
      #expect(!headline.isBanner)
      #expect(headline.lines == [SafeText.displayable(text)])
    }
  }

  /// Sizes from the largest down, by what fits; words are never cut.
  @Test func theLargestScaleThatFits() throws {
    #expect(Banner.fit("Resolution", width: 176, maxRows: 5)?.scale == .huge)
    #expect(Banner.fit("Resolution", width: 80, maxRows: 5)?.scale == .large)
    #expect(Banner.fit("Resolution", width: 80, maxRows: 3)?.scale == .small)
    #expect(Banner.fit("Resolution", width: 30, maxRows: 10) == nil)
    let two = try #require(Banner.fit("Call support", width: 40, maxRows: 11, scales: [.large]))
    #expect(two.height == 11)  // two lines of five rows, a blank row between
    #expect(two.lines[5].isEmpty)
    // Small letters: two pixel rows a cell, no blank row needed between lines.
    let small = try #require(Banner.fit("Call support", width: 40, maxRows: 6, scales: [.small]))
    #expect(small.height == 6)
    #expect(small.lines.allSatisfy { $0.allSatisfy { " ▀▄█".contains($0) } })
  }

  /// Rows of one line of letters are centred together, so a letter's strokes stay one above
  /// the other.
  @Test func centredRowsStayAligned() throws {
    let headline = Headline("Call support", width: 72, maxRows: 3, scales: [.small])
    guard case .banner(let banner) = headline.body else {
      Issue.record("no banner")
      return
    }
    var screen = Screen(size: Size(columns: 80, rows: 4))
    headline.draw(&screen, x: 4, row: 0, width: 72, centred: true)
    let x = 4 + (72 - banner.rowWidths[0]) / 2
    #expect(x > 4, "centred, not at the left edge")
    for row in 0..<3 {
      let line = screen.line(row)
      #expect(line.prefix(x).allSatisfy { $0 == " " })
      #expect(line.dropFirst(x).hasPrefix(banner.lines[row]), "row \(row) is not where the others are")
    }
  }

  @Test func plainHeadlinesWrapAndEndWithAnEllipsis() {
    let headline = Headline(String(repeating: "界", count: 100), width: 20, maxRows: 10, plainRows: 2)
    #expect(headline.lines.count == 2)
    #expect(headline.lines[1].hasSuffix("…"))
  }
}
