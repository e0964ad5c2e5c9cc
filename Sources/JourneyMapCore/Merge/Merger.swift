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
      merged.take(.ours, ours)
      return merged
    }
    if ours == base {
      merged.take(.theirs, theirs)
      return merged
    }
    for (k, (id, place)) in zip(merged.ids, merged.places).enumerated() {
      // Made only when needed: most things are unchanged.
      var itemPath: String { "\(path)[id=\(id)]" }
      switch (place.base, place.ours, place.theirs) {
      case (let bi?, let oi?, let ti?):
        if ours[oi] == theirs[ti] || theirs[ti] == base[bi] {
          merged.set(key: k, ours[oi])
        } else if ours[oi] == base[bi] {
          merged.set(key: k, theirs[ti])
        } else {
          merged.set(key: k, element(&self, base[bi], ours[oi], theirs[ti], itemPath))
        }
      case (nil, let oi?, let ti?):
        if ours[oi] != theirs[ti] {
          conflicts.append(
            MergeConflict(
              path: itemPath, message: "both sides added this \(noun) with different content", ours: encode(ours[oi]), theirs: encode(theirs[ti]),
              base: nil))
        }
        merged.set(key: k, ours[oi])
      case (let bi?, let oi?, nil):
        if ours[oi] == base[bi] { continue }  // theirs deleted it; ours did not touch it
        conflicts.append(
          MergeConflict(path: itemPath, message: "theirs deleted this \(noun), ours changed it", ours: encode(ours[oi]), theirs: nil, base: encode(base[bi])))
        merged.set(key: k, ours[oi])
      case (let bi?, nil, let ti?):
        if theirs[ti] == base[bi] { continue }  // ours deleted it; theirs did not touch it
        conflicts.append(
          MergeConflict(path: itemPath, message: "ours deleted this \(noun), theirs changed it", ours: nil, theirs: encode(theirs[ti]), base: encode(base[bi])))
        merged.set(key: k, theirs[ti])
      case (nil, let oi?, nil): merged.set(key: k, ours[oi])
      case (nil, nil, let ti?): merged.set(key: k, theirs[ti])
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
        path: path, ours: json(clash.ours), theirs: json(clash.theirs), base: json(merged.numbers(.base).filter(common.contains)))
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

extension Array where Element: Hashable {
  /// The list without repeats, first occurrences kept.
  var uniqued: [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
