/// The merge's working state, the conflicts found so far, and the three-way rules for values,
/// lists and collections of things with ids.
struct Merger {
  var conflicts: [MergeConflict] = []

  /// Three-way choice for one value; nil is "absent" (a side deleted it or never set it).
  mutating func value<T: Equatable>(_ base: T?, _ ours: T?, _ theirs: T?, path: String, encode: (T) -> JSONValue) -> T? {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    conflicts.append(
      MergeConflict(
        path: path, message: "both sides changed this", ours: ours.map(encode), theirs: theirs.map(encode), base: base.map(encode)))
    return ours
  }

  mutating func text(_ base: String, _ ours: String, _ theirs: String, _ path: String) -> String {
    value(base, ours, theirs, path: path, encode: ModelJSON.string) ?? ours
  }

  mutating func extensions(_ base: Extensions, _ ours: Extensions, _ theirs: Extensions, _ path: String) -> Extensions {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    var members: [JSONMember] = []
    var keys = Set<String>()
    for member in ours.members + theirs.members + base.members { keys.insert(member.key) }
    for key in keys.sorted(by: JSONKeyOrder.precedes) {
      if let value = value(base[key], ours[key], theirs[key], path: path + ConflictPath.member(key), encode: { $0 }) {
        members.append(JSONMember(key: key, value: value))
      }
    }
    return Extensions(members)
  }

  /// Ordered-set merge for lists without ids. Membership: an item both sides kept stays, an item
  /// either side removed goes, an item either side added comes (once, if both added it). Order:
  /// ``OrderMerge``; both sides reordering differently is a conflict and ours is kept.
  ///
  /// `unique` lists (links to ids) never hold an item twice; other lists (thoughts) may, and
  /// their equal items are told apart by occurrence.
  mutating func list<T: Hashable>(
    _ base: [T], _ ours: [T], _ theirs: [T], path: String, unique: Bool, encode: (T) -> JSONValue, rank: @escaping (T) -> String
  ) -> [T] {
    let (b, o, t) = unique ? (base.uniqued, ours.uniqued, theirs.uniqued) : (base, ours, theirs)
    if o == t || t == b { return o }
    if o == b { return t }
    let bk = Occurrence.keys(b)
    let ok = Occurrence.keys(o)
    let tk = Occurrence.keys(t)
    let inBase = Set(bk)
    let inOurs = Set(ok)
    let inTheirs = Set(tk)
    let merge = OrderMerge(
      base: bk, ours: ok, theirs: tk,
      kept: { inBase.contains($0) ? inOurs.contains($0) && inTheirs.contains($0) : inOurs.contains($0) || inTheirs.contains($0) },
      precedes: { x, y in
        let (rx, ry) = (rank(x.value), rank(y.value))
        return rx != ry ? JSONKeyOrder.precedes(rx, ry) : x.index < y.index
      })
    let outcome = merge.run(whenBothReorder: .keepOurs)
    if let clash = outcome.clash {
      recordOrderConflict(path: path, ours: clash.ours.map { encode($0.value) }, theirs: clash.theirs.map { encode($0.value) }, base: bk.filter(Set(clash.ours).contains).map { encode($0.value) })
    }
    return outcome.order.map(\.value)
  }

  mutating func ids(_ base: [String], _ ours: [String], _ theirs: [String], path: String) -> [String] {
    list(base, ours, theirs, path: path, unique: true, encode: ModelJSON.string, rank: { $0 })
  }

  mutating func strings(_ base: [String], _ ours: [String], _ theirs: [String], path: String) -> [String] {
    list(base, ours, theirs, path: path, unique: false, encode: ModelJSON.string, rank: { $0 })
  }

  mutating func recordOrderConflict(path: String, ours: [JSONValue], theirs: [JSONValue], base: [JSONValue], message: String? = nil) {
    conflicts.append(
      MergeConflict(
        path: path, message: message ?? "both sides reordered this list differently; ours kept", ours: .array(ours), theirs: .array(theirs),
        base: .array(base), kind: .order))
  }

  /// Merges the elements of a list of things with ids, by id; their order is left to
  /// ``order(_:path:)``, after references are repaired (a thing brought back takes its place).
  ///
  /// Both sides deleting: gone. One side deleting what the other did not touch: gone. One side
  /// deleting what the other changed: a conflict, and the changed thing stays. Both adding the
  /// same id: one thing if they agree, a conflict (ours kept) if not.
  mutating func elements<T: Identifiable & Equatable>(
    _ base: [T], _ ours: [T], _ theirs: [T], path: String, noun: String, encode: (T) -> JSONValue,
    element: (inout Merger, T, T, T, String) -> T
  ) -> MergedList<T> where T.ID == String {
    var merged = MergedList(base: base, ours: ours, theirs: theirs)
    if ours == theirs || theirs == base {
      merged.take(ours)
      return merged
    }
    if ours == base {
      merged.take(theirs)
      return merged
    }
    for (id, place) in zip(merged.ids, merged.places) {
      // Made only when needed: most things are unchanged.
      var itemPath: String { "\(path)[id=\(id)]" }
      switch (place.base, place.ours, place.theirs) {
      case (let bi?, let oi?, let ti?):
        if ours[oi] == theirs[ti] || theirs[ti] == base[bi] {
          merged.set(id, ours[oi])
        } else if ours[oi] == base[bi] {
          merged.set(id, theirs[ti])
        } else {
          merged.set(id, element(&self, base[bi], ours[oi], theirs[ti], itemPath))
        }
      case (nil, let oi?, let ti?):
        if ours[oi] != theirs[ti] {
          conflicts.append(
            MergeConflict(
              path: itemPath, message: "both sides added this \(noun) with different content", ours: encode(ours[oi]), theirs: encode(theirs[ti]),
              base: nil))
        }
        merged.set(id, ours[oi])
      case (let bi?, let oi?, nil):
        if ours[oi] == base[bi] { continue }  // theirs deleted it; ours did not touch it
        conflicts.append(
          MergeConflict(path: itemPath, message: "theirs deleted this \(noun), ours changed it", ours: encode(ours[oi]), theirs: nil, base: encode(base[bi])))
        merged.set(id, ours[oi])
      case (let bi?, nil, let ti?):
        if theirs[ti] == base[bi] { continue }  // ours deleted it; theirs did not touch it
        conflicts.append(
          MergeConflict(path: itemPath, message: "ours deleted this \(noun), theirs changed it", ours: nil, theirs: encode(theirs[ti]), base: encode(base[bi])))
        merged.set(id, theirs[ti])
      case (nil, let oi?, nil): merged.set(id, ours[oi])
      case (nil, nil, let ti?): merged.set(id, theirs[ti])
      default: continue  // deleted on both sides
      }
    }
    return merged
  }

  /// The merged elements in order (see ``OrderMerge``); both sides reordering differently is a
  /// conflict at `path` and ours is kept.
  mutating func order<T>(_ merged: MergedList<T>, path: String) -> [T] {
    let outcome = merged.orderByNumber(whenBothReorder: .keepOurs)
    if let clash = outcome.clash {
      let common = Set(clash.ours)
      func json(_ numbers: [Int]) -> [JSONValue] { numbers.map { ModelJSON.string(merged.values[$0].id) } }
      recordOrderConflict(
        path: path, ours: json(clash.ours), theirs: json(clash.theirs), base: json(merged.numbers(merged.base).filter(common.contains)))
    }
    return merged.values(inNumbers: outcome.order)
  }

  /// Elements and order in one go, for lists inside a step (pain points, opportunities).
  mutating func collection<T: Identifiable & Equatable>(
    _ base: [T], _ ours: [T], _ theirs: [T], path: String, noun: String, encode: (T) -> JSONValue,
    element: (inout Merger, T, T, T, String) -> T
  ) -> [T] where T.ID == String {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    return order(elements(base, ours, theirs, path: path, noun: noun, encode: encode, element: element), path: path)
  }
}

/// A list of things with ids while it is being merged: the merged things (found by id without
/// copying them), and each side's order of ids, which ``Merger/order(_:path:)`` turns into the
/// merged order. A side nobody changed is taken whole, sharing its storage.
struct MergedList<T: Identifiable> where T.ID == String {
  private(set) var values: [T] = []
  private var position: [String: Int] = [:]
  let base: [String]
  let ours: [String]
  let theirs: [String]

  /// Every id of any side, once: ours, then theirs' others, then base's, so that conflicts come
  /// out in the same order on every run.
  let ids: [String]
  /// Where each of `ids` is on each side (its first place there), found in the same pass: one
  /// hash of an id per side that has it.
  let places: [(base: Int?, ours: Int?, theirs: Int?)]

  init(base: [T], ours: [T], theirs: [T]) {
    self.base = MergedList.ids(base)
    self.ours = MergedList.ids(ours)
    self.theirs = MergedList.ids(theirs)
    var number: [String: Int] = [:]
    number.reserveCapacity(self.ours.count)
    var ids: [String] = []
    ids.reserveCapacity(self.ours.count)
    var places: [(base: Int?, ours: Int?, theirs: Int?)] = []
    places.reserveCapacity(self.ours.count)
    for (side, list) in [self.ours, self.theirs, self.base].enumerated() {
      for (i, id) in list.enumerated() {
        let k: Int
        if let known = number[id] {
          k = known
        } else {
          k = ids.count
          number[id] = k
          ids.append(id)
          places.append((nil, nil, nil))
        }
        switch side {
        case 0: if places[k].ours == nil { places[k].ours = i }
        case 1: if places[k].theirs == nil { places[k].theirs = i }
        default: if places[k].base == nil { places[k].base = i }
        }
      }
    }
    self.ids = ids
    self.places = places
  }

  mutating func take(_ list: [T]) {
    values = list
    position = MergedList.positions(list)
  }

  func contains(_ id: String) -> Bool { position[id] != nil }

  /// Reads part of one thing without copying the rest.
  func read<R>(_ id: String, _ body: (T) -> R) -> R? {
    guard let i = position[id] else { return nil }
    return body(values[i])
  }

  mutating func set(_ id: String, _ value: T) {
    if let i = position[id] {
      values[i] = value
    } else {
      position[id] = values.count
      values.append(value)
    }
  }

  mutating func modify(_ id: String, _ body: (inout T) -> Void) {
    if let i = position[id] { body(&values[i]) }
  }

  /// A thing's number: its place in `values` (the first, were an id listed twice).
  func number(_ id: String) -> Int? { position[id] }

  /// Each id's number (``number(_:)``), leaving out ids the merge dropped: in an order they
  /// take no place.
  func numbers(_ ids: [String]) -> [Int] { ids.compactMap { position[$0] } }

  /// The merged order (``OrderMerge``) of the things by number: an id is hashed once per side,
  /// and the order compares and looks up numbers, which on a large map is what keeps the cost
  /// per thing flat (strings spread over memory made it grow with the map).
  func orderByNumber(whenBothReorder: OrderMerge<Int>.WhenBothReorder) -> OrderMerge<Int>.Outcome {
    OrderMerge(
      base: numbers(base), ours: numbers(ours), theirs: numbers(theirs), kept: { _ in true },
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
      for id in position.keys.sorted() where !placed[position[id]!] { result.append(values[position[id]!]) }
    }
    return result
  }

  static func ids(_ list: [T]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(list.count)
    for i in list.indices { result.append(list[i].id) }
    return result
  }

  static func positions(_ list: [T]) -> [String: Int] {
    var result: [String: Int] = [:]
    result.reserveCapacity(list.count)
    for i in list.indices where result[list[i].id] == nil { result[list[i].id] = i }
    return result
  }
}

extension Array where Element: Hashable {
  /// The list without repeats, first occurrences kept.
  var uniqued: [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
