/// Lookups every exporter needs, built once per export in one pass over the map, so that no
/// exporter ever scans the whole map for one step (which made exports quadratic).
struct ExportIndex {
  let map: JourneyMap
  /// Indices into `map.steps` in journey order.
  let order: [Int]
  let touchpoints: [String: Touchpoint]
  let stageOfStep: [String: Int]
  let stepByID: [String: Int]
  /// Step id → processes serving it, in map order.
  let processesOfStep: [String: [Int]]
  /// Position of each step in the journey (1-based), by id.
  let number: [String: Int]
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
    var stageOfStep: [String: Int] = [:]
    var stepByID: [String: Int] = [:]
    var number: [String: Int] = [:]
    stageOfStep.reserveCapacity(map.steps.count)
    stepByID.reserveCapacity(map.steps.count)
    number.reserveCapacity(map.steps.count)
    var stepsByStage = Array(repeating: [Int](), count: map.stages.count)
    for (n, i) in order.enumerated() {
      let step = map.steps[i]
      stepByID[step.id] = i
      number[step.id] = n + 1
      if let s = stageIndex[step.stage] {
        stageOfStep[step.id] = s
        stepsByStage[s].append(i)
      }
    }
    self.stageOfStep = stageOfStep
    self.stepByID = stepByID
    self.number = number
    self.stepsByStage = stepsByStage
    var processesOfStep: [String: [Int]] = [:]
    var processesByLane: [ProcessLane: [Int]] = [:]
    for (p, process) in map.processes.enumerated() {
      processesByLane[process.lane, default: []].append(p)
      for id in process.steps { processesOfStep[id, default: []].append(p) }
    }
    self.processesOfStep = processesOfStep
    self.processesByLane = processesByLane
  }

  /// The processes serving a step, in map order.
  func processes(of step: Step) -> [Int] { processesOfStep[step.id] ?? [] }

  /// The processes of one lane, in map order.
  func processes(in lane: ProcessLane) -> [Int] { processesByLane[lane] ?? [] }

  func touchpointText(_ id: String) -> String {
    guard let t = touchpoints[id] else { return ExportText.clean(id) }
    return "\(ExportText.clean(t.channel)): \(ExportText.clean(t.name))"
  }
}
