/// Mermaid's text conventions, undone: `#name;` and `#123;` entity codes, and `<br>` line breaks.
///
/// Mermaid rewrites every `#word;` in a diagram into an HTML character reference before parsing
/// (`#59;` → `&#59;`, `#amp;` → `&amp;`) and the browser decodes it when drawing; so an entity
/// code is plain text to the grammar (a `#59;` never ends a statement, a `#44;` never separates
/// actors) and its character in the picture. Anything else starting with `#` starts a comment.
enum MermaidEntities {
  /// The length of the entity code starting at `i` (`#`, one or more of `[A-Za-z0-9_]`, `;`),
  /// or nil when the `#` there does not start one.
  static func entityLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
    var j = i + 1
    while j < end && isWordByte(bytes[j]) { j += 1 }
    guard j > i + 1, j < end, bytes[j] == UInt8(ascii: ";") else { return nil }
    return j + 1 - i
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
  }

  /// Where a `#` comment starts in `bytes[start..<end]` (a `#` that is not an entity code), or
  /// `end`.
  static func commentStart(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
    var i = start
    while i < end {
      if bytes[i] == UInt8(ascii: "#") {
        guard let length = entityLength(bytes, at: i, end: end) else { return i }
        i += length
      } else {
        i += 1
      }
    }
    return end
  }

  /// The length of a `<br>`, `<br/>` or `<br />` tag (any case) at `i`, or nil.
  static func lineBreakLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
    guard i + 3 < end, bytes[i] == UInt8(ascii: "<"), bytes[i + 1] | 0x20 == UInt8(ascii: "b"),
      bytes[i + 2] | 0x20 == UInt8(ascii: "r")
    else { return nil }
    var j = i + 3
    while j < end && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
    if j < end && bytes[j] == UInt8(ascii: "/") { j += 1 }
    guard j < end, bytes[j] == UInt8(ascii: ">") else { return nil }
    return j + 1 - i
  }

  /// An entity code Mermaid would draw as something journeymap cannot know (`#foo;`), and where.
  struct Unknown: Equatable {
    var offset: Int
    var code: String
    /// A number that is no character (zero, a surrogate, past U+10FFFF): read as U+FFFD.
    var isNumeric = false
  }

  /// The text of `bytes[start..<end]` as Mermaid draws it: entity codes decoded, `<br>` tags
  /// replaced by `lineBreak`. Decoding is one pass; unknown names are reported in `unknown` and
  /// kept as the browser shows them (`&foo;`).
  static func decode(
    _ bytes: [UInt8], from start: Int, to end: Int, lineBreak: String = " ", unknown: inout [Unknown]
  ) -> String {
    var out = [UInt8]()
    out.reserveCapacity(end - start)
    var i = start
    while i < end {
      let byte = bytes[i]
      if byte == UInt8(ascii: "#"), let length = entityLength(bytes, at: i, end: end) {
        let name = String(decoding: bytes[(i + 1)..<(i + length - 1)], as: UTF8.self)
        if let scalar = scalar(forEntity: name) {
          if scalar == "\u{FFFD}" && name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            unknown.append(Unknown(offset: i, code: "#" + name + ";", isNumeric: true))
          }
          out.append(contentsOf: String(Character(scalar)).utf8)
        } else {
          unknown.append(Unknown(offset: i, code: "#" + name + ";"))
          out.append(UInt8(ascii: "&"))
          out.append(contentsOf: name.utf8)
          out.append(UInt8(ascii: ";"))
        }
        i += length
      } else if byte == UInt8(ascii: "<"), let length = lineBreakLength(bytes, at: i, end: end) {
        out.append(contentsOf: lineBreak.utf8)
        i += length
      } else {
        out.append(byte)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The character an entity code's name stands for, as a browser decodes `&name;` or `&#123;`.
  static func scalar(forEntity name: String) -> Unicode.Scalar? {
    if name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      // Decimal: HTML's rules for numeric references. Out of range, zero or a surrogate is
      // U+FFFD; 128–159 are read as Windows-1252.
      var value: UInt32 = 0
      for digit in name.utf8 { value = min(value * 10 + UInt32(digit - 0x30), 0x110000) }
      guard value != 0, value <= 0x10FFFF else { return "\u{FFFD}" }
      if value >= 0x80 && value < 0xA0 { return Windows1252.scalar(UInt8(value)) }
      return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
    return HTMLEntities.named[name].flatMap(Unicode.Scalar.init)
  }
}
