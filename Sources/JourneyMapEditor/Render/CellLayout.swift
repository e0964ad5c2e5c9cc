import JourneyMapCore
/// The lines a cell shows, and which item each line belongs to. Used by the renderer to draw
/// and by mouse handling to tell which item was clicked.
public struct CellLine: Equatable, Sendable {
  public var text: String
  /// The list item this line belongs to, or nil for text cells and "more" markers.
  public var item: Int?
}

public enum CellLayout {
  /// Lays out a list: each item starts with a bullet and wraps; when the items do not all fit,
  /// the window scrolls so that the selected item is visible, and "↑ N more" / "… N more"
  /// lines count what is hidden above and below.
  public static func list(_ items: [String], width: Int, height: Int, selected: Int?) -> [CellLine] {
    guard width > 2, height > 0, !items.isEmpty else { return [] }
    let wrapped: [[String]] = items.map {
      let lines = TextLayout.wrap(SafeText.displayable($0, limit: width * height), width: width - 2, maxLines: height)
      return lines.isEmpty ? [""] : lines
    }
    let total = wrapped.reduce(0) { $0 + $1.count }
    let target = min(selected ?? 0, items.count - 1)
    var first = 0
    var last = items.count  // exclusive
    if total > height {
      // The smallest first item from which the target is shown.
      for candidate in 0...target {
        let end = itemsFitting(wrapped, from: candidate, height: height)
        first = candidate
        last = end
        if end > target { break }
      }
    }
    var lines: [CellLine] = []
    if first > 0 { lines.append(CellLine(text: "↑ \(first) more", item: nil)) }
    for index in first..<max(first, last) {
      for (n, line) in wrapped[index].enumerated() {
        lines.append(CellLine(text: (n == 0 ? "• " : "  ") + line, item: index))
      }
    }
    if last == first {
      // Even alone the item does not fit: show its start, cut with an ellipsis.
      let room = height - (first > 0 ? 1 : 0) - (first + 1 < items.count ? 1 : 0)
      var cut = Array(wrapped[first].prefix(max(1, room)))
      cut[cut.count - 1] = TextLayout.truncate(cut[cut.count - 1] + " …", to: width - 2)
      for (n, line) in cut.enumerated() { lines.append(CellLine(text: (n == 0 ? "• " : "  ") + line, item: first)) }
      last = first + 1
    }
    if last < items.count { lines.append(CellLine(text: "… \(items.count - last) more", item: nil)) }
    return Array(lines.prefix(height))
  }

  /// How far whole items fit from `first`, keeping a line for "↑ more" when not at the top and
  /// for "… more" when items remain below.
  static func itemsFitting(_ wrapped: [[String]], from first: Int, height: Int) -> Int {
    var used = first > 0 ? 1 : 0
    var end = first
    while end < wrapped.count {
      let needsMore = end + 1 < wrapped.count
      if used + wrapped[end].count + (needsMore ? 1 : 0) > height {
        // The last item may still fit if it is the last of the list.
        break
      }
      used += wrapped[end].count
      end += 1
    }
    return end
  }

  /// Lays out a text cell: wrapped, ending in `…` when it does not fit.
  public static func text(_ text: String, width: Int, height: Int) -> [CellLine] {
    TextLayout.wrap(SafeText.displayable(text, limit: width * height), width: width, maxLines: height).map { CellLine(text: $0, item: nil) }
  }
}
