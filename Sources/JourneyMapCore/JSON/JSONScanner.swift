/// The fast path gave up: the input is not plainly valid, or uses something it does not handle
/// (an escape in a key, say). Carries nothing, because the full parser says what and where.
struct GiveUp: Error {}

/// A forward-only reader of JSON bytes that hands out values one at a time, with no tree.
///
/// It accepts a subset of what ``JSONParser`` accepts and gives up on anything else, so that
/// whatever it does read, it reads exactly as ``JSONParser`` would: the same strings (UTF-8
/// checked, NFC as the parser normalises), the same number literals, no duplicate keys, and a
/// nesting limit a little below the parser's (deeper files take the parser's path). That
/// agreement is what lets the loader skip the tree for valid files.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  /// Open containers; kept well under ``JSONParser/maximumDepth``: giving up early is safe.
  var depth = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
  }

  /// Where a container's members or elements are read from: whether the next one is the first.
  struct Container {
    var first = true
  }

  // MARK: Bytes

  @inline(__always)
  mutating func skipWhitespace() {
    // Locals, not `self`, in the loop: the compiler keeps them in registers.
    let base = bytes.baseAddress!
    let end = bytes.count
    var i = index
    while i < end {
      switch base[i] {
      case 0x20:
        // Indentation comes in runs of spaces: eight at a time first.
        while i + 8 <= end && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == WordScan.spaces { i += 8 }
        while i < end && base[i] == 0x20 { i += 1 }
      case 0x0A, 0x0D, 0x09: i += 1
      default:
        index = i
        return
      }
    }
    index = i
  }

  /// The next byte that is not whitespace, without consuming it.
  @inline(__always)
  mutating func peek() throws(GiveUp) -> UInt8 {
    skipWhitespace()
    guard index < bytes.count else { throw GiveUp() }
    return bytes[index]
  }

  @inline(__always)
  mutating func expect(_ byte: UInt8) throws(GiveUp) {
    guard try peek() == byte else { throw GiveUp() }
    index += 1
  }

  /// The whole input has been read (trailing whitespace allowed).
  mutating func expectEnd() throws(GiveUp) {
    skipWhitespace()
    guard index == bytes.count else { throw GiveUp() }
  }

  // MARK: Containers

  mutating func beginObject() throws(GiveUp) -> Container {
    try expect(UInt8(ascii: "{"))
    try enter()
    return Container()
  }

  mutating func beginArray() throws(GiveUp) -> Container {
    try expect(UInt8(ascii: "["))
    try enter()
    return Container()
  }

  private mutating func enter() throws(GiveUp) {
    depth += 1
    if depth > JSONParser.maximumDepth - 12 { throw GiveUp() }
  }

  /// Moves to the next member of an object and returns its key's raw bytes (between the quotes,
  /// escapes not allowed), or nil after the closing brace.
  mutating func nextKey(_ object: inout Container) throws(GiveUp) -> UnsafeBufferPointer<UInt8>? {
    var byte = try peek()
    if byte == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return nil
    }
    if object.first {
      object.first = false
    } else {
      guard byte == UInt8(ascii: ",") else { throw GiveUp() }
      index += 1
      byte = try peek()
    }
    guard byte == UInt8(ascii: "\"") else { throw GiveUp() }
    index += 1
    let start = index
    index = try endOfPlainText(from: start)
    guard bytes[index] == UInt8(ascii: "\"") else { throw GiveUp() }
    let key = UnsafeBufferPointer(rebasing: bytes[start..<index])
    index += 1
    // `"key": ` in every layout journeymap writes; anything else the long way.
    if index < bytes.count && bytes[index] == UInt8(ascii: ":") {
      index += 1
    } else {
      try expect(UInt8(ascii: ":"))
    }
    return key
  }

  /// Moves to the next element of an array: true if there is one, false after the bracket.
  mutating func nextElement(_ array: inout Container) throws(GiveUp) -> Bool {
    let byte = try peek()
    if byte == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return false
    }
    if array.first {
      array.first = false
    } else {
      guard byte == UInt8(ascii: ",") else { throw GiveUp() }
      index += 1
    }
    return true
  }

  /// A key as text (for `x-` keys), read the way the parser reads every string.
  func keyText(_ key: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> String {
    try JSONScanner.text(key)
  }

  // MARK: Scalars

  /// A string value. The common case (no escapes) makes one pass and one allocation.
  mutating func string() throws(GiveUp) -> String {
    guard try peek() == UInt8(ascii: "\"") else { throw GiveUp() }
    index += 1
    let start = index
    index = try endOfPlainText(from: start)
    if bytes[index] == UInt8(ascii: "\\") { return try escapedString(from: start) }
    guard bytes[index] == UInt8(ascii: "\"") else { throw GiveUp() }
    let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
    index += 1
    return try JSONScanner.text(raw)
  }

  /// The offset of the first quote, backslash or control character at or after `start`;
  /// gives up at the end of the input.
  @inline(__always)
  private func endOfPlainText(from start: Int) throws(GiveUp) -> Int {
    let base = bytes.baseAddress!
    let end = bytes.count
    var i = start
    // Eight bytes at a time while none needs a look.
    while i + 8 <= end && !WordScan.hasSpecialByte(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
    while i < end {
      let b = base[i]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return i }
      i += 1
    }
    throw GiveUp()
  }

  /// Text from raw string bytes with no escapes: checked UTF-8, NFC exactly when the parser
  /// would normalise it.
  static func text(_ raw: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> String {
    if UTF8Scan.allBelow(0x80, raw) { return String(decoding: raw, as: UTF8.self) }
    if UTF8Validation.firstInvalidOffset(in: raw) != nil { throw GiveUp() }
    let text = String(decoding: raw, as: UTF8.self)
    return UTF8Scan.allBelow(0xCC, raw) ? text : text.nfc
  }
}
