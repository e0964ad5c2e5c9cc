/// The lines a cell shows, and which item each line belongs to. Used by the renderer to draw
/// and by mouse handling to tell which item was clicked.
public struct CellLine: Equatable, Sendable {
  public var text: String
  /// The list item this line belongs to, or nil for text cells and "more" markers.
  public var item: Int?
}

public enum CellLayout {
  /// Lays out a list: each item starts with a bullet and wraps; the window scrolls so that the
  /// selected item is visible; hidden items are counted on a last "… N more" line.
  public static func list(_ items: [String], width: Int, height: Int, selected: Int?) -> [CellLine] {
    guard width > 2, height > 0, !items.isEmpty else { return [] }
    let wrapped: [[String]] = items.map { TextLayout.wrap(SafeText.displayable($0), width: width - 2, maxLines: height) }
    // Choose the first item so that the selected one fits, preferring to start at the top.
    var first = 0
    if let selected, selected < items.count {
      var used = wrapped[selected].count
      first = selected
      while first > 0 && used + wrapped[first - 1].count <= height - (selected < items.count - 1 ? 1 : 0) {
        first -= 1
        used += wrapped[first].count
      }
    }
    var lines: [CellLine] = []
    if first > 0 {
      lines.append(CellLine(text: "↑ \(first) more", item: nil))
    }
    var index = first
    while index < items.count {
      let itemLines = wrapped[index].isEmpty ? [""] : wrapped[index]
      let remainingAfter = items.count - index - 1
      let room = height - lines.count - (remainingAfter > 0 ? 1 : 0)
      if itemLines.count > room {
        // Show what fits of the item, cut with an ellipsis, rather than hiding it.
        if room > 0 {
          var cut = Array(itemLines.prefix(room))
          cut[cut.count - 1] = TextLayout.truncate(cut[cut.count - 1] + " …", to: width - 2)
          if !cut[cut.count - 1].hasSuffix("…") { cut[cut.count - 1] += "…" }
          for (n, line) in cut.enumerated() {
            lines.append(CellLine(text: (n == 0 ? "• " : "  ") + line, item: index))
          }
          index += 1
        }
        break
      }
      for (n, line) in itemLines.enumerated() {
        lines.append(CellLine(text: (n == 0 ? "• " : "  ") + line, item: index))
      }
      index += 1
    }
    if index < items.count {
      let more = CellLine(text: "… \(items.count - index) more", item: nil)
      if lines.count >= height { lines[height - 1] = more } else { lines.append(more) }
    }
    return Array(lines.prefix(height))
  }

  /// Lays out a text cell: wrapped, ending in `…` when it does not fit.
  public static func text(_ text: String, width: Int, height: Int) -> [CellLine] {
    TextLayout.wrap(SafeText.displayable(text), width: width, maxLines: height).map { CellLine(text: $0, item: nil) }
  }
}
