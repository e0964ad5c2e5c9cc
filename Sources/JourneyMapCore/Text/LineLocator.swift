/// Turns byte offsets into 1-based lines and columns for messages (`file:line:column: …`).
///
/// Building it is one pass over the bytes; a lookup is a binary search plus the scan of one line,
/// done only for the offsets reported, so a file with thousands of problems is still reported in
/// linear time. Columns count Unicode scalars, like ``LineColumn``.
struct LineLocator: Sendable {
  /// What ends a line: JSON maps know only LF; imported files come from every editor and
  /// spreadsheet, where CRLF and a lone CR each end a line too (as Mermaid and CSV readers agree).
  enum LineEnds: Sendable {
    case lf
    case anyNewline
  }

  private let bytes: [UInt8]
  private let lineStarts: [Int]

  init(_ bytes: [UInt8], lineEnds: LineEnds = .lf) {
    self.bytes = bytes
    var starts = [0]
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if byte == 0x0A {
        starts.append(i + 1)
      } else if byte == 0x0D && lineEnds == .anyNewline {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    lineStarts = starts
  }

  func location(of offset: Int) -> LineColumn {
    // The last line start at or before the offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var i = lineStarts[low]
    let end = min(offset, bytes.count)
    while i < end {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return LineColumn(line: low + 1, column: column)
  }
}
