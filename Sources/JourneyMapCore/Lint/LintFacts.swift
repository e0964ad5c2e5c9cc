/// What the rules need to know about the whole map while looking at one part of it: which pain
/// points something addresses, which lanes serve a step, how many steps a stage has, and the
/// current-state map. Given as lookups so that the command builds them once from the map and
/// the editor answers them from indices it keeps up to date, without a pass over the map per
/// keystroke.
public struct LintFacts {
  /// The lanes whose processes serve a step.
  public struct Lanes: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let frontstage = Lanes(rawValue: 1)
    public static let backstage = Lanes(rawValue: 2)
    public static let support = Lanes(rawValue: 4)

    public init(_ lane: ProcessLane) {
      switch lane {
      case .frontstage: self = .frontstage
      case .backstage: self = .backstage
      case .support: self = .support
      }
    }
  }

  public var state: MapState
  public var isAddressed: (String) -> Bool
  public var lanesServing: (String) -> Lanes
  public var stepCount: (String) -> Int
  /// The current-state map this one is compared with, when it is known and loaded.
  public var current: CurrentMap?
  /// Whether the map names a current-state map (`x-lint.current`), loaded or not: the editor
  /// does not load it, and must not then say that none is named.
  public var namesCurrent: Bool

  public init(
    state: MapState, isAddressed: @escaping (String) -> Bool, lanesServing: @escaping (String) -> Lanes,
    stepCount: @escaping (String) -> Int, current: CurrentMap?, namesCurrent: Bool
  ) {
    self.state = state
    self.isAddressed = isAddressed
    self.lanesServing = lanesServing
    self.stepCount = stepCount
    self.current = current
    self.namesCurrent = namesCurrent
  }

  /// Facts built from the map in one pass.
  public init(_ map: JourneyMap, current: JourneyMap? = nil) {
    var addressed = Set<String>()
    var steps: [String: Int] = [:]
    // By index: iterating the steps would copy each one.
    for i in map.steps.indices {
      steps[map.steps[i].stage, default: 0] += 1
      for o in map.steps[i].opportunities { addressed.formUnion(o.addresses) }
    }
    var lanes: [String: Lanes] = [:]
    for process in map.processes {
      for step in process.steps { lanes[step, default: []].insert(Lanes(process.lane)) }
    }
    self.init(
      state: map.state, isAddressed: { addressed.contains($0) }, lanesServing: { lanes[$0] ?? [] },
      stepCount: { steps[$0] ?? 0 }, current: current.map(CurrentMap.init),
      namesCurrent: current != nil || LintSettings(map).current != nil)
  }

  /// What the comparison with the current-state map uses: its name and its steps' feelings.
  public struct CurrentMap: Sendable {
    public var id: String
    public var title: String
    public var stepIDs: Set<String>
    public var feelings: [String: Int]

    public init(_ map: JourneyMap) {
      id = map.id
      title = map.title
      stepIDs = Set(map.steps.map(\.id))
      var feelings: [String: Int] = [:]
      for step in map.steps { if let score = step.feeling?.score { feelings[step.id] = score } }
      self.feelings = feelings
    }
  }
}
