/// How much fits on one slide, estimated from above for every renderer the deck meets at
/// 1280×720 (16:9): Marp (with the deck's own font size), reveal.js through pandoc (with the
/// deck's slide size) and PowerPoint through pandoc (its default template). Text is measured in
/// lines of table text: a table row is as tall as its tallest cell wrapped into its column, and
/// columns share the width evenly (pandoc's PowerPoint tables do, whatever the Markdown says;
/// Marp's and reveal.js's columns follow their content, which is never worse for the longest
/// cell). PowerPoint is the tightest of the three — its tables, lists and paragraphs are set in
/// larger type than the deck asks of Marp and reveal.js — so the numbers are PowerPoint's,
/// found by rendering decks and keeping a margin; the deck tests measure real slides in
/// reveal.js.
enum SlideBudget {
  /// Characters of table text on one line across the slide.
  static let lineWidth = 92
  /// Lines of table text below a slide's title.
  static let lines = 18.5
  /// What a table row costs beyond its text (padding and rules).
  static let rowPadding = 0.5
  /// Lists and paragraphs are set larger: characters a line, lines a slide, and the space
  /// between items (in those lines).
  static let textWidth = 48
  static let textLines = 9.5
  static let paragraphSpacing = 0.3

  /// Lines `text` (Markdown, escaped) takes wrapped at `width` units (``SlideText/units(_:)``):
  /// words wrap whole at spaces and at break opportunities, a word longer than the line breaks.
  static func lines(_ markdown: String, width: Int) -> Int {
    let width = Double(max(4, width))
    var lines = 1
    var column = 0.0
    var word = 0.0
    var gap = 0.0
    func place() {
      guard word > 0 else { return }
      if column > 0 && column + gap + word > width {
        lines += 1
        column = 0
      }
      if column > 0 { column += gap }
      column += word
      while column > width {
        lines += 1
        column -= width
      }
      word = 0
    }
    var escaped = false
    for scalar in markdown.unicodeScalars {
      if escaped {
        escaped = false
      } else if scalar == "\\" {
        escaped = true
        continue
      } else if scalar == "*" {
        continue  // emphasis markers: map text's own asterisks are escaped
      }
      if scalar == " " || scalar == SlideText.breakOpportunity {
        place()
        gap = scalar == " " ? 1 : 0
        continue
      }
      if WideCharacters.isWide(scalar) {
        // A line may break before and after each CJK character or emoji.
        place()
        gap = 0
        word = SlideText.units(scalar)
        place()
        continue
      }
      word += SlideText.units(scalar)
    }
    place()
    return lines
  }

  /// The height of a table: its header and rows, each as tall as its tallest cell; columns
  /// share the line evenly.
  static func table(header: [String], rows: [[String]]) -> Double {
    rows.reduce(row(header)) { $0 + row($1) }
  }

  static func row(_ cells: [String]) -> Double {
    let width = lineWidth / max(1, cells.count) - 2
    return Double(cells.map { lines($0, width: width) }.max() ?? 1) + rowPadding
  }

  /// A paragraph or list item across the slide, in lines of text.
  static func paragraph(_ markdown: String) -> Double {
    Double(lines(markdown, width: textWidth)) + paragraphSpacing
  }

  /// A paragraph above a table, in lines of table text.
  static func paragraphAboveTable(_ markdown: String) -> Double {
    paragraph(markdown) * lines / textLines
  }
}
