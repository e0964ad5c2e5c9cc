@testable import JourneyMapCore
import Testing

/// `MergedList` matches most ids of theirs and base by position, comparing them with ours' id at
/// the same place, and hashes only where the sides disagree. Whatever the sides look like
/// (inserts, deletions, moves, repeats), the keys must be exactly those of matching every id by
/// hash, which is what this checks against, over many random sides.
@Suite("Merged list keys")
struct MergedListTests {
  struct Item: Identifiable, Equatable {
    var id: String
  }

  /// Matching by hash alone: ours, then theirs' new ids, then base's, each side's first place.
  static func reference(_ sides: [[Item]]) -> (ids: [String], places: [[Int?]]) {
    var key: [String: Int] = [:]
    var ids: [String] = []
    var places: [[Int?]] = []
    for (side, list) in sides.enumerated() {
      for (i, item) in list.enumerated() {
        let k = key[item.id] ?? {
          key[item.id] = ids.count
          ids.append(item.id)
          places.append([nil, nil, nil])
          return ids.count - 1
        }()
        if places[k][side] == nil { places[k][side] = i }
      }
    }
    return (ids, places)
  }

  static func side(from ours: [Item], _ rng: inout SplitMix64) -> [Item] {
    var list = ours
    for _ in 0..<Int(rng.next() % 5) {
      let at = list.isEmpty ? 0 : Int(rng.next() % UInt64(list.count))
      switch rng.next() % 4 {
      case 0: list.insert(Item(id: "new\(rng.next() % 6)"), at: at)
      case 1: if !list.isEmpty { list.remove(at: at) }
      case 2: if !list.isEmpty { list.append(list.remove(at: at)) }
      default: if !list.isEmpty { list.insert(list[at], at: Int(rng.next() % UInt64(list.count))) }
      }
    }
    return list
  }

  @Test func keysAreThoseOfMatchingEveryIDByHash() {
    for seed in UInt64(1)...2_000 {
      var rng = SplitMix64(seed: seed)
      var ours: [Item] = []
      for _ in 0..<Int(rng.next() % 12) { ours.append(Item(id: "i\(rng.next() % 14)")) }
      let theirs = Self.side(from: ours, &rng)
      let base = Self.side(from: ours, &rng)
      let list = MergedList<Item>(base: base, ours: ours, theirs: theirs)
      let expected = Self.reference([ours, theirs, base])
      #expect(list.ids == expected.ids, "seed \(seed)")
      #expect(list.places.map { [$0.ours, $0.theirs, $0.base] } == expected.places, "seed \(seed)")

      // Taking a side whole: every place of that side finds its thing, by id and by place.
      for (side, items) in [(MergedList<Item>.Side.ours, ours), (.theirs, theirs), (.base, base)] {
        var taken = list
        taken.take(side, items)
        for (i, item) in items.enumerated() {
          let byPlace = taken.number(side, at: i).map { taken.values[$0] }
          #expect(byPlace == item && taken.read(item.id) { $0 } == item, "seed \(seed), side \(side)")
        }
      }
    }
  }

  @Test func aThingSetByKeyIsFoundByIDAndInEachSidesNumbers() {
    let ours = [Item(id: "a"), Item(id: "b"), Item(id: "c")]
    let theirs = [Item(id: "c"), Item(id: "a"), Item(id: "d")]
    let base = [Item(id: "a"), Item(id: "b")]
    var list = MergedList<Item>(base: base, ours: ours, theirs: theirs)
    #expect(list.ids == ["a", "b", "c", "d"])
    for k in [3, 0, 2] { list.set(key: k, Item(id: list.ids[k])) }  // "b" dropped
    #expect(list.values.map(\.id) == ["d", "a", "c"])
    #expect(list.number("b") == nil && list.number("d") == 0 && list.contains("c") && !list.contains("x"))
    #expect(list.numbers(.ours) == [1, 2] && list.numbers(.theirs) == [2, 1, 0] && list.numbers(.base) == [1])
    // An id on no side gets a new key and a place at the end.
    list.set("x", Item(id: "x"))
    #expect(list.key("x") == 4 && list.number("x") == 3 && list.values(inNumbers: [2, 1]).map(\.id) == ["c", "a", "d", "x"])
  }
}
