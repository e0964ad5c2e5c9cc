/// Builds a ``JSONValue`` from the same calls that write a file, without going through bytes.
///
/// The tree is canonical in the way a parsed file's ``JSONNode/value`` is: text in NFC and object
/// members sorted by key. So a value built from the model equals the value read back from the
/// file it was written to, which is what lets recorded conflicts be compared after a reload.
public struct JSONValueBuilder: JSONSink {
  /// Open containers, innermost last: true for an object.
  private var isObject: [Bool] = []
  private var members: [[JSONMember]] = []
  private var items: [[JSONValue]] = []
  private var pendingKeys: [String] = []
  private var finished: JSONValue?

  public init() {}

  /// Builds one value with the given writing calls.
  public static func build(_ write: (inout JSONValueBuilder) -> Void) -> JSONValue {
    var builder = JSONValueBuilder()
    write(&builder)
    return builder.result
  }

  /// The finished value (null when nothing was written).
  public var result: JSONValue {
    precondition(isObject.isEmpty, "unbalanced containers")
    return finished ?? .null
  }

  private mutating func emit(_ value: JSONValue) {
    guard let innermost = isObject.last else {
      finished = value
      return
    }
    if innermost {
      members[members.count - 1].append(JSONMember(key: pendingKeys.removeLast(), value: value))
    } else {
      items[items.count - 1].append(value)
    }
  }

  public mutating func beginObject() {
    isObject.append(true)
    members.append([])
  }

  public mutating func endObject() {
    isObject.removeLast()
    let object = members.removeLast().sorted { JSONKeyOrder.precedes($0.key, $1.key) }
    emit(.object(object))
  }

  public mutating func beginArray() {
    isObject.append(false)
    items.append([])
  }

  public mutating func endArray() {
    isObject.removeLast()
    emit(.array(items.removeLast()))
  }

  public mutating func key(_ key: String) { pendingKeys.append(key.nfc) }
  public mutating func string(_ value: String) { emit(.string(value.nfc)) }
  public mutating func integer(_ value: Int) { emit(.number(String(value))) }
  public mutating func bool(_ value: Bool) { emit(.bool(value)) }
  public mutating func null() { emit(.null) }
  public mutating func value(_ value: JSONValue) { emit(value.canonical) }
}

extension JSONValue {
  /// The same value with text in NFC and object members sorted, as a file would give it back.
  public var canonical: JSONValue {
    switch self {
    case .null, .bool, .number: return self
    case .string(let s): return .string(s.nfc)
    case .array(let items): return .array(items.map(\.canonical))
    case .object(let members):
      return .object(
        members.map { JSONMember(key: $0.key.nfc, value: $0.value.canonical) }.sorted { JSONKeyOrder.precedes($0.key, $1.key) })
    }
  }
}
