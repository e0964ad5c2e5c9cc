/// Numbers, literals, and whole values of any shape (for `x-` extensions).
extension JSONScanner {
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
