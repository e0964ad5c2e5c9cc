extension JSONNode {
  /// A node for a value that never was bytes (a conflict's side, an element being patched), so
  /// the decoder that reads files also reads it: no second decoder to keep in step. There is no
  /// source, so every offset is 0.
  init(_ value: JSONValue) {
    switch value {
    case .null: self.init(kind: .null, offset: 0)
    case .bool(let b): self.init(kind: .bool(b), offset: 0)
    case .number(let n): self.init(kind: .number(n), offset: 0)
    case .string(let s): self.init(kind: .string(s), offset: 0)
    case .array(let items): self.init(kind: .array(items.map(JSONNode.init)), offset: 0)
    case .object(let members):
      self.init(kind: .object(members.map { Member(key: $0.key, keyOffset: 0, value: JSONNode($0.value)) }), offset: 0)
    }
  }
}
