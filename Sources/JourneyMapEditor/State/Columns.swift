import JourneyMapCore

/// A column of the grid: a step, or an empty stage (which must stay visible and reachable so
/// that the room can add steps to it).
public enum Column: Equatable, Sendable {
  case step(Int)
  case emptyStage(Int)
}

/// Facts derived from the map that drawing and moving need on every keystroke: which column is
/// which step, where each stage spans, which processes serve each step. Recomputed once per
/// change, never per keystroke.
public struct Columns: Sendable {
  public private(set) var items: [Column] = []
  /// The stage index of each column.
  public private(set) var stageOfColumn: [Int] = []
  /// The column range of each stage.
  public private(set) var stageRanges: [Range<Int>] = []
  /// Step index → column.
  public private(set) var columnOfStep: [Int] = []
  /// Step id → step index.
  public private(set) var indexOfStep: [String: Int] = [:]
  /// The number of steps in the columns before each column, and one more entry for the end:
  /// how many steps lie off an edge of the view, without counting empty stages.
  public private(set) var stepsBefore: [Int] = [0]
  /// Step index → indices of the processes that serve it, in map order. By index, not by id:
  /// a table of arrays keyed by id cost an insertion and an array per step on every change.
  private var processesByStep: [[Int]] = []

  init() {}

  /// Assumes steps are grouped by stage in stage order (see ``EditorState/normalise``).
  init(_ map: JourneyMap) {
    var stageIndex: [String: Int] = [:]
    for (i, stage) in map.stages.enumerated() { stageIndex[stage.id] = i }
    columnOfStep = Array(repeating: 0, count: map.steps.count)
    var stepCursor = 0
    for s in map.stages.indices {
      let start = items.count
      while stepCursor < map.steps.count, stageIndex[map.steps[stepCursor].stage] == s {
        columnOfStep[stepCursor] = items.count
        items.append(.step(stepCursor))
        stageOfColumn.append(s)
        stepCursor += 1
      }
      if items.count == start {
        items.append(.emptyStage(s))
        stageOfColumn.append(s)
      }
      stageRanges.append(start..<items.count)
    }
    stepsBefore.reserveCapacity(items.count + 1)
    var steps = 0
    for item in items {
      if case .step = item { steps += 1 }
      stepsBefore.append(steps)
    }
    indexOfStep.reserveCapacity(map.steps.count)
    for i in map.steps.indices { indexOfStep[map.steps[i].id] = i }
    processesByStep = Array(repeating: [], count: map.steps.count)
    for p in map.processes.indices {
      for step in map.processes[p].steps {
        if let i = indexOfStep[step] { processesByStep[i].append(p) }
      }
    }
  }

  /// The processes that serve the step at `index`, as indices into the map's processes.
  public func processes(ofStepAt index: Int) -> [Int] {
    processesByStep.indices.contains(index) ? processesByStep[index] : []
  }

  /// The processes that serve the step with this id.
  public func processes(ofStep id: String) -> [Int] {
    indexOfStep[id].map(processes(ofStepAt:)) ?? []
  }

  public var count: Int { items.count }

  /// The number of steps in a range of columns.
  public func steps(in range: Range<Int>) -> Int {
    let lower = max(0, min(range.lowerBound, count))
    let upper = max(lower, min(range.upperBound, count))
    return stepsBefore[upper] - stepsBefore[lower]
  }
}
