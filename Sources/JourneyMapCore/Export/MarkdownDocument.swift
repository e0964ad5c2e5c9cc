/// The export index plus each step's label (`3. Searches the help centre`, escaped), made once:
/// a step's label appears on four or five slides.
@dynamicMemberLookup
struct MarkdownIndex: Sendable {
  let base: ExportIndex
  let labels: [String]

  init(_ map: JourneyMap, flavor: MarkdownFlavor = .gfm) {
    base = ExportIndex(map)
    var labels = Array(repeating: "", count: map.steps.count)
    for (n, i) in base.order.enumerated() {
      labels[i] = "\(n + 1). " + MarkdownExporter.escape(MarkdownDocument.kept(ExportText.stepTitle(map.steps[i]), flavor))
    }
    self.labels = labels
  }

  /// The label of the step at an index of `map.steps`.
  func label(_ step: Int) -> String { labels[step] }

  subscript<T>(dynamicMember key: KeyPath<ExportIndex, T>) -> T { base[keyPath: key] }

  func touchpointText(_ id: String) -> String { base.touchpointText(id) }
}

/// The document being built: knows the flavour's heading levels and how to split tables.
struct MarkdownDocument {
  let flavor: MarkdownFlavor
  var text = ""

  /// `capacity`: the expected size in bytes; reserved up front, a large deck is written without
  /// copying itself each time it outgrows its buffer.
  init(flavor: MarkdownFlavor, capacity: Int = 1 << 16) {
    self.flavor = flavor
    text.reserveCapacity(capacity)
  }

  /// Text kept of one piece of map text on a slide: more than any place on a slide shows (each
  /// is cut again to its place), so a huge cell costs what the deck keeps of it.
  static let slideTextLimit = 600

  static func kept(_ clean: String, _ flavor: MarkdownFlavor) -> String {
    flavor == .slides ? ExportText.cut(clean, to: slideTextLimit) : clean
  }

  /// Map text for this document: cleaned, kept (``kept(_:_:)``) and escaped.
  func text(_ raw: String) -> String {
    MarkdownExporter.escape(Self.kept(ExportText.clean(raw), flavor))
  }

  mutating func raw(_ s: String) {
    text += s
    text += "\n"
  }

  mutating func line(_ s: String) {
    text += s
    text += "\n"
  }

  mutating func blank() { text += "\n" }

  /// A section in documents (`##`). Slides have none: a heading alone on a slide says nothing
  /// the next slide's title does not.
  mutating func section(_ title: String) {
    guard flavor == .gfm else { return }
    line("## " + MarkdownExporter.escape(title))
    blank()
  }

  /// A slide's title is cut to two lines of a heading.
  static let titleLimit = 72.0

  mutating func slide(_ title: String, level: Int) {
    let heading = MarkdownExporter.escape(Self.kept(title, flavor))
    line(String(repeating: "#", count: level) + " " + (flavor == .slides ? SlideText.fit(heading, limit: Self.titleLimit) : heading))
    blank()
  }

  /// What one cell of a table of `columns` columns may hold on a slide: about half a slide's
  /// height in its column, so that any row fits under the header.
  static func cellLimit(columns: Int) -> Double {
    Double(SlideBudget.lineWidth / max(1, columns) - 2) * SlideBudget.lines * 0.45
  }

  /// A table split over as many slides as it needs: at most `perSlide` rows, fewer when they
  /// are long (``SlideBudget``). One table in a document.
  mutating func table(_ title: String, header: [String], align: [String], rows: [[String]], perSlide: Int) {
    guard !rows.isEmpty else { return }
    var header = header
    var rows = rows
    if flavor == .slides {
      let limit = Self.cellLimit(columns: header.count)
      header = header.map { SlideText.fit($0, limit: limit) }
      rows = rows.map { $0.map { SlideText.fit($0, limit: limit) } }
    }
    let chunks = flavor == .slides ? Self.slides(header: header, rows: rows, perSlide: perSlide) : [rows[...]]
    for (n, chunk) in chunks.enumerated() {
      slide(MarkdownExporter.numbered(title, n, chunks.count), level: flavor == .slides ? 2 : 3)
      tableBody(header: header, align: align, rows: Array(chunk))
    }
  }

  /// Rows split into slides that fit: each row is measured once.
  static func slides(header: [String], rows: [[String]], perSlide: Int) -> [ArraySlice<[String]>] {
    let headerHeight = SlideBudget.row(header)
    var chunks: [ArraySlice<[String]>] = []
    var start = 0
    var height = headerHeight
    for (r, row) in rows.enumerated() {
      let h = SlideBudget.row(row)
      if r > start && (r - start >= perSlide || height + h > SlideBudget.lines) {
        chunks.append(rows[start..<r])
        start = r
        height = headerHeight
      }
      height += h
    }
    chunks.append(rows[start...])
    return chunks
  }

  mutating func tableBody(header: [String], align: [String], rows: [[String]]) {
    row(header)
    text += "|"
    for a in align {
      text += a
      text += "|"
    }
    text += "\n"
    for r in rows { row(r) }
    blank()
  }

  /// One table row, appended in place (tables are most of a large deck).
  mutating func row(_ cells: [String]) {
    text += "|"
    for cell in cells {
      text += " "
      text += cell
      text += " |"
    }
    text += "\n"
  }
}
