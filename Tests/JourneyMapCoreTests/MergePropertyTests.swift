import JourneyMapCore
import JourneyMapSamples
import Testing

/// The merge's laws, and a property test over seeded random edit pairs: whatever two people do
/// to the same map, the merge is valid and canonical, keeps every edit that does not conflict,
/// brings back nothing both deleted, is the same both ways round, and settling its conflicts
/// either way gives a valid map.
@Suite("Merge laws and properties")
struct MergePropertyTests {
  /// A small map from the sample generator; every third one full of awkward text.
  static func base(_ seed: UInt64) -> JourneyMap {
    var samples = SampleMaps(seed: seed, hostile: seed % 3 == 0)
    return samples.map(steps: 4 + Int(seed % 13), stepsPerStage: 2 + Int(seed % 3))
  }

  static func edited(_ map: JourneyMap, seed: UInt64, count: Int) -> (JourneyMap, [String]) {
    var edits = RandomEdits(seed: seed)
    var map = map
    let done = edits.apply(count, to: &map)
    return (map, done)
  }

  @Test func identityLaws() throws {
    for seed in UInt64(1)...60 {
      let base = Self.base(seed)
      let (x, _) = Self.edited(base, seed: seed, count: 1 + Int(seed % 8))
      try #require(MapValidator.validate(x).isEmpty, "the generator made an invalid map (seed \(seed))")
      for (ours, theirs) in [(base, x), (x, base), (x, x)] {
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.map == x && result.conflicts.isEmpty && result.repairs.isEmpty, "seed \(seed)")
      }
    }
  }

  @Test func randomEditPairs() throws {
    let seeds: ClosedRange<UInt64> = 1...1_000
    var failures = 0
    var conflicted = 0
    for seed in seeds {
      let base = Self.base(seed)
      let (ours, oursDid) = Self.edited(base, seed: seed &* 2 &+ 1, count: 1 + Int(seed % 9))
      let (theirs, theirsDid) = Self.edited(base, seed: seed &* 2 &+ 2, count: 1 + Int((seed / 9) % 9))
      try #require(MapValidator.validate(ours).isEmpty && MapValidator.validate(theirs).isEmpty, "seed \(seed): the generator made an invalid map")
      let problems = try MergeCheck(base: base, ours: ours, theirs: theirs).problems()
      if !problems.isEmpty {
        failures += 1
        if failures <= 5 {
          let details = problems.prefix(8).joined(separator: "\n")
          Issue.record("seed \(seed)\nours: \(oursDid)\ntheirs: \(theirsDid)\n\(details)")
        }
      }
      if !MapMerge.merge(base: base, ours: ours, theirs: theirs).conflicts.isEmpty { conflicted += 1 }
    }
    #expect(failures == 0, "\(failures) of \(seeds.count) seeds failed")
    // The edits must produce conflicts often enough for the conflict checks to mean something.
    #expect(conflicted > seeds.count / 10, "only \(conflicted) merges had conflicts")
  }
}

/// Every property of one merge, as a list of what is wrong.
struct MergeCheck {
  let base: JourneyMap
  let ours: JourneyMap
  let theirs: JourneyMap

  func problems() throws -> [String] {
    var problems: [String] = []
    let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
    let map = result.map
    if !result.repairs.isEmpty { problems.append("the final check repaired: \(result.repairs)") }

    // Valid apart from recorded conflicts, and canonical.
    let issues = MapValidator.validate(map)
    for issue in issues where !issue.isUnresolvedConflict { problems.append("invalid: \(issue.path) \(issue.message)") }
    if issues.count != result.conflicts.count + issues.filter({ !$0.isUnresolvedConflict }).count {
      problems.append("\(result.conflicts.count) conflicts but \(issues.filter(\.isUnresolvedConflict).count) reported")
    }
    let bytes = MapEncoder.encode(map)
    let loaded = MapLoader.load(bytes)
    if let reloaded = loaded.mapWithConflicts {
      if MapEncoder.encode(reloaded) != bytes { problems.append("not canonical: encode → load → encode differs") }
      if reloaded != map { problems.append("the map read back differs from the merged map") }
      if MergeConflict.recorded(in: reloaded) != result.conflicts { problems.append("the conflicts read back differ") }
    } else {
      problems.append("does not load: \(loaded.problems.prefix(3).map(\.description))")
    }

    // The same both ways round.
    let swapped = MapMerge.merge(base: base, ours: theirs, theirs: ours)
    let mine = result.conflicts.map(Self.key).sorted()
    let others = swapped.conflicts.map { Self.key($0.swapped) }.sorted()
    if mine != others { problems.append("conflicts differ with the sides swapped:\n  \(mine)\n  \(others)") }
    if result.conflicts.isEmpty && swapped.map != map { problems.append("the map differs with the sides swapped") }

    problems += intents(map, result.conflicts)
    problems += orders(map, result.conflicts)

    // Settling: all ours, all theirs, and one by one as in the editor; each step valid. Taking
    // a side gives the same map from either merge, except where places differ: for an order
    // conflict the other side's additions went next to neighbours in the kept order, and for a
    // step both put in different stages (moved, or added with one id) the file kept one side's
    // place for it.
    let placedByOneSide = result.conflicts.contains {
      $0.kind == .order || $0.path.hasSuffix("].stage")
        || ($0.path.hasPrefix("$.steps[id=") && $0.path.hasSuffix("]") && $0.base == nil && $0.ours != nil && $0.theirs != nil)
    }
    for side in [ConflictResolver.Side.ours, .theirs] {
      let settled = try ConflictResolver.resolve(map, choosing: side)
      for issue in MapValidator.validate(settled.map) { problems.append("settled with \(side): \(issue.path) \(issue.message)") }
      let other = try ConflictResolver.resolve(swapped.map, choosing: side == .ours ? .theirs : .ours)
      if other.map != settled.map && !placedByOneSide {
        problems.append("settling with \(side) differs from settling the swapped merge the other way")
      }
    }
    var state = map
    var pick = result.conflicts.count
    while !MergeConflict.recorded(in: state).isEmpty {
      pick = pick &* 1_103_515_245 &+ 12_345
      let count = MergeConflict.recorded(in: state).count
      let side: ConflictResolver.Side = pick % 2 == 0 ? .ours : .theirs
      state = try ConflictResolver.resolve(state, choosing: side, only: [abs(pick / 2) % count]).map
      for issue in MapValidator.validate(state) where !issue.isUnresolvedConflict {
        problems.append("settled one by one: \(issue.path) \(issue.message)")
      }
      if MergeConflict.recorded(in: state).count != count - 1 { problems.append("settling one conflict did not remove it") }
    }
    return problems
  }

  static func key(_ c: MergeConflict) -> String {
    "\(c.path) \(c.kind) ours=\(String(describing: c.ours)) theirs=\(String(describing: c.theirs)) base=\(String(describing: c.base)) +ours=\(c.withOurs) +theirs=\(c.withTheirs)"
  }

  /// Every fact one side changed is in the merge (unless a conflict covers it), what both
  /// deleted stays deleted, and nothing is invented.
  func intents(_ map: JourneyMap, _ conflicts: [MergeConflict]) -> [String] {
    var problems: [String] = []
    let b = MapFacts(base).values
    let o = MapFacts(ours).values
    let t = MapFacts(theirs).values
    let m = MapFacts(map).values
    let covering = conflicts.filter { $0.kind == .value }.map(\.path)
    func covered(_ key: String) -> Bool {
      covering.contains { key == $0 || key.hasPrefix($0 + ".") || key.hasPrefix($0 + "[") || key.hasPrefix($0 + "∋") }
    }
    for (name, side, other) in [("ours", o, t), ("theirs", t, o)] {
      for key in Set(b.keys).union(side.keys) where side[key] != b[key] && !covered(key) {
        if other[key] == b[key] || other[key] == side[key] {
          if m[key] != side[key] { problems.append("\(name) made \(key) = \(side[key] ?? "(none)"), the merge has \(m[key] ?? "(none)")") }
        } else {
          problems.append("both changed \(key) differently and no conflict says so")
        }
      }
    }
    for key in b.keys where o[key] == nil && t[key] == nil && m[key] != nil { problems.append("both deleted \(key), it came back") }
    for (key, value) in m where value != b[key] && value != o[key] && value != t[key] {
      problems.append("\(key) = \(value) is on no side")
    }
    return problems
  }

  /// A list one side reordered keeps that order; both reordering it differently is an order
  /// conflict with ours kept.
  func orders(_ map: JourneyMap, _ conflicts: [MergeConflict]) -> [String] {
    var problems: [String] = []
    let b = MapFacts(base).lists
    let o = MapFacts(ours).lists
    let t = MapFacts(theirs).lists
    let m = MapFacts(map).lists
    for (path, baseList) in b {
      guard let oursList = o[path], let theirsList = t[path], let mergedList = m[path] else { continue }
      let common = Set(baseList).intersection(oursList).intersection(theirsList).intersection(mergedList)
      let (bo, oo, to, mo) = (baseList.filter(common.contains), oursList.filter(common.contains), theirsList.filter(common.contains), mergedList.filter(common.contains))
      let expected = oo == bo ? to : oo
      if mo != expected { problems.append("order of \(path): expected \(expected), merged \(mo)") }
      guard oo != bo && to != bo && oo != to else { continue }
      let stage = path.hasPrefix("$.steps@") ? String(path.dropFirst("$.steps@".count)) : nil
      let recorded = conflicts.contains { c in
        guard c.kind == .order else { return false }
        if stage != nil {
          guard c.path == "$.steps", case .array(let ids)? = c.ours else { return false }
          return Set(ids.compactMap { if case .string(let s) = $0 { return s } else { return nil } }) == common
        }
        return c.path == path
      }
      if !recorded { problems.append("both reordered \(path) differently and no order conflict says so") }
    }
    return problems
  }
}
