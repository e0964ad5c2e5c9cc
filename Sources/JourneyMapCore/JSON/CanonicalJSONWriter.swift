/// Writes JSON in journeymap's canonical layout, byte for byte the same on every platform:
/// 2-space indent, `"key": value`, one member or element per line, `{}`/`[]` for empties,
/// non-ASCII and `/` written as is, text NFC-normalised, and a final newline.
///
/// The writer does not decide key order: callers emit members in the documented order
/// (see `docs/format.md`). It exists because Foundation's pretty printer writes `"key" : value`,
/// escapes `/`, and orders keys differently across platforms.
public struct CanonicalJSONWriter {
  public private(set) var bytes: [UInt8] = []
  /// One entry per open container: whether it has a member yet.
  private var open: [Bool] = []
  private var afterKey = false

  public init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The finished document, with its final newline.
  public mutating func finish() -> [UInt8] {
    precondition(open.isEmpty, "unbalanced containers")
    bytes.append(0x0A)
    return bytes
  }

  private mutating func newlineAndIndent() {
    bytes.append(0x0A)
    var spaces = open.count * 2
    // Whole runs of spaces at a time: most lines of a map are 4 to 10 levels deep.
    while spaces > 0 {
      let run = min(spaces, CanonicalJSONWriter.spaces.count)
      bytes.append(contentsOf: CanonicalJSONWriter.spaces[..<run])
      spaces -= run
    }
  }

  private static let spaces = [UInt8](repeating: 0x20, count: 64)

  /// Called before every value: arrays put each element on its own line.
  private mutating func beginValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = open.indices.last else { return }
    if open[last] { bytes.append(UInt8(ascii: ",")) }
    open[last] = true
    newlineAndIndent()
  }

  public mutating func key(_ key: String) {
    beginKey()
    writeQuoted(key)
    endKey()
  }

  /// A key spelled in the source, such as the format's own keys: plain ASCII with nothing to
  /// escape or normalise, so it is copied as is.
  public mutating func key(static key: StaticString) {
    beginKey()
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    endKey()
  }

  private mutating func beginKey() {
    precondition(!afterKey, "key after key")
    let last = open.count - 1
    if open[last] { bytes.append(UInt8(ascii: ",")) }
    open[last] = true
    newlineAndIndent()
  }

  private mutating func endKey() {
    bytes.append(UInt8(ascii: ":"))
    bytes.append(0x20)
    afterKey = true
  }

  public mutating func beginObject() {
    beginValue()
    bytes.append(UInt8(ascii: "{"))
    open.append(false)
  }

  public mutating func endObject() {
    close(UInt8(ascii: "}"))
  }

  public mutating func beginArray() {
    beginValue()
    bytes.append(UInt8(ascii: "["))
    open.append(false)
  }

  public mutating func endArray() {
    close(UInt8(ascii: "]"))
  }

  private mutating func close(_ byte: UInt8) {
    let hadMembers = open.removeLast()
    if hadMembers { newlineAndIndent() }
    bytes.append(byte)
  }

  public mutating func string(_ value: String) {
    beginValue()
    writeQuoted(value)
  }

  public mutating func integer(_ value: Int) {
    beginValue()
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func bool(_ value: Bool) {
    beginValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    beginValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes an uninterpreted value (an `x-` extension), with object keys in sorted order.
  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let b): bool(b)
    case .number(let literal):
      beginValue()
      bytes.append(contentsOf: literal.utf8)
    case .string(let s): string(s)
    case .array(let items):
      beginArray()
      for item in items { self.value(item) }
      endArray()
    case .object(let members):
      beginObject()
      for member in members.sorted(by: { JSONKeyOrder.precedes($0.key, $1.key) }) {
        key(member.key)
        self.value(member.value)
      }
      endObject()
    }
  }

  /// Quotes and escapes a string. What JSON requires is escaped (`"`, `\`, U+0000–U+001F, with
  /// short forms where they exist), and also what a terminal would obey when a map is printed
  /// (`cat`, `fmt -`): DEL, the C1 controls (U+0080–U+009F, CSI among them) and the
  /// bidirectional overrides and isolates. Everything else stays as it is, readable in any editor.
  private mutating func writeQuoted(_ raw: String) {
    bytes.append(UInt8(ascii: "\""))
    // Fast path, one scan: nothing to escape and nothing that could need normalising (no byte
    // of a scalar at or above U+0300), so the text goes out in one copy.
    var raw = raw
    let copied = raw.withUTF8 { buffer -> Bool in
      guard UTF8Scan.isPlain(buffer) else { return false }
      bytes.append(contentsOf: buffer)
      return true
    }
    if copied {
      bytes.append(UInt8(ascii: "\""))
      return
    }
    let text = raw.nfc
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: bytes.append(0x5C); bytes.append(0x22)
      case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
      case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
      case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
      case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
      case 0x08: bytes.append(0x5C); bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(0x5C); bytes.append(UInt8(ascii: "f"))
      case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        bytes.append(contentsOf: "\\u".utf8)
        bytes.append(contentsOf: hex(scalar.value, width: 4, uppercase: false).utf8)
      case 0..<0x80: bytes.append(UInt8(scalar.value))
      default: bytes.append(contentsOf: String(scalar).utf8)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
