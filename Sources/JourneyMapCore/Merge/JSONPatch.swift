/// One change at a ``ConflictPath`` inside a ``JSONValue``: how settling edits the inside of
/// one element (a step's feeling, an opportunity's owner) or the map's header, in the same
/// terms the file uses, so a conflict on any key (extensions included) can be settled.
enum JSONPatch {
  enum Change {
    case set(JSONValue)
    case delete
    /// Set only if nothing is there.
    case restore(JSONValue)
    /// Reorder the array here: the items listed (by id, or by value for lists without ids) go
    /// in the listed order into the places they hold; nothing is added or removed.
    case reorder([JSONValue])

    init(_ followUp: MergeConflict.FollowUp.Change) {
      switch followUp {
      case .set(let v): self = .set(v)
      case .delete: self = .delete
      case .restore(let v): self = .restore(v)
      }
    }
  }

  static func apply(_ change: Change, at segments: ArraySlice<ConflictPath.Segment>, to node: inout JSONValue) {
    guard let first = segments.first else {
      switch change {
      case .set(let value): node = value
      case .reorder(let order): if case .array(let items) = node { node = .array(reorder(items, by: order)) }
      case .delete, .restore: break
      }
      return
    }
    let rest = segments.dropFirst()
    switch (first, node) {
    case (.key(let wanted, let legacy), .object(var members)):
      let key = members.contains { $0.key == wanted } ? wanted : legacy.flatMap { l in members.contains { $0.key == l } ? l : nil } ?? wanted
      let at = members.firstIndex { $0.key == key }
      if rest.isEmpty {
        switch (change, at) {
        case (.set(let value), let i?): members[i].value = value
        case (.set(let value), nil), (.restore(let value), nil): members.append(JSONMember(key: key, value: value))
        case (.delete, let i?): members.remove(at: i)
        case (.reorder, let i?): apply(change, at: rest, to: &members[i].value)
        default: break
        }
      } else if let at {
        apply(change, at: rest, to: &members[at].value)
      } else if case .set = change {
        var child = JSONValue.object([])
        if case .id? = rest.first { child = .array([]) }
        apply(change, at: rest, to: &child)
        members.append(JSONMember(key: key, value: child))
      }
      node = JSONValue.object(members).canonical
    case (.id(let id), .array(var items)):
      let at = items.firstIndex { JSONPatch.id(of: $0) == id }
      if rest.isEmpty {
        switch (change, at) {
        case (.set(let value), let i?): items[i] = value
        case (.set(let value), nil), (.restore(let value), nil): items.append(value)
        case (.delete, let i?): items.remove(at: i)
        case (.reorder, let i?): apply(change, at: rest, to: &items[i])
        default: break
        }
      } else if let at {
        apply(change, at: rest, to: &items[at])
      }
      node = .array(items)
    default:
      break  // the place is gone: nothing is left to settle there
    }
  }

  static func id(of item: JSONValue) -> String? {
    guard case .object(let members) = item, case .string(let id)? = members.first(where: { $0.key == "id" })?.value else { return nil }
    return id
  }

  /// What an item is known by in an order: its id, or itself.
  static func orderKey(_ item: JSONValue) -> JSONValue { id(of: item).map(JSONValue.string) ?? item }

  static func reorder(_ items: [JSONValue], by order: [JSONValue]) -> [JSONValue] {
    let keys = Occurrence.keys(items.map(orderKey))
    let wanted = Occurrence.keys(order)
    let wantedSet = Set(wanted)
    var position: [Occurrence<JSONValue>: Int] = [:]
    for (i, key) in keys.enumerated() { position[key] = i }
    let places = keys.indices.filter { wantedSet.contains(keys[$0]) }
    let sources = wanted.compactMap { position[$0] }
    var result = items
    for (place, source) in zip(places, sources) { result[place] = items[source] }
    return result
  }
}
