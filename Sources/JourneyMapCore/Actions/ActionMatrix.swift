/// The impact × effort matrix: where each judged opportunity falls, with the quadrants a
/// prioritisation workshop names — quick wins (high impact, low effort), big bets (high, high),
/// fill-ins (low, low) and money pits (low impact, high effort). Opportunities whose impact or
/// effort nobody has judged are listed under it, so nothing silently drops out.
public struct ActionMatrix: Sendable {
  /// Cells by impact (high first) and effort (low first).
  public var cells: [[ [ActionItem] ]]
  public var notJudged: [ActionItem]

  public static let impacts: [Level] = [.high, .medium, .low]
  public static let efforts: [Level] = [.low, .medium, .high]

  public init(_ list: ActionList) {
    var cells = Array(repeating: Array(repeating: [ActionItem](), count: 3), count: 3)
    var notJudged: [ActionItem] = []
    for item in list.items {
      guard let impact = item.opportunity.impact, let effort = item.opportunity.effort,
        let row = Self.impacts.firstIndex(of: impact), let column = Self.efforts.firstIndex(of: effort)
      else {
        notJudged.append(item)
        continue
      }
      cells[row][column].append(item)
    }
    // Within a cell, what is under way first (then the list's own order).
    for r in cells.indices {
      for c in cells[r].indices {
        cells[r][c] = cells[r][c].enumerated().sorted { a, b in
          let (x, y) = (ActionList.urgency(a.element.opportunity.status), ActionList.urgency(b.element.opportunity.status))
          return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
      }
    }
    self.cells = cells
    self.notJudged = notJudged
  }

  /// The quadrant named at a corner cell.
  public static func quadrant(row: Int, column: Int) -> String? {
    switch (row, column) {
    case (0, 0): return "Quick wins"
    case (0, 2): return "Big bets"
    case (2, 0): return "Fill-ins"
    case (2, 2): return "Money pits"
    default: return nil
    }
  }

  static func label(_ item: ActionItem, limit: Int) -> String {
    "\(item.opportunity.status.glyph) " + ExportText.cut(ExportText.clean(item.opportunity.text), to: limit)
  }

  // MARK: Terminal

  public func text(width: Int = 26) -> String {
    let gutter = 14
    func pad(_ s: String, _ n: Int) -> String {
      let length = s.count
      return length >= n ? s : s + String(repeating: " ", count: n - length)
    }
    var out = "Impact × effort (\(cells.joined().joined().count) judged, \(notJudged.count) not judged)\n\n"
    out += (pad("", gutter) + Self.efforts.map { "│ " + pad("\($0.rawValue) effort", width) }.joined()).trailingSpacesTrimmed + "\n"
    let rule = String(repeating: "─", count: gutter) + Array(repeating: "┼" + String(repeating: "─", count: width + 1), count: 3).joined()
    for (r, impact) in Self.impacts.enumerated() {
      out += rule + "\n"
      var columns: [[String]] = (0..<3).map { c in
        (Self.quadrant(row: r, column: c).map { [$0.uppercased()] } ?? []) + cells[r][c].map { Self.label($0, limit: width - 2) }
      }
      let height = max(1, columns.map(\.count).max() ?? 1)
      for c in columns.indices { columns[c] += Array(repeating: "", count: height - columns[c].count) }
      for line in 0..<height {
        let head = line == 0 ? "\(impact.rawValue) impact" : ""
        let row = pad(head, gutter) + columns.map { "│ " + pad($0[line], width) }.joined()
        out += row.trailingSpacesTrimmed + "\n"
      }
    }
    if !notJudged.isEmpty {
      out += "\nNot judged yet (impact or effort missing):\n"
      for item in notJudged {
        out += "  \(Self.label(item, limit: 70))  I:\(item.opportunity.impact?.letter ?? "?") E:\(item.opportunity.effort?.letter ?? "?")\n"
      }
    }
    return out
  }

  // MARK: Markdown

  public func markdown() -> String {
    var out = "# Impact × effort\n\n"
    out += "| Impact \\\\ effort | Low effort | Medium effort | High effort |\n|---|---|---|---|\n"
    for (r, impact) in Self.impacts.enumerated() {
      out += "| **\(impact.rawValue.capitalized) impact** |"
      for c in 0..<3 {
        var parts: [String] = []
        if let name = Self.quadrant(row: r, column: c) { parts.append("**\(name)**") }
        parts += cells[r][c].map { "\($0.opportunity.status.glyph) " + ActionMarkdown.escape($0.opportunity.text) }
        out += " \(parts.joined(separator: "<br>")) |"
      }
      out += "\n"
    }
    if !notJudged.isEmpty {
      out += "\nNot judged yet (impact or effort missing):\n\n"
      for item in notJudged { out += "- \(item.opportunity.status.glyph) \(ActionMarkdown.escape(item.opportunity.text))\n" }
    }
    return out
  }

  // MARK: Graphviz

  /// One table node: Graphviz lays out an HTML-like table exactly, which a graph of nodes
  /// would not. Text is escaped for the label and cut to fit its cell.
  public func dot() -> String {
    let colours = [["#d8f0d2", "#eef5d0", "#fbe3c8"], ["#eef5d0", "#f4f4f4", "#fbe3c8"], ["#e8eef8", "#f4f4f4", "#f6d5d5"]]
    var out = "digraph actions {\n"
    out += "  graph [fontname=\"Helvetica\", labelloc=t, label=<<B>Impact × effort</B>>];\n"
    out += "  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n"
    out += "  matrix [label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"6\">\n"
    out += "    <TR><TD></TD>" + Self.efforts.map { "<TD><B>\($0.rawValue.capitalized) effort</B></TD>" }.joined() + "</TR>\n"
    for (r, impact) in Self.impacts.enumerated() {
      out += "    <TR><TD><B>\(impact.rawValue.capitalized) impact</B></TD>"
      for c in 0..<3 {
        var lines: [String] = []
        if let name = Self.quadrant(row: r, column: c) { lines.append("<B>\(name)</B>") }
        lines += cells[r][c].map { DotExporter.html(Self.label($0, limit: 40)) }
        if lines.isEmpty { lines = [" "] }
        out += "<TD BGCOLOR=\"\(colours[r][c])\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">\(lines.joined(separator: "<BR/>"))</TD>"
      }
      out += "</TR>\n"
    }
    out += "  </TABLE>>];\n"
    if !notJudged.isEmpty {
      let lines = notJudged.map { DotExporter.html(Self.label($0, limit: 60)) }
      out += "  notjudged [label=<<B>Not judged yet</B><BR/>\(lines.joined(separator: "<BR/>"))>];\n"
      out += "  matrix -> notjudged [style=invis];\n"
    }
    out += "}\n"
    return out
  }
}

extension String {
  var trailingSpacesTrimmed: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
