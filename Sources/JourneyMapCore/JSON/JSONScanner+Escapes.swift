extension JSONScanner {
  /// The rest of a string that has escapes, decoded; anything the parser would reject gives up.
  mutating func escapedString(from start: Int) throws(GiveUp) -> String {
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
      case let simple where JSONEscape.simple(simple) != nil: out.append(JSONEscape.simple(simple)!)
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
    guard let value = JSONHex.value(bytes, at: position) else { throw GiveUp() }
    return value
  }
}

/// The four hex digits of a `\uXXXX` escape, read the same by the parser and the fast scanner.
enum JSONHex {
  /// The value of the four digits at `position`, or nil when they are not all there or not hex.
  @inline(__always)
  static func value(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32? {
    guard position + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for i in position..<(position + 4) {
      let byte = bytes[i]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
      default: return nil
      }
      value = value << 4 | digit
    }
    return value
  }
}
