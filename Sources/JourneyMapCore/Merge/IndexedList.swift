/// A list of things with ids that settling edits by id: lookups, replacements, deletions and
/// additions in constant time, so settling many conflicts in a large map stays linear.
/// Deleted places are left empty and closed up once, at the end.
struct IndexedList<T: Identifiable> where T.ID == String {
  private var slots: [T?]
  private var index: [String: Int] = [:]

  init(_ items: [T]) {
    slots = items
    index.reserveCapacity(items.count)
    for (i, item) in items.enumerated() where index[item.id] == nil { index[item.id] = i }
  }

  subscript(id: String) -> T? {
    get { index[id].flatMap { slots[$0] } }
    set {
      if let i = index[id] {
        slots[i] = newValue
        if newValue == nil { index[id] = nil }
      } else if let newValue {
        index[id] = slots.count
        slots.append(newValue)
      }
    }
  }

  /// Puts the listed ids that are present in the listed order, in the places they hold now;
  /// everything else stays where it is.
  mutating func reorder(_ ids: [String]) {
    let present = ids.uniqued.filter { index[$0] != nil }
    let places = present.compactMap { index[$0] }.sorted()
    let items = present.compactMap { self[$0] }
    for (place, item) in zip(places, items) {
      slots[place] = item
      index[item.id] = place
    }
  }

  var items: [T] { slots.compactMap { $0 } }
}
