/// What Mermaid removes before its grammar sees a diagram: YAML front matter at the very start
/// (`---` … `---`) and `%%{…}%%` directives anywhere. Both carry configuration (themes, fonts,
/// `securityLevel`), which an import has no use for: they are never interpreted, only stepped
/// over. The front matter's `title:` is the one value read.
enum MermaidPreamble {
  /// Where the diagram starts after front matter at `start`, and the front matter's title.
  /// Front matter must open on the first line of the diagram; a `---` line further down is
  /// ordinary (and invalid) diagram text, as in Mermaid.
  static func frontMatter(_ bytes: [UInt8], start: Int, end: Int, log: inout MessageLog) -> (body: Int, title: String?) {
    var i = start
    while i < end && isBlank(bytes[i]) { i += 1 }
    let indent = i - start
    guard isFence(bytes, at: i, end: end), let afterOpening = lineEnd(afterFenceAt: i, bytes, end: end) else {
      return (start, nil)
    }
    var title: String?
    var line = afterOpening
    while line < end {
      let lineStop = endOfLine(bytes, from: line, end: end)
      var j = line
      while j < lineStop && j - line < indent && isBlank(bytes[j]) { j += 1 }
      if j - line == indent, isFence(bytes, at: j, end: lineStop), lineEnd(afterFenceAt: j, bytes, end: lineStop) != nil {
        return (nextLine(bytes, after: lineStop, end: end), title)
      }
      if let value = titleValue(bytes, from: j, to: lineStop) { title = value }
      line = nextLine(bytes, after: lineStop, end: end)
    }
    log.error(at: i, "front matter opened with --- is never closed with a --- line")
    return (end, nil)
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  static func isFence(_ bytes: [UInt8], at i: Int, end: Int) -> Bool {
    i + 3 <= end && bytes[i] == UInt8(ascii: "-") && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: "-")
  }

  /// Past `---` and trailing blanks to the start of the next line, or nil when the line holds
  /// anything else.
  static func lineEnd(afterFenceAt i: Int, _ bytes: [UInt8], end: Int) -> Int? {
    var j = i + 3
    while j < end && isBlank(bytes[j]) { j += 1 }
    if j == end { return end }
    guard bytes[j] == 0x0A || bytes[j] == 0x0D else { return nil }
    return nextLine(bytes, after: j, end: end)
  }

  static func endOfLine(_ bytes: [UInt8], from i: Int, end: Int) -> Int {
    var j = i
    while j < end && bytes[j] != 0x0A && bytes[j] != 0x0D { j += 1 }
    return j
  }

  /// The start of the line after the line break at `i` (CRLF, LF or CR).
  static func nextLine(_ bytes: [UInt8], after i: Int, end: Int) -> Int {
    guard i < end else { return end }
    if bytes[i] == 0x0D && i + 1 < end && bytes[i + 1] == 0x0A { return i + 2 }
    return i + 1
  }

  /// `title: value` at the top level of the YAML: a plain value (up to a ` #` comment), or a
  /// single- or double-quoted one. Block scalars and other YAML are not read (journeymap does
  /// not run a YAML parser on untrusted input for one optional string); the `title` statement
  /// or the file name then names the map.
  static func titleValue(_ bytes: [UInt8], from i: Int, to end: Int) -> String? {
    let key = Array("title".utf8)
    guard i + key.count < end, Array(bytes[i..<(i + key.count)]) == key else { return nil }
    var j = i + key.count
    while j < end && isBlank(bytes[j]) { j += 1 }
    guard j < end, bytes[j] == UInt8(ascii: ":") else { return nil }
    j += 1
    while j < end && isBlank(bytes[j]) { j += 1 }
    guard j < end else { return nil }
    let quote = bytes[j]
    if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
      var out = [UInt8]()
      var k = j + 1
      while k < end {
        let byte = bytes[k]
        if byte == quote {
          // '' is a quote inside single quotes.
          if quote == UInt8(ascii: "'") && k + 1 < end && bytes[k + 1] == quote {
            out.append(quote)
            k += 2
            continue
          }
          break
        }
        if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") && k + 1 < end {
          switch bytes[k + 1] {
          case UInt8(ascii: "n"): out.append(0x20)
          case UInt8(ascii: "t"): out.append(0x20)
          default: out.append(bytes[k + 1])
          }
          k += 2
          continue
        }
        out.append(byte)
        k += 1
      }
      let value = String(decoding: out, as: UTF8.self).trimmedSpaces
      return value.isEmpty ? nil : value
    }
    if quote == UInt8(ascii: "|") || quote == UInt8(ascii: ">") { return nil }
    var stop = j
    while stop < end && !(bytes[stop] == UInt8(ascii: "#") && stop > j && isBlank(bytes[stop - 1])) { stop += 1 }
    let value = String(decoding: bytes[j..<stop], as: UTF8.self).trimmedSpaces
    return value.isEmpty ? nil : value
  }

  /// Blanks every `%%{…}%%` directive in `bytes[start..<end]` with spaces, keeping line breaks
  /// so that lines and columns still point into the file. Mermaid removes directives wherever
  /// they are, before comments; one that is never closed is an error here (Mermaid silently
  /// drops everything after it).
  static func blankDirectives(_ bytes: inout [UInt8], start: Int, end: Int, log: inout MessageLog) {
    var i = start
    while i + 2 < end {
      guard bytes[i] == UInt8(ascii: "%"), bytes[i + 1] == UInt8(ascii: "%"), bytes[i + 2] == UInt8(ascii: "{") else {
        i += 1
        continue
      }
      var j = i + 3
      var closed = false
      while j + 2 < end {
        if bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "%") && bytes[j + 2] == UInt8(ascii: "%") {
          closed = true
          break
        }
        j += 1
      }
      guard closed else {
        log.error(at: i, "the %%{ directive is never closed with }%%")
        for k in i..<end where bytes[k] != 0x0A && bytes[k] != 0x0D { bytes[k] = 0x20 }
        return
      }
      for k in i..<(j + 3) where bytes[k] != 0x0A && bytes[k] != 0x0D { bytes[k] = 0x20 }
      i = j + 3
    }
  }
}
