/// A JSON value without source positions.
///
/// Used where journeymap must carry JSON it does not interpret: the values of `x-` extension
/// keys, which are preserved through load and save exactly (up to canonical formatting).
public enum JSONValue: Equatable, Hashable, Sendable {
  case null
  case bool(Bool)
  /// The number's literal text, kept verbatim so that `1.50` is written back as `1.50`.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in canonical order (sorted by key, see ``JSONKeyOrder``).
  case object([JSONMember])
}

/// One member of a JSON object.
public struct JSONMember: Equatable, Hashable, Sendable {
  public var key: String
  public var value: JSONValue
  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}

/// A parsed JSON value that remembers where it started in the source, so that type errors found
/// while decoding can name a line and column.
public struct JSONNode: Sendable {
  public enum Kind: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([Member])
  }

  /// An object member with the offset of its key, for "unknown key" messages.
  public struct Member: Sendable {
    public var key: String
    public var keyOffset: Int
    public var value: JSONNode
  }

  public var kind: Kind
  /// Byte offset of the value's first byte in the source.
  public var offset: Int

  /// A name for the value's type, as used in "expected a string, found a number".
  public var typeName: String {
    switch kind {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The same value without positions; object keys sorted so the result is canonical.
  public var value: JSONValue {
    switch kind {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let n): return .number(n)
    case .string(let s): return .string(s)
    case .array(let items): return .array(items.map(\.value))
    case .object(let members):
      return .object(
        members.map { JSONMember(key: $0.key, value: $0.value.value) }
          .sorted { JSONKeyOrder.precedes($0.key, $1.key) })
    }
  }
}

/// The order in which keys that have no documented position are written: by Unicode scalar
/// values, which is the same on every platform (unlike Foundation's `.sortedKeys`).
public enum JSONKeyOrder {
  public static func precedes(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }
}
