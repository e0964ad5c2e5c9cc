/// A list of things with ids while it is being merged: the merged things, and each side's order
/// of ids, which ``Merger/order(_:path:)`` turns into the merged order. A side nobody changed is
/// taken whole, sharing its storage.
///
/// Every id has a key: its place in ``ids``, given in one pass over the sides. The merge, the
/// repair of references and the orders then go by key, through arrays. Ours' ids are hashed
/// once each, to number them; the sides of a merge mostly agree in order, so an id of theirs or
/// base is first compared with the id after the last one matched, and hashed only when that is
/// not it, or where a reference names it: on a map of 50,000 steps, lookups in tables of
/// hundreds of thousands of ids spread over memory made the cost per step grow with the map.
struct MergedList<T: Identifiable> where T.ID == String {
  private(set) var values: [T] = []
  /// Every id of any side, once: ours, then theirs' others, then base's, so that conflicts come
  /// out in the same order on every run.
  private(set) var ids: [String]
  /// Where each of `ids` is on each side (its first place there; none for an id given by
  /// ``set(_:_:)`` that no side has).
  private(set) var places: [(base: Int?, ours: Int?, theirs: Int?)]
  /// Each side's list, as keys.
  private let sideKeys: [[Int]]
  /// Key → where its merged thing is in `values`; nil while it is not there (dropped).
  private var valueAt: [Int?]
  private var keyOf: [String: Int]

  enum Side: Int {
    case base, ours, theirs
  }

  init(base: [T], ours: [T], theirs: [T]) {
    var keyOf: [String: Int] = [:]
    keyOf.reserveCapacity(ours.count)
    var ids: [String] = []
    ids.reserveCapacity(ours.count)
    var places: [(base: Int?, ours: Int?, theirs: Int?)] = []
    places.reserveCapacity(ours.count)
    var sideKeys: [[Int]] = [[], [], []]
    for side in [Side.ours, .theirs, .base] {
      let list = side == .ours ? ours : side == .theirs ? theirs : base
      var keys: [Int] = []
      keys.reserveCapacity(list.count)
      // Where this side's next id probably is: just after the last one found.
      var guess = 0
      for i in list.indices {
        let id = list[i].id
        let k: Int
        if guess < ids.count && ids[guess] == id {
          k = guess
          guess += 1
        } else if let known = keyOf[id] {
          k = known
          guess = k + 1
        } else {
          k = ids.count
          keyOf[id] = k
          ids.append(id)
          places.append((nil, nil, nil))
        }
        keys.append(k)
        switch side {
        case .ours: if places[k].ours == nil { places[k].ours = i }
        case .theirs: if places[k].theirs == nil { places[k].theirs = i }
        case .base: if places[k].base == nil { places[k].base = i }
        }
      }
      sideKeys[side.rawValue] = keys
    }
    self.ids = ids
    self.places = places
    self.sideKeys = sideKeys
    self.keyOf = keyOf
    valueAt = Array(repeating: nil, count: ids.count)
  }

  /// Takes one side's list whole, as the merged things.
  mutating func take(_ side: Side, _ list: [T]) {
    values = list
    for k in places.indices {
      switch side {
      case .ours: valueAt[k] = places[k].ours
      case .theirs: valueAt[k] = places[k].theirs
      case .base: valueAt[k] = places[k].base
      }
    }
  }

  /// The key of an id, when some side has it.
  func key(_ id: String) -> Int? { keyOf[id] }

  func contains(_ id: String) -> Bool { number(id) != nil }

  /// Reads part of one thing without copying the rest.
  func read<R>(_ id: String, _ body: (T) -> R) -> R? {
    guard let i = number(id) else { return nil }
    return body(values[i])
  }

  /// Reads part of the thing with key `k`, when the merge kept it.
  func read<R>(key k: Int, _ body: (T) -> R) -> R? {
    guard let i = valueAt[k] else { return nil }
    return body(values[i])
  }

  mutating func set(_ id: String, _ value: T) {
    if let k = keyOf[id] {
      set(key: k, value)
    } else {
      keyOf[id] = ids.count
      ids.append(id)
      places.append((nil, nil, nil))
      valueAt.append(values.count)
      values.append(value)
    }
  }

  mutating func set(key k: Int, _ value: T) {
    if let i = valueAt[k] {
      values[i] = value
    } else {
      valueAt[k] = values.count
      values.append(value)
    }
  }

  mutating func modify(_ id: String, _ body: (inout T) -> Void) {
    if let i = number(id) { body(&values[i]) }
  }

  /// A thing's number: its place in `values` (the first, were an id listed twice).
  func number(_ id: String) -> Int? { keyOf[id].flatMap { valueAt[$0] } }

  /// The number of the thing at place `i` of a side's list.
  func number(_ side: Side, at i: Int) -> Int? { valueAt[sideKeys[side.rawValue][i]] }

  /// A side's list as numbers (``number(_:)``), leaving out things the merge dropped: in an
  /// order they take no place.
  func numbers(_ side: Side) -> [Int] { sideKeys[side.rawValue].compactMap { valueAt[$0] } }

  /// The merged order (``OrderMerge``) of the things by number.
  func orderByNumber(whenBothReorder: OrderMerge<Int>.WhenBothReorder) -> OrderMerge<Int>.Outcome {
    OrderMerge(
      base: numbers(.base), ours: numbers(.ours), theirs: numbers(.theirs), kept: { _ in true },
      precedes: { JSONKeyOrder.precedes(values[$0].id, values[$1].id) }
    ).run(whenBothReorder: whenBothReorder)
  }

  /// The things with these numbers (``number(_:)``), in this order, then any others (never for
  /// well-formed input: things on no side's list) by id.
  func values(inNumbers order: [Int]) -> [T] {
    var result: [T] = []
    result.reserveCapacity(values.count)
    var placed = [Bool](repeating: false, count: values.count)
    for i in order where !placed[i] {
      placed[i] = true
      result.append(values[i])
    }
    if result.count < values.count {
      let left = ids.indices.filter { valueAt[$0].map { !placed[$0] } ?? false }
      for k in left.sorted(by: { ids[$0] < ids[$1] }) { result.append(values[valueAt[k]!]) }
    }
    return result
  }

  static func positions(_ list: [T]) -> [String: Int] {
    var result: [String: Int] = [:]
    result.reserveCapacity(list.count)
    for i in list.indices where result[list[i].id] == nil { result[list[i].id] = i }
    return result
  }
}
