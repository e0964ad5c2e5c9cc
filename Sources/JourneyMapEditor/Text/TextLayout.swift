import JourneyMapCore

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
    if PlainText.isPlain(text) {
      // A column a scalar: lines are cut from the UTF-8 at each scalar's first byte.
      var text = text
      return text.withUTF8 { bytes in
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count + 1)
        for (i, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(i) }
        let count = starts.count
        starts.append(bytes.count)
        return wrapColumns(0..<count, width: width, maxLines: maxLines, isSpace: { bytes[starts[$0]] == UInt8(ascii: " ") }) {
          String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[$0.lowerBound]..<starts[$0.upperBound]]), as: UTF8.self)
        }
      }
    }
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
      result = wrapColumns(bytes, width: width, maxLines: maxLines, isSpace: { $0 == UInt8(ascii: " ") }) {
        String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
      }
    }
    return result
  }

  /// Wrapping where each element is one column and one character: the bytes of printable
  /// ASCII, or the scalars of plain text (``PlainText``). It breaks where the general path
  /// breaks (a test holds them to one answer).
  static func wrapColumns<Units: RandomAccessCollection>(
    _ units: Units, width: Int, maxLines: Int, isSpace: (Units.Element) -> Bool, line: (Units.SubSequence) -> String
  ) -> [String] where Units.Index == Int {
    var lines: [String] = []
    var start = units.startIndex
    let end = units.endIndex
    while start < end && lines.count < maxLines {
      if lines.count == maxLines - 1 {
        lines.append(truncate(line(units[start..<end]), to: width))
        break
      }
      if end - start <= width {
        lines.append(line(units[start..<end]))
        break
      }
      let limit = start + width
      if isSpace(units[limit]) {
        lines.append(line(units[start..<limit]))
        start = limit + 1
      } else if let lastSpace = (start..<limit).last(where: { isSpace(units[$0]) }), lastSpace > start {
        lines.append(line(units[start..<lastSpace]))
        start = lastSpace + 1
      } else {
        lines.append(line(units[start..<limit]))
        start = limit
      }
      while start < end && isSpace(units[start]) { start += 1 }
    }
    return lines
  }

  /// Pads with spaces (by display width) to exactly `width` columns, truncating if needed.
  public static func pad(_ text: String, to width: Int) -> String {
    let fitted = truncate(text, to: width)
    let w = DisplayWidth.of(fitted)
    return w < width ? fitted + String(repeating: " ", count: width - w) : fitted
  }
}
