/// Where each step is, for the diff: its index in the file and its number in the journey, by
/// id, plus the journey order. The diff's share of what ``ExportIndex`` builds for exports, in
/// one dictionary instead of five.
struct StepPositions {
  /// Indices into `steps` in journey order.
  let order: [Int]
  /// Step id → (index in `steps`, 1-based position in the journey). A repeated id keeps its
  /// last occurrence in journey order, as the exports do.
  let byID: [String: (index: Int, number: Int)]

  init(_ map: JourneyMap, order: [Int]) {
    self.order = order
    var byID: [String: (index: Int, number: Int)] = [:]
    byID.reserveCapacity(order.count)
    for (n, i) in order.enumerated() { byID[map.steps[i].id] = (i, n + 1) }
    self.byID = byID
  }

  /// Step ids of each stage, in journey order, grouped in one pass.
  func idsByStage(_ map: JourneyMap) -> [String: [String]] {
    var groups: [String: [String]] = [:]
    for i in order { groups[map.steps[i].stage, default: []].append(map.steps[i].id) }
    return groups
  }
}

/// The display titles of a map's steps by id, made on first use: most diffs never need one.
struct LazyStepTitles {
  private let map: JourneyMap
  private var titles: [String: String]?

  init(_ map: JourneyMap) { self.map = map }

  /// The title of the first step with this id, or nil.
  mutating func title(_ id: String) -> String? {
    if titles == nil {
      titles = Dictionary(map.steps.map { ($0.id, ExportText.stepTitle($0)) }, uniquingKeysWith: { x, _ in x })
    }
    return titles?[id]
  }
}
