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
      merged.items = MergedList.byID(ours)
      return merged
    }
    if ours == base {
      merged.items = MergedList.byID(theirs)
      return merged
    }
    let b = MergedList.byID(base)
    let o = MergedList.byID(ours)
    let t = MergedList.byID(theirs)
    for id in merged.ids {
      let itemPath = "\(path)[id=\(id)]"
      switch (b[id], o[id], t[id]) {
      case (let bv?, let ov?, let tv?):
        if ov == tv || tv == bv {
          merged.items[id] = ov
        } else if ov == bv {
          merged.items[id] = tv
        } else {
          merged.items[id] = element(&self, bv, ov, tv, itemPath)
        }
      case (nil, let ov?, let tv?):
        if ov != tv {
          conflicts.append(
            MergeConflict(path: itemPath, message: "both sides added this \(noun) with different content", ours: encode(ov), theirs: encode(tv), base: nil))
        }
        merged.items[id] = ov
      case (let bv?, let ov?, nil):
        if ov == bv { continue }  // theirs deleted it; ours did not touch it
        conflicts.append(MergeConflict(path: itemPath, message: "theirs deleted this \(noun), ours changed it", ours: encode(ov), theirs: nil, base: encode(bv)))
        merged.items[id] = ov
      case (let bv?, nil, let tv?):
        if tv == bv { continue }  // ours deleted it; theirs did not touch it
        conflicts.append(MergeConflict(path: itemPath, message: "ours deleted this \(noun), theirs changed it", ours: nil, theirs: encode(tv), base: encode(bv)))
        merged.items[id] = tv
      case (nil, let ov?, nil): merged.items[id] = ov
      case (nil, nil, let tv?): merged.items[id] = tv
      default: continue  // deleted on both sides
      }
    }
    return merged
  }

  /// The merged elements in order (see ``OrderMerge``); both sides reordering differently is a
  /// conflict at `path` and ours is kept.
  mutating func order<T>(_ merged: MergedList<T>, path: String) -> [T] {
    let items = merged.items
    let outcome = OrderMerge(
      base: merged.base, ours: merged.ours, theirs: merged.theirs, kept: { items[$0] != nil }, precedes: JSONKeyOrder.precedes
    ).run(whenBothReorder: .keepOurs)
    if let clash = outcome.clash {
      let common = Set(clash.ours)
      recordOrderConflict(
        path: path, ours: clash.ours.map(ModelJSON.string), theirs: clash.theirs.map(ModelJSON.string),
        base: merged.base.filter(common.contains).map(ModelJSON.string))
    }
    var result = outcome.order.compactMap { items[$0] }
    if result.count < items.count {
      // Only for elements on no side's list (never for well-formed input): by id, last.
      let placed = Set(outcome.order)
      result += items.keys.filter { !placed.contains($0) }.sorted().compactMap { items[$0] }
    }
    return result
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

/// A list of things with ids while it is being merged: the merged things by id, and each
/// side's order of ids, which ``Merger/order(_:path:)`` turns into the merged order.
struct MergedList<T: Identifiable> where T.ID == String {
  var items: [String: T] = [:]
  let base: [String]
  let ours: [String]
  let theirs: [String]

  init(base: [T], ours: [T], theirs: [T]) {
    self.base = base.map(\.id)
    self.ours = ours.map(\.id)
    self.theirs = theirs.map(\.id)
  }

  /// Every id of any side, once: ours, then theirs' others, then base's, so that conflicts come
  /// out in the same order on every run.
  var ids: [String] {
    var seen = Set<String>()
    return (ours + theirs + base).filter { seen.insert($0).inserted }
  }

  static func byID(_ list: [T]) -> [String: T] {
    Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

extension Array where Element: Hashable {
  /// The list without repeats, first occurrences kept.
  var uniqued: [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
