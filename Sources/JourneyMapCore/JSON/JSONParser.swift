/// A problem in the JSON text itself, at a byte offset.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  public var offset: Int
  public var message: String
}

/// A strict RFC 8259 parser that keeps the byte offset of every value.
///
/// Written for journeymap rather than using Foundation because the loader must say *where* a
/// file is broken (`file:line:column`), must reject what Foundation silently accepts or repairs
/// (duplicate keys, invalid UTF-8, lone surrogates), must survive hostile nesting depth, and
/// must stay linear in the size of the input.
public struct JSONParser {
  /// Deeper nesting is refused rather than risking the stack. Journey maps need about eight.
  public static let maximumDepth = 512

  /// The parsed value, plus problems that did not stop parsing (duplicate keys).
  public struct Result: Sendable {
    public var root: JSONNode
    public var problems: [JSONSyntaxError]
  }

  /// Parses a whole document. Throws the first syntax error.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> Result {
    try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> Result in
      var parser = Cursor(bytes: buffer)
      return try parser.parseDocument()
    }
  }
}

extension JSONParser {
  fileprivate struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    var problems: [JSONSyntaxError] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseDocument() throws(JSONSyntaxError) -> Result {
      // A UTF-8 byte order mark is tolerated on input; the canonical writer never emits one.
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
      skipWhitespace()
      if index >= bytes.count {
        throw JSONSyntaxError(offset: index, message: "the file is empty; expected a JSON object")
      }
      let root = try parseValue()
      skipWhitespace()
      if index < bytes.count {
        throw JSONSyntaxError(
          offset: index, message: "unexpected \(describeByte(at: index)) after the end of the document")
      }
      return Result(root: root, problems: problems)
    }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x0A, 0x0D, 0x09: index += 1
        default: return
        }
      }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
      guard index < bytes.count else {
        throw JSONSyntaxError(offset: index, message: "unexpected end of file; expected a value")
      }
      let start = index
      switch bytes[index] {
      case UInt8(ascii: "{"): return try parseObject()
      case UInt8(ascii: "["): return try parseArray()
      case UInt8(ascii: "\""): return JSONNode(kind: .string(try parseString()), offset: start)
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        return JSONNode(kind: .bool(true), offset: start)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        return JSONNode(kind: .bool(false), offset: start)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        return JSONNode(kind: .null, offset: start)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return JSONNode(kind: .number(try parseNumber()), offset: start)
      default:
        throw JSONSyntaxError(offset: index, message: "unexpected \(describeByte(at: index)); expected a value")
      }
    }

    mutating func enter() throws(JSONSyntaxError) {
      depth += 1
      if depth > JSONParser.maximumDepth {
        throw JSONSyntaxError(
          offset: index, message: "nesting is deeper than \(JSONParser.maximumDepth) levels")
      }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
      let start = index
      try enter()
      index += 1
      var members: [JSONNode.Member] = []
      var seen: Set<String>? = nil
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return JSONNode(kind: .object(members), offset: start)
      }
      while true {
        skipWhitespace()
        guard index < bytes.count else {
          throw JSONSyntaxError(offset: index, message: "unexpected end of file; expected a key in quotes")
        }
        guard bytes[index] == UInt8(ascii: "\"") else {
          throw JSONSyntaxError(
            offset: index, message: "unexpected \(describeByte(at: index)); expected a key in quotes")
        }
        let keyOffset = index
        let key = try parseString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw JSONSyntaxError(
            offset: index, message: "\(index < bytes.count ? "unexpected \(describeByte(at: index))" : "unexpected end of file"); expected ':' after key \"\(key)\"")
        }
        index += 1
        skipWhitespace()
        let value = try parseValue()
        if isDuplicate(key, in: members, seen: &seen) {
          problems.append(JSONSyntaxError(offset: keyOffset, message: "duplicate key \"\(key)\""))
        } else {
          members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value))
        }
        skipWhitespace()
        guard index < bytes.count else {
          throw JSONSyntaxError(offset: index, message: "unexpected end of file; expected ',' or '}'")
        }
        switch bytes[index] {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "}"):
          index += 1
          depth -= 1
          return JSONNode(kind: .object(members), offset: start)
        default:
          throw JSONSyntaxError(
            offset: index, message: "unexpected \(describeByte(at: index)); expected ',' or '}'")
        }
      }
    }

    /// Small objects (every object of the format) are checked by a linear scan; a set takes
    /// over for large extension objects so that a hostile file cannot make this quadratic.
    func isDuplicate(_ key: String, in members: [JSONNode.Member], seen: inout Set<String>?) -> Bool {
      if members.count < 24 {
        return members.contains { $0.key == key }
      }
      if seen == nil { seen = Set(members.map(\.key)) }
      return !seen!.insert(key).inserted
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONNode {
      let start = index
      try enter()
      index += 1
      var items: [JSONNode] = []
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return JSONNode(kind: .array(items), offset: start)
      }
      while true {
        skipWhitespace()
        items.append(try parseValue())
        skipWhitespace()
        guard index < bytes.count else {
          throw JSONSyntaxError(offset: index, message: "unexpected end of file; expected ',' or ']'")
        }
        switch bytes[index] {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "]"):
          index += 1
          depth -= 1
          return JSONNode(kind: .array(items), offset: start)
        default:
          throw JSONSyntaxError(
            offset: index, message: "unexpected \(describeByte(at: index)); expected ',' or ']'")
        }
      }
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
      let start = index
      let count = word.utf8CodeUnitCount
      let matches = word.withUTF8Buffer { expected -> Bool in
        guard start + count <= bytes.count else { return false }
        for i in 0..<count where bytes[start + i] != expected[i] { return false }
        return true
      }
      guard matches else {
        throw JSONSyntaxError(offset: start, message: "unexpected \(describeByte(at: start)); expected a value")
      }
      index += count
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> String {
      let start = index
      func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digit(index) else {
        throw JSONSyntaxError(offset: index, message: "invalid number: expected a digit")
      }
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
        if digit(index) {
          throw JSONSyntaxError(offset: start, message: "invalid number: leading zeros are not allowed")
        }
      } else {
        while digit(index) { index += 1 }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digit(index) else {
          throw JSONSyntaxError(offset: index, message: "invalid number: expected a digit after '.'")
        }
        while digit(index) { index += 1 }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
          index += 1
        }
        guard digit(index) else {
          throw JSONSyntaxError(offset: index, message: "invalid number: expected a digit in the exponent")
        }
        while digit(index) { index += 1 }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// Parses a string starting at its opening quote. The common case (no escapes, ASCII) makes
    /// one pass and one allocation.
    mutating func parseString() throws(JSONSyntaxError) -> String {
      index += 1
      let start = index
      var ascii = true
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
          if !ascii, let bad = UTF8Validation.firstInvalidOffset(in: slice) {
            throw JSONSyntaxError(offset: start + bad, message: "invalid UTF-8 byte 0x\(hex(bytes[start + bad]))")
          }
          index += 1
          let text = String(decoding: slice, as: UTF8.self)
          // Text is NFC-normalised as it is read, so the model only ever holds NFC.
          return ascii || UTF8Scan.allBelow(0xCC, slice) ? text : text.nfc
        }
        if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
        if byte < 0x20 { throw controlCharacter(at: index) }
        if byte >= 0x80 { ascii = false }
        index += 1
      }
      throw JSONSyntaxError(offset: start - 1, message: "the file ends inside this string (is it truncated?)")
    }

    func controlCharacter(at offset: Int) -> JSONSyntaxError {
      let name = bytes[offset] == 0 ? "NUL byte" : "control character U+\(hex(bytes[offset], width: 4))"
      return JSONSyntaxError(offset: offset, message: "\(name) in a string; it must be written as an escape")
    }

    mutating func parseEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
      var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
      if let bad = UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: bytes[start..<index])) {
        throw JSONSyntaxError(offset: start + bad, message: "invalid UTF-8 byte 0x\(hex(bytes[start + bad]))")
      }
      var rawStart = index
      func flushRaw(upTo end: Int) throws(JSONSyntaxError) {
        guard rawStart < end else { return }
        let raw = UnsafeBufferPointer(rebasing: bytes[rawStart..<end])
        if let bad = UTF8Validation.firstInvalidOffset(in: raw) {
          throw JSONSyntaxError(offset: rawStart + bad, message: "invalid UTF-8 byte 0x\(hex(bytes[rawStart + bad]))")
        }
        out.append(contentsOf: raw)
      }
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          try flushRaw(upTo: index)
          index += 1
          return String(decoding: out, as: UTF8.self).nfc
        }
        if byte < 0x20 { throw controlCharacter(at: index) }
        if byte != UInt8(ascii: "\\") {
          index += 1
          continue
        }
        try flushRaw(upTo: index)
        let escapeStart = index
        index += 1
        guard index < bytes.count else { break }
        switch bytes[index] {
        case let simple where JSONEscape.simple(simple) != nil: out.append(JSONEscape.simple(simple)!)
        case UInt8(ascii: "u"):
          var scalar = try parseHex4(at: index + 1, escapeStart: escapeStart)
          index += 4
          if (0xD800...0xDBFF).contains(scalar) {
            guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"),
              bytes[index + 2] == UInt8(ascii: "u")
            else {
              throw JSONSyntaxError(offset: escapeStart, message: "lone surrogate \\u\(hex(scalar, width: 4)) in a string")
            }
            let low = try parseHex4(at: index + 3, escapeStart: index + 1)
            guard (0xDC00...0xDFFF).contains(low) else {
              throw JSONSyntaxError(offset: escapeStart, message: "lone surrogate \\u\(hex(scalar, width: 4)) in a string")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            index += 6
          } else if (0xDC00...0xDFFF).contains(scalar) {
            throw JSONSyntaxError(offset: escapeStart, message: "lone surrogate \\u\(hex(scalar, width: 4)) in a string")
          }
          // Safe: surrogates were excluded above.
          out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
          throw JSONSyntaxError(offset: escapeStart, message: "invalid escape \\\(describeByte(at: index, quoted: false)) in a string")
        }
        index += 1
        rawStart = index
      }
      throw JSONSyntaxError(offset: start - 1, message: "the file ends inside this string (is it truncated?)")
    }

    func parseHex4(at position: Int, escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
      guard position + 4 <= bytes.count else {
        throw JSONSyntaxError(offset: escapeStart, message: "incomplete \\u escape in a string")
      }
      guard let value = JSONHex.value(bytes, at: position) else {
        throw JSONSyntaxError(offset: escapeStart, message: "invalid \\u escape in a string")
      }
      return value
    }

    /// Describes the byte at an offset for a message: `'x'`, `U+00E9 'é'`, `invalid UTF-8 byte 0xFF`.
    func describeByte(at offset: Int, quoted: Bool = true) -> String {
      let byte = bytes[offset]
      if byte >= 0x21 && byte < 0x7F {
        let c = String(UnicodeScalar(byte))
        return quoted ? "character '\(c)'" : c
      }
      if byte == 0 { return "NUL byte" }
      if byte < 0x80 { return "control character U+\(hex(byte, width: 4))" }
      let rest = UnsafeBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 4)])
      if let scalar = UTF8Validation.firstScalar(in: rest) {
        return "character U+\(hex(scalar.value, width: 4))"
      }
      return "invalid UTF-8 byte 0x\(hex(byte))"
    }
  }
}

/// A number in hexadecimal, at least `width` digits: the one way every message, escape and
/// percent-encoding writes one (`U+001B`, `\u001b`, `%28`).
func hex<T: BinaryInteger>(_ value: T, width: Int = 2, uppercase: Bool = true) -> String {
  let digits = String(value, radix: 16, uppercase: uppercase)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// The one-character escapes of JSON strings, shared by both readers (the fast scanner and the
/// locating parser): `\n` is a line feed, `\"` a quote…; nil for anything else.
enum JSONEscape {
  static func simple(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "\""): return 0x22
    case UInt8(ascii: "\\"): return 0x5C
    case UInt8(ascii: "/"): return 0x2F
    case UInt8(ascii: "b"): return 0x08
    case UInt8(ascii: "f"): return 0x0C
    case UInt8(ascii: "n"): return 0x0A
    case UInt8(ascii: "r"): return 0x0D
    case UInt8(ascii: "t"): return 0x09
    default: return nil
    }
  }
}
