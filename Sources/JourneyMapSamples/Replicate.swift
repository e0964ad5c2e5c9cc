import JourneyMapCore

extension SampleMaps {
  /// A real map grown to any size by copying its stages, steps and processes, with every id of
  /// copy `k` suffixed `_rk` and every reference (a step's stage and touchpoints are shared, its
  /// pain points, an opportunity's addresses, a process's steps) pointing into the same copy.
  ///
  /// Scaling benchmarks use this rather than random maps: the shape (steps per stage, processes
  /// per step, links) stays that of a real workshop, so cost per step should stay flat.
  ///
  /// - Parameters:
  ///   - steps: the number of steps wanted (the last copy is cut short).
  ///   - spread: how many consecutive copies each copied process serves. With 4, a step is
  ///     served by four times the processes of the original: maps with many processes per step.
  public static func replicated(_ map: JourneyMap, steps count: Int, spread: Int = 1) -> JourneyMap {
    var out = map
    out.stages = []
    out.steps = []
    out.processes = []
    guard !map.steps.isEmpty else { return out }
    let copies = (count + map.steps.count - 1) / map.steps.count
    func suffix(_ id: String, _ copy: Int) -> String { copy == 0 ? id : id + "_r\(copy)" }
    for copy in 0..<copies {
      out.stages += map.stages.map { stage in
        var stage = stage
        stage.id = suffix(stage.id, copy)
        return stage
      }
      for original in map.steps where out.steps.count < count {
        var step = original
        step.id = suffix(step.id, copy)
        step.stage = suffix(step.stage, copy)
        step.painPoints = step.painPoints.map { PainPoint(id: suffix($0.id, copy), text: $0.text, extensions: $0.extensions) }
        step.opportunities = step.opportunities.map { o in
          var o = o
          o.id = suffix(o.id, copy)
          o.addresses = o.addresses.map { suffix($0, copy) }
          return o
        }
        out.steps.append(step)
      }
    }
    let kept = Set(out.steps.map(\.id))
    let pains = Set(out.steps.flatMap { $0.painPoints.map(\.id) })
    for i in out.steps.indices {
      for o in out.steps[i].opportunities.indices { out.steps[i].opportunities[o].addresses.removeAll { !pains.contains($0) } }
    }
    for copy in 0..<copies {
      for original in map.processes {
        var process = original
        process.id = suffix(process.id, copy)
        process.steps = (copy..<min(copies, copy + max(1, spread))).flatMap { c in original.steps.map { suffix($0, c) } }
          .filter { kept.contains($0) }
        out.processes.append(process)
      }
    }
    // Stages of a last copy cut short may be empty; that is a valid map.
    return out
  }
}
