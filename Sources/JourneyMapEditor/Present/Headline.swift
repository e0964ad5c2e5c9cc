import JourneyMapCore

/// The most important text of a slide, as big as the space allows: a ``Banner`` when the text
/// can be drawn in block letters within the rows it may take, otherwise the text itself, bold,
/// wrapped. A banner never mixes drawn and plain letters: a word half in block letters and half
/// in plain text reads as two words.
struct Headline: Equatable {
  enum Body: Equatable {
    case banner(Banner)
    case plain([String])
  }

  let body: Body

  var lines: [String] {
    switch body {
    case .banner(let banner): return banner.lines
    case .plain(let lines): return lines
    }
  }

  var height: Int { lines.count }
  var isBanner: Bool { if case .banner = body { return true } else { return false } }

  /// - Parameters:
  ///   - text: map text, not yet safe: it is made safe here.
  ///   - maxRows: rows the block letters may take.
  ///   - plainRows: at most this many lines of plain text when no banner fits.
  init(_ text: String, width: Int, maxRows: Int, plainRows: Int = 2, scales: [Banner.Scale] = Banner.Scale.allCases) {
    let safe = SafeText.displayable(text, limit: max(1, width * max(maxRows, plainRows)))
    if let banner = Banner.fit(safe, width: width, maxRows: maxRows, scales: scales) {
      body = .banner(banner)
    } else {
      body = .plain(TextLayout.wrap(safe, width: width, maxLines: max(1, plainRows)))
    }
  }

  /// The sizes slides of one kind may use, so that every stage's name (say) is drawn at the
  /// same size: the largest size at which each of them that can be drawn fits. A name that
  /// cannot be drawn at all is plain text and does not shrink the others.
  static func commonScales(_ texts: [String], width: Int, maxRows: Int) -> [Banner.Scale] {
    let all = Banner.Scale.allCases
    let best = texts.compactMap { text in
      Banner.fit(SafeText.displayable(text, limit: max(1, width * maxRows)), width: width, maxRows: maxRows).map { all.firstIndex(of: $0.scale)! }
    }
    return Array(all[(best.max() ?? 0)...])
  }

  /// Draws the headline from `row`, each line centred in `width` or from `x`.
  func draw(_ screen: inout Screen, x: Int, row: Int, width: Int, centred: Bool) {
    let style: Style = isBanner ? .slideHeadline : .slideStrong
    let widths: [Int]
    switch body {
    case .banner(let banner): widths = banner.rowWidths
    case .plain(let lines): widths = lines.map { DisplayWidth.of($0) }
    }
    for (i, line) in lines.enumerated() {
      let w = widths[i]
      let left = centred ? x + max(0, (width - w) / 2) : x
      screen.write(line, column: left, row: row + i, limit: width, style: style)
    }
  }
}
