/// One side of a merge by id, built only when something must be looked up (a reference to
/// repair, a conflict's follow-ups), so that a merge without either pays nothing for it. It
/// holds positions, not copies, so building it costs little even for a large map.
struct SideIndex {
  let map: JourneyMap
  private let touchpointAt: [String: Int]
  private let stageAt: [String: Int]
  private let stepAt: [String: Int]
  private let processAt: [String: Int]
  private let owners: Owners

  /// The step that holds each pain point and opportunity.
  var painPointOwner: [String: String] { owners.painPoints }
  var opportunityOwner: [String: String] { owners.opportunities }

  init(_ map: JourneyMap) {
    self.map = map
    touchpointAt = MergedList.positions(map.touchpoints)
    stageAt = MergedList.positions(map.stages)
    stepAt = MergedList.positions(map.steps)
    processAt = MergedList.positions(map.processes)
    owners = Owners(map.steps)
  }

  /// Built on first use only: most merges never look up a pain point.
  private final class Owners {
    let steps: [Step]
    init(_ steps: [Step]) { self.steps = steps }

    lazy var painPoints: [String: String] = {
      var result: [String: String] = [:]
      for i in steps.indices {
        for p in steps[i].painPoints where result[p.id] == nil { result[p.id] = steps[i].id }
      }
      return result
    }()

    lazy var opportunities: [String: String] = {
      var result: [String: String] = [:]
      for i in steps.indices {
        for o in steps[i].opportunities where result[o.id] == nil { result[o.id] = steps[i].id }
      }
      return result
    }()
  }

  func touchpoint(_ id: String) -> Touchpoint? { touchpointAt[id].map { map.touchpoints[$0] } }
  func stage(_ id: String) -> Stage? { stageAt[id].map { map.stages[$0] } }
  func step(_ id: String) -> Step? { stepAt[id].map { map.steps[$0] } }
  func process(_ id: String) -> BackstageProcess? { processAt[id].map { map.processes[$0] } }

  func painPoint(_ id: String) -> PainPoint? {
    guard let owner = painPointOwner[id], let i = stepAt[owner] else { return nil }
    return map.steps[i].painPoints.first { $0.id == id }
  }

  func opportunity(_ id: String) -> Opportunity? {
    guard let owner = opportunityOwner[id], let i = stepAt[owner] else { return nil }
    return map.steps[i].opportunities.first { $0.id == id }
  }
}

/// The three sides of a merge, each indexed on first use.
struct MergeSides {
  let base: JourneyMap
  let ours: JourneyMap
  let theirs: JourneyMap
  private var indexes: [SideIndex?] = [nil, nil, nil]

  init(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) {
    self.base = base
    self.ours = ours
    self.theirs = theirs
  }

  enum Which: Int, CaseIterable {
    case base, ours, theirs
  }

  mutating func index(_ side: Which) -> SideIndex {
    if let index = indexes[side.rawValue] { return index }
    let index = SideIndex(side == .base ? base : side == .ours ? ours : theirs)
    indexes[side.rawValue] = index
    return index
  }
}
