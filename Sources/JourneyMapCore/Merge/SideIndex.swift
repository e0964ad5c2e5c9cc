/// One side of a merge by id, built only when something must be looked up (a reference to
/// repair, a conflict's follow-ups), so that a merge without either pays nothing for it.
struct SideIndex {
  let map: JourneyMap
  let touchpoints: [String: Touchpoint]
  let stages: [String: Stage]
  let steps: [String: Step]
  let processes: [String: BackstageProcess]
  /// The step that holds each pain point and opportunity.
  let painPointOwner: [String: String]
  let opportunityOwner: [String: String]

  init(_ map: JourneyMap) {
    self.map = map
    touchpoints = MergedList.byID(map.touchpoints)
    stages = MergedList.byID(map.stages)
    steps = MergedList.byID(map.steps)
    processes = MergedList.byID(map.processes)
    var painPoints: [String: String] = [:]
    var opportunities: [String: String] = [:]
    for step in map.steps {
      for p in step.painPoints where painPoints[p.id] == nil { painPoints[p.id] = step.id }
      for o in step.opportunities where opportunities[o.id] == nil { opportunities[o.id] = step.id }
    }
    painPointOwner = painPoints
    opportunityOwner = opportunities
  }

  func painPoint(_ id: String) -> PainPoint? {
    painPointOwner[id].flatMap { steps[$0] }?.painPoints.first { $0.id == id }
  }

  func opportunity(_ id: String) -> Opportunity? {
    opportunityOwner[id].flatMap { steps[$0] }?.opportunities.first { $0.id == id }
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
    var name: String { self == .ours ? "ours" : self == .theirs ? "theirs" : "base" }
    var other: Which { self == .ours ? .theirs : .ours }
  }

  mutating func index(_ side: Which) -> SideIndex {
    if let index = indexes[side.rawValue] { return index }
    let index = SideIndex(side == .base ? base : side == .ours ? ours : theirs)
    indexes[side.rawValue] = index
    return index
  }
}
