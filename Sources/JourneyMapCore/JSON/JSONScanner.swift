/// The fast path gave up: the input is not plainly valid, or uses something it does not handle
/// (an escape in a key, say). Carries nothing, because the full parser says what and where.
struct GiveUp: Error {}

/// A forward-only reader of JSON bytes that hands out values one at a time, with no tree.
///
/// It accepts a subset of what ``JSONParser`` accepts and gives up on anything else, so that
/// whatever it does read, it reads exactly as ``JSONParser`` would: the same strings (UTF-8
/// checked, NFC as the parser normalises), the same number literals, no duplicate keys, the
/// same nesting limit. That agreement is what lets the loader skip the tree for valid files.
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
        while i + 8 <= end && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == JSONScanner.spaces { i += 8 }
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
    while i + 8 <= end && !JSONScanner.hasSpecialByte(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
    while i < end {
      let b = base[i]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return i }
      i += 1
    }
    throw GiveUp()
  }

  // MARK: Eight bytes at a time

  static let spaces: UInt64 = 0x2020_2020_2020_2020
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// Whether any of the eight bytes is a quote, a backslash or a control character: the only
  /// bytes a string scan must stop at. (The classic test for a zero byte, on `word ^ c` for
  /// each byte looked for; exact about whether there is one, though not about where.)
  @inline(__always)
  static func hasSpecialByte(_ word: UInt64) -> Bool {
    func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highBits }
    let below20 = (word &- ones &* 0x20) & ~word & highBits
    return (hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | below20) != 0
  }

  /// Text from raw string bytes with no escapes: checked UTF-8, NFC exactly when the parser
  /// would normalise it.
  static func text(_ raw: UnsafeBufferPointer<UInt8>) throws(GiveUp) -> String {
    if UTF8Scan.allBelow(0x80, raw) { return String(decoding: raw, as: UTF8.self) }
    if UTF8Validation.firstInvalidOffset(in: raw) != nil { throw GiveUp() }
    let text = String(decoding: raw, as: UTF8.self)
    return UTF8Scan.allBelow(0xCC, raw) ? text : text.nfc
  }

  /// The rest of a string that has escapes, decoded; anything the parser would reject gives up.
  private mutating func escapedString(from start: Int) throws(GiveUp) -> String {
    var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        // Raw bytes and encoded scalars alternate; a bad raw sequence stays bad when joined.
        let valid = out.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) == nil }
        guard valid else { throw GiveUp() }
        return String(decoding: out, as: UTF8.self).nfc
      }
      if b < 0x20 { throw GiveUp() }
      if b != UInt8(ascii: "\\") {
        out.append(b)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { throw GiveUp() }
      switch bytes[index] {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4(at: index + 1)
        index += 4
        if (0xD800...0xDBFF).contains(scalar) {
          guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"), bytes[index + 2] == UInt8(ascii: "u")
          else { throw GiveUp() }
          let low = try hex4(at: index + 3)
          guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw GiveUp()
        }
        guard let value = Unicode.Scalar(scalar) else { throw GiveUp() }
        out.append(contentsOf: UTF8.encode(value)!)
      default: throw GiveUp()
      }
      index += 1
    }
    throw GiveUp()
  }

  private func hex4(at position: Int) throws(GiveUp) -> UInt32 {
    guard position + 4 <= bytes.count else { throw GiveUp() }
    var value: UInt32 = 0
    for i in position..<(position + 4) {
      let byte = bytes[i]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
      default: throw GiveUp()
      }
      value = value << 4 | digit
    }
    return value
  }

  /// An integer written as plain digits (what `Int(literal)` accepts of a JSON number); a
  /// fraction, an exponent or an overflow gives up, as the decoder would report them.
  mutating func integer() throws(GiveUp) -> Int {
    let literal = try numberLiteral()
    var i = literal.startIndex
    let negative = literal[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var value = 0
    while i < literal.endIndex {
      let byte = literal[i]
      guard byte >= 0x30 && byte <= 0x39 else { throw GiveUp() }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
      guard !overflow1 && !overflow2 else { throw GiveUp() }
      value = sum
      i += 1
    }
    return negative ? -value : value
  }

  /// A number's literal bytes, checked against JSON's grammar.
  mutating func numberLiteral() throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
    _ = try peek()
    let start = index
    func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard digit(index) else { throw GiveUp() }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if digit(index) { throw GiveUp() }
    } else {
      while digit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digit(index) else { throw GiveUp() }
      while digit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digit(index) else { throw GiveUp() }
      while digit(index) { index += 1 }
    }
    return UnsafeBufferPointer(rebasing: bytes[start..<index])
  }

  private mutating func literal(_ word: StaticString) throws(GiveUp) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw GiveUp() }
    let matches = word.withUTF8Buffer { expected in
      (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
    }
    guard matches else { throw GiveUp() }
    index += count
  }

  // MARK: Any value

  /// Any value, as an extension keeps it: object members sorted, numbers verbatim.
  mutating func value() throws(GiveUp) -> JSONValue {
    switch try peek() {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(String(decoding: try numberLiteral(), as: UTF8.self))
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "["):
      var array = try beginArray()
      var items: [JSONValue] = []
      while try nextElement(&array) { items.append(try value()) }
      return .array(items)
    case UInt8(ascii: "{"):
      var object = try beginObject()
      var members: [JSONMember] = []
      while let key = try nextKey(&object) {
        members.append(JSONMember(key: try keyText(key), value: try value()))
      }
      try JSONScanner.refuseDuplicates(members)
      return .object(members.sorted { JSONKeyOrder.precedes($0.key, $1.key) })
    default:
      throw GiveUp()
    }
  }

  /// Duplicate keys are a problem the parser reports; a set keeps large objects linear.
  static func refuseDuplicates(_ members: [JSONMember]) throws(GiveUp) {
    if members.count < 16 {
      for i in members.indices {
        for j in members.indices where j > i && members[j].key == members[i].key { throw GiveUp() }
      }
      return
    }
    var seen = Set<String>()
    for member in members where !seen.insert(member.key).inserted { throw GiveUp() }
  }
}
