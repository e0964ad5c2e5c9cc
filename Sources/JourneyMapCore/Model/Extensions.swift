/// The `x-` keys of one object: data from other tools or later versions that journeymap does
/// not understand but must never drop. Kept sorted by key, so equality and output are canonical.
public struct Extensions: Equatable, Sendable {
  public private(set) var members: [JSONMember] = []

  public init() {}

  public init(_ members: [JSONMember]) {
    self.members = members.sorted { JSONKeyOrder.precedes($0.key, $1.key) }
  }

  public var isEmpty: Bool { members.isEmpty }

  public subscript(key: String) -> JSONValue? {
    get { members.first { $0.key == key }?.value }
    set {
      members.removeAll { $0.key == key }
      if let newValue {
        members.append(JSONMember(key: key, value: newValue))
        members.sort { JSONKeyOrder.precedes($0.key, $1.key) }
      }
    }
  }

  /// Whether a key is an extension key (`x-` prefix).
  public static func isExtensionKey(_ key: String) -> Bool { key.hasPrefix("x-") }
}
