/// Text from a map, made safe and single-line for an export. Every exporter starts here, then
/// applies the escaping its target language needs.
enum ExportText {
  /// Newlines and tabs become spaces; other control characters are dropped (they are invalid in
  /// XML, break YAML, no slide tool shows them, and in a terminal they are escape sequences);
  /// so are bidirectional overrides and isolates, which would reorder what follows them on the
  /// line (a table row, a code line) and make text read differently from what it is; runs of
  /// spaces collapse; the ends are trimmed.
  static func clean(_ text: String) -> String {
    // Fast path: no control characters, no doubled or edge spaces.
    if text.isEmpty || isClean(text) { return text }
    var out = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v == 0x0A || v == 0x0D || v == 0x09 || v == 0x20 || v == 0x2028 || v == 0x2029 {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
        continue
      }
      if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { continue }
      out.append(scalar)
      lastWasSpace = false
    }
    var result = String(out)
    while result.last == " " { result.removeLast() }
    return result
  }

  /// True when the text has nothing `clean` would change: one pass over contiguous UTF-8.
  static func isClean(_ text: String) -> Bool {
    let check = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
      guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
      var previous: UInt8 = 0
      for byte in bytes {
        // Controls, DEL, the lead bytes of C1 controls (C2) and of U+2028/2029 and the
        // bidirectional controls (E2, checked conservatively), and doubled spaces.
        if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || (byte == 0x20 && previous == 0x20) { return false }
        previous = byte
      }
      return true
    }
    if let result = text.utf8.withContiguousStorageIfAvailable(check) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(check)
  }

  /// "−1" style signed feeling scores, with a real minus sign for slides.
  static func score(_ score: Int) -> String {
    score > 0 ? "+\(score)" : score < 0 ? "−\(-score)" : "0"
  }

  /// Text of at most `limit` characters: longer text is cut at a word break near the limit
  /// (or mid-word when there is none) and ends with "…". Linear in `limit`, not in the text.
  static func cut(_ text: String, to limit: Int) -> String {
    if text.utf8.count <= limit { return text }
    var end = text.startIndex
    var lastSpace: String.Index? = nil
    var n = 0
    while end != text.endIndex && n < limit - 1 {
      if text[end] == " " { lastSpace = end }
      end = text.index(after: end)
      n += 1
    }
    if end == text.endIndex { return text }
    if let lastSpace, text.distance(from: lastSpace, to: end) < 20 { end = lastSpace }
    var head = String(text[..<end])
    while head.last == " " { head.removeLast() }
    return head + "…"
  }

  /// `text.count` without breaking the text into characters where no character joins scalars:
  /// ASCII without a carriage return, and plain text (``PlainText``).
  static func characterCount(_ text: String) -> Int {
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return text.utf8.count }
    return PlainText.isPlain(text) ? text.unicodeScalars.count : text.count
  }

  /// The display title of a step.
  static func stepTitle(_ step: Step) -> String {
    let title = clean(step.title)
    return title.isEmpty ? "Untitled step" : title
  }
}

/// Escaping by replacing single ASCII bytes, which is what every export language needs:
/// replacements are looked up per byte (UTF-8 continuation bytes are never ASCII), and text
/// with nothing to replace is returned as is.
struct ByteEscaper: Sendable {
  private var table: [[UInt8]?] = Array(repeating: nil, count: 128)

  init(_ replacements: [Character: String]) {
    for (c, replacement) in replacements {
      table[Int(c.asciiValue!)] = Array(replacement.utf8)
    }
  }

  func callAsFunction(_ text: String) -> String {
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 < 0x80 && table[Int($0)] != nil }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    for byte in utf8 {
      if byte < 0x80, let replacement = table[Int(byte)] { out.append(contentsOf: replacement) } else { out.append(byte) }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
