/// Lines that belong together on a slide: a pain point and its wrapped lines, an opportunity
/// and its owner, a heading and what it heads.
struct SlideBlock: Equatable {
  var lines: [SlideLine]
  /// Blank lines after it, unless it ends a column.
  var gapAfter = 1
  /// A heading: it stays in the same column as the block after it.
  var keepWithNext = false
  /// Starts a new column when the slide has more than one (the blueprint beside the customer).
  var columnBreakBefore = false
  /// Starts a new slide (the blueprint after the customer, when both do not fit on one).
  var pageBreakBefore = false

  init(_ lines: [SlideLine], gapAfter: Int = 1, keepWithNext: Bool = false, columnBreakBefore: Bool = false) {
    self.lines = lines
    self.gapAfter = gapAfter
    self.keepWithNext = keepWithNext
    self.columnBreakBefore = columnBreakBefore
  }
}

/// Pours blocks into columns and the columns into pages: a block is never split while it fits a
/// column of its own, a heading never ends a column, and what does not fit goes on to the next
/// column, then to a slide of its own. A presentation slide never scrolls.
enum Flow {
  /// Pages of columns of lines.
  typealias Page = [[SlideLine]]

  static func pages(_ blocks: [SlideBlock], columns: Int, height: Int) -> [Page] {
    let columns = max(1, columns)
    let height = max(1, height)
    var pages: [Page] = []
    var page: Page = []
    var column: [SlideLine] = []
    var pendingGap = 0

    func endColumn() {
      page.append(column)
      column = []
      pendingGap = 0
      if page.count == columns {
        pages.append(page)
        page = []
      }
    }

    // A heading and the block it heads are placed as one.
    var groups: [[SlideBlock]] = []
    var open: [SlideBlock] = []
    for block in blocks {
      open.append(block)
      if !block.keepWithNext {
        groups.append(open)
        open = []
      }
    }
    if !open.isEmpty { groups.append(open) }

    for group in groups {
      if group.first?.columnBreakBefore == true && columns > 1 && !column.isEmpty { endColumn() }
      if group.first?.pageBreakBefore == true && (!column.isEmpty || !page.isEmpty) {
        if !column.isEmpty { endColumn() }
        while !page.isEmpty { endColumn() }
      }
      var lines: [SlideLine] = []
      for (i, block) in group.enumerated() {
        lines += block.lines
        if i < group.count - 1 { lines += Array(repeating: .blank, count: block.gapAfter) }
      }
      let gapAfter = group.last?.gapAfter ?? 0
      let needed = lines.count + (column.isEmpty ? 0 : pendingGap)
      if needed > height - column.count && !column.isEmpty && lines.count <= height { endColumn() }
      if !column.isEmpty { column += Array(repeating: .blank, count: max(0, min(pendingGap, height - column.count))) }
      // Longer than a whole column: it runs on into the next.
      var rest = lines[...]
      while !rest.isEmpty {
        let room = height - column.count
        if room <= 0 {
          endColumn()
          continue
        }
        column += rest.prefix(room)
        rest = rest.dropFirst(room)
      }
      pendingGap = gapAfter
    }
    if !column.isEmpty { endColumn() }
    if !page.isEmpty { pages.append(page) }
    return pages.isEmpty ? [[[]]] : pages
  }
}
