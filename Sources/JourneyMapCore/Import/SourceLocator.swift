/// Turns byte offsets into 1-based lines and columns for messages about imported files.
///
/// Unlike the map loader's locator (JSON knows only LF), imported files come from every editor
/// and spreadsheet: CRLF and a lone CR each end a line, as Mermaid and every CSV reader treat
/// them. Columns count Unicode scalars, like ``LineColumn``. Building it is one pass; a lookup
/// is a binary search plus the scan of one line, done only for the few offsets reported.
struct SourceLocator: Sendable {
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if byte == 0x0A {
        starts.append(i + 1)
      } else if byte == 0x0D {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    lineStarts = starts
  }

  func location(of offset: Int) -> LineColumn {
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
