/// Where a slide may draw at a screen size: wide margins (a projector's edges are often cut or
/// dim), a blank row above the footer, and the footer on the last row. Layouts are chosen from
/// the frame, so 80×24 and 200×60 each get slides made for them.
struct SlideFrame: Equatable {
  let size: Size
  let margin: Int
  let top: Int
  /// The first row below the body.
  let bottom: Int

  init(_ size: Size) {
    self.size = size
    margin = size.columns >= 160 ? 12 : size.columns >= 100 ? 8 : size.columns >= 60 ? 4 : 2
    top = size.rows >= 36 ? 2 : 1
    bottom = max(top + 1, size.rows - 2)
  }

  var left: Int { margin }
  var width: Int { max(1, size.columns - 2 * margin) }
  var height: Int { bottom - top }

  /// Rows a slide's headline may take: block letters grow with the screen.
  func headlineRows(generous: Bool) -> Int {
    if height >= 50 { return 11 }
    if height >= 30 { return generous ? 7 : 5 }
    return 3
  }

  /// How many columns of body text fit side by side, each at least `minimum` wide.
  func columns(minimum: Int, gap: Int, most: Int) -> Int {
    max(1, min(most, (width + gap) / (minimum + gap)))
  }
}

/// The top of a content slide: a small label ("STAGE 3 OF 5"), the headline, and a line or two
/// under it, then a blank row.
struct SlideHeader: Equatable {
  var label: SlideLine?
  var headline: Headline?
  var below: [SlideLine] = []

  var height: Int { (label == nil ? 0 : 1) + (headline.map { $0.height + 1 } ?? 0) + below.count + 1 }

  func draw(_ screen: inout Screen, frame: SlideFrame) {
    var row = frame.top
    if let label {
      label.draw(&screen, x: frame.left, row: row, width: frame.width)
      row += 1
    }
    if let headline {
      headline.draw(&screen, x: frame.left, row: row, width: frame.width, centred: false)
      row += headline.height + 1
    }
    for line in below {
      line.draw(&screen, x: frame.left, row: row, width: frame.width)
      row += 1
    }
  }
}

/// A content slide: its header, then columns of lines (step cards, or text poured by ``Flow``).
struct PageSlide: Equatable {
  var header: SlideHeader
  var columns: [[SlideLine]]
  var columnWidth: Int
  var gap: Int

  func draw(_ screen: inout Screen, frame: SlideFrame) {
    header.draw(&screen, frame: frame)
    let top = frame.top + header.height
    for (c, lines) in columns.enumerated() {
      let x = frame.left + c * (columnWidth + gap)
      for (r, line) in lines.enumerated() where top + r < frame.bottom {
        line.draw(&screen, x: x, row: top + r, width: min(columnWidth, frame.left + frame.width - x))
      }
    }
  }
}
