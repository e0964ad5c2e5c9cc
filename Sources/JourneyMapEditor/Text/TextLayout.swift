/// Fitting text into cells: truncation with `…` and word wrapping, by display width.
public enum TextLayout {
  /// The longest prefix of `text` that fits in `width` columns, ending in `…` when cut.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if text.utf8.count <= width, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    if DisplayWidth.of(text) <= width { return text }
    var out = ""
    var used = 0
    for c in text {
      let w = DisplayWidth.of(c)
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    return out + "…"
  }

  /// Wraps text into at most `maxLines` lines of `width` columns, breaking at spaces where it
  /// can and inside words where it must; the last line ends in `…` when text is left over.
  public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    guard width > 0, maxLines > 0 else { return [] }
    if let lines = wrapASCII(text, width: width, maxLines: maxLines) { return lines }
    var lines: [String] = []
    var remaining = Substring(text)
    while !remaining.isEmpty && lines.count < maxLines {
      if lines.count == maxLines - 1 {
        lines.append(truncate(String(remaining), to: width))
        return lines
      }
      // Take as many characters as fit.
      var used = 0
      var end = remaining.startIndex
      var lastSpace: String.Index? = nil
      while end < remaining.endIndex {
        let w = DisplayWidth.of(remaining[end])
        if used + w > width { break }
        if remaining[end] == " " { lastSpace = end }
        used += w
        end = remaining.index(after: end)
      }
      if end == remaining.endIndex {
        lines.append(String(remaining))
        return lines
      }
      if remaining[end] == " " {
        lines.append(String(remaining[..<end]))
        remaining = remaining[remaining.index(after: end)...]
      } else if let space = lastSpace, space > remaining.startIndex {
        lines.append(String(remaining[..<space]))
        remaining = remaining[remaining.index(after: space)...]
      } else {
        if end == remaining.startIndex { end = remaining.index(after: end) }  // a character wider than the cell
        lines.append(String(remaining[..<end]))
        remaining = remaining[end...]
      }
      while remaining.first == " " { remaining = remaining.dropFirst() }
    }
    return lines
  }

  /// ``wrap(_:width:maxLines:)`` for printable ASCII, which most map text is, on bytes: one
  /// byte is one column, so no characters need to be built to find where lines break. Nil for
  /// any other text.
  static func wrapASCII(_ text: String, width: Int, maxLines: Int) -> [String]? {
    var result: [String]? = nil
    text.utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return }
      let space = UInt8(ascii: " ")
      var lines: [String] = []
      var start = 0
      let end = bytes.count
      func line(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
      while start < end && lines.count < maxLines {
        if lines.count == maxLines - 1 {
          lines.append(truncate(line(start, end), to: width))
          break
        }
        if end - start <= width {
          lines.append(line(start, end))
          break
        }
        let limit = start + width
        if bytes[limit] == space {
          lines.append(line(start, limit))
          start = limit + 1
        } else if let lastSpace = (start..<limit).last(where: { bytes[$0] == space }), lastSpace > start {
          lines.append(line(start, lastSpace))
          start = lastSpace + 1
        } else {
          lines.append(line(start, limit))
          start = limit
        }
        while start < end && bytes[start] == space { start += 1 }
      }
      result = lines
    }
    return result
  }

  /// Pads with spaces (by display width) to exactly `width` columns, truncating if needed.
  public static func pad(_ text: String, to width: Int) -> String {
    let fitted = truncate(text, to: width)
    let w = DisplayWidth.of(fitted)
    return w < width ? fitted + String(repeating: " ", count: width - w) : fitted
  }
}
