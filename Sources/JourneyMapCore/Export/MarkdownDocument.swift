/// The export index plus each step's label (`3. Searches the help centre`, escaped), made once:
/// a step's label appears on four or five slides.
@dynamicMemberLookup
struct MarkdownIndex {
  let base: ExportIndex
  let labels: [String]

  init(_ map: JourneyMap) {
    base = ExportIndex(map)
    var labels = Array(repeating: "", count: map.steps.count)
    for (n, i) in base.order.enumerated() {
      labels[i] = "\(n + 1). " + MarkdownExporter.escape(ExportText.stepTitle(map.steps[i]))
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

  mutating func raw(_ s: String) {
    text += s
    text += "\n"
  }

  mutating func line(_ s: String) {
    text += s
    text += "\n"
  }

  mutating func blank() { text += "\n" }

  /// A stage divider in slides (`#`, no body), a section in documents (`##`).
  mutating func section(_ title: String) {
    line((flavor == .slides ? "# " : "## ") + MarkdownExporter.escape(title))
    blank()
  }

  mutating func slide(_ title: String, level: Int) {
    line(String(repeating: "#", count: level) + " " + MarkdownExporter.escape(title))
    blank()
  }

  /// A table split over as many slides as it needs (one table in a document).
  mutating func table(_ title: String, header: [String], align: [String], rows: [[String]], perSlide: Int) {
    guard !rows.isEmpty else { return }
    let size = flavor == .slides ? perSlide : Int.max
    let chunks = MarkdownExporter.chunked(rows, size)
    for (n, chunk) in chunks.enumerated() {
      slide(MarkdownExporter.numbered(title, n, chunks.count), level: flavor == .slides ? 2 : 3)
      tableBody(header: header, align: align, rows: Array(chunk))
    }
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

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
