import JourneyMapCore

/// One line of slide text: runs of already-safe text in their styles, from an indent.
struct SlideLine: Equatable {
  struct Run: Equatable {
    var text: String
    var style: Style
  }

  var runs: [Run]
  var indent = 0

  init(_ runs: [Run], indent: Int = 0) {
    self.runs = runs
    self.indent = indent
  }

  init(_ text: String, _ style: Style, indent: Int = 0) {
    self.init([Run(text: text, style: style)], indent: indent)
  }

  static let blank = SlideLine([])

  /// Columns it takes, indent included.
  var width: Int { indent + runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

  /// Draws the line; nothing reaches past `width` columns from `x`.
  func draw(_ screen: inout Screen, x: Int, row: Int, width: Int) {
    var used = indent
    for run in runs where used < width {
      used += screen.write(run.text, column: x + used, row: row, limit: width - used, style: run.style)
    }
  }
}

/// Builds slide lines from map text: every piece of map text is made safe here, looking at no
/// more of it than can be shown, and wrapped to few words a line.
enum SlideText {
  /// A paragraph: `prefix` on its first line, the text wrapped beside it and under it (a
  /// hanging indent), at most `maxLines` lines, the last ending in `…` when the text goes on.
  static func paragraph(
    _ text: String, style: Style, prefix: String = "", prefixStyle: Style? = nil, indent: Int = 0, width: Int, maxLines: Int = 4
  ) -> [SlideLine] {
    let hang = DisplayWidth.of(prefix)
    let textWidth = max(1, width - indent - hang)
    let safe = SafeText.displayable(text, limit: textWidth * maxLines + 1)
    let wrapped = TextLayout.wrap(safe, width: textWidth, maxLines: maxLines)
    guard !wrapped.isEmpty else { return prefix.isEmpty ? [] : [SlideLine(prefix, prefixStyle ?? style, indent: indent)] }
    return wrapped.enumerated().map { i, line in
      if i == 0 && !prefix.isEmpty {
        return SlideLine([.init(text: prefix, style: prefixStyle ?? style), .init(text: line, style: style)], indent: indent)
      }
      return SlideLine(line, style, indent: indent + hang)
    }
  }

  /// One line, cut with `…` where it would go past `width`.
  static func line(_ runs: [(String, Style)], indent: Int = 0, width: Int) -> SlideLine {
    var left = max(0, width - indent)
    var out: [SlideLine.Run] = []
    for (text, style) in runs where left > 0 {
      let safe = TextLayout.truncate(SafeText.displayable(text, limit: left + 1), to: left)
      out.append(.init(text: safe, style: style))
      left -= DisplayWidth.of(safe)
    }
    return SlideLine(out, indent: indent)
  }

  /// A small heading over a block: capitals read as a label, not as content.
  static func label(_ text: String, style: Style = .slideLabel, width: Int) -> SlideLine {
    line([(text.uppercased(), style)], width: width)
  }

  /// A feeling as the slides write it: "● −2 annoyed", coloured from red to green.
  static func feeling(_ feeling: Feeling?, width: Int, indent: Int = 0) -> SlideLine? {
    guard let feeling else { return nil }
    let score = max(-2, min(2, feeling.score))
    let sign = feeling.score > 0 ? "+\(feeling.score)" : feeling.score < 0 ? "−\(-feeling.score)" : "0"
    return line([("● " + sign + (feeling.word.isEmpty ? "" : " " + feeling.word), .feeling(score))], indent: indent, width: width)
  }
}
