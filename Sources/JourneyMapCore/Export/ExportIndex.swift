/// Lookups every exporter needs, built once per export in one pass over the map, so that no
/// exporter ever scans the whole map for one step (which made exports quadratic). Per-step
/// facts are arrays indexed like `map.steps`: one hash of each id, not one per lookup.
struct ExportIndex: Sendable {
  let map: JourneyMap
  /// Indices into `map.steps` in journey order.
  let order: [Int]
  let touchpoints: [String: Touchpoint]
  let stepByID: [String: Int]
  /// Position of each step in the journey (1-based), by index into `map.steps`.
  let numbers: [Int]
  /// The stage (index into `map.stages`) of each step, by index into `map.steps`.
  let stageOf: [Int?]
  /// The processes (indices into `map.processes`) serving each step, in map order.
  let processesOf: [[Int]]
  /// Indices into `map.steps` of each stage's steps, in journey order, by stage index.
  let stepsByStage: [[Int]]
  /// Indices into `map.processes` of each lane's processes, in map order.
  let processesByLane: [ProcessLane: [Int]]

  init(_ map: JourneyMap) {
    self.map = map
    order = map.stepIndicesInJourneyOrder
    var touchpoints: [String: Touchpoint] = [:]
    touchpoints.reserveCapacity(map.touchpoints.count)
    for t in map.touchpoints { touchpoints[t.id] = t }
    self.touchpoints = touchpoints
    var stageIndex: [String: Int] = [:]
    stageIndex.reserveCapacity(map.stages.count)
    for (i, s) in map.stages.enumerated() { stageIndex[s.id] = i }
    var stepByID: [String: Int] = [:]
    stepByID.reserveCapacity(map.steps.count)
    var numbers = Array(repeating: 0, count: map.steps.count)
    var stageOf = [Int?](repeating: nil, count: map.steps.count)
    var stepsByStage = Array(repeating: [Int](), count: map.stages.count)
    for (n, i) in order.enumerated() {
      stepByID[map.steps[i].id] = i
      numbers[i] = n + 1
      if let s = stageIndex[map.steps[i].stage] {
        stageOf[i] = s
        stepsByStage[s].append(i)
      }
    }
    self.stepByID = stepByID
    self.numbers = numbers
    self.stageOf = stageOf
    self.stepsByStage = stepsByStage
    var processesOf = Array(repeating: [Int](), count: map.steps.count)
    var processesByLane: [ProcessLane: [Int]] = [:]
    for (p, process) in map.processes.enumerated() {
      processesByLane[process.lane, default: []].append(p)
      for id in process.steps {
        if let i = stepByID[id] { processesOf[i].append(p) }
      }
    }
    self.processesOf = processesOf
    self.processesByLane = processesByLane
  }

  /// The processes serving a step, in map order.
  func processes(of step: Step) -> [Int] { stepByID[step.id].map { processesOf[$0] } ?? [] }

  /// The processes of one lane, in map order.
  func processes(in lane: ProcessLane) -> [Int] { processesByLane[lane] ?? [] }

  func touchpointText(_ id: String) -> String {
    guard let t = touchpoints[id] else { return ExportText.clean(id) }
    return "\(ExportText.clean(t.channel)): \(ExportText.clean(t.name))"
  }
}
