import JourneyMapCore

/// Real-shaped maps of any size: a map written in a workshop, copied end to end until the
/// journey has the wanted number of steps.
///
/// The benchmark uses these beside the synthetic maps because a real map has the proportions a
/// generator only guesses at: few touchpoints shared by every step, long text, steps with no
/// pain point, processes serving a handful of steps. Each copy gets its own stages, steps,
/// processes, pain points and opportunities, with ids suffixed `-2`, `-3`, …, and every link
/// (a step's stage, a process's steps, an opportunity's pain points) points into the same copy,
/// so the result passes `journeymap check`. Touchpoints are the map's own and stay shared.
public enum Replica {
  public static func replicate(_ map: JourneyMap, steps count: Int) -> JourneyMap {
    precondition(!map.steps.isEmpty, "a map without steps cannot be replicated")
    var result = map
    result.stages = []
    result.steps = []
    result.processes = []
    result.steps.reserveCapacity(count)
    var copy = 1
    while result.steps.count < count {
      let taken = min(map.steps.count, count - result.steps.count)
      append(copy: copy, of: map, steps: taken, to: &result)
      copy += 1
    }
    return result
  }

  /// The id of copy `copy` of an element: the first copy keeps the original ids.
  static func suffixed(_ id: String, _ copy: Int) -> String {
    copy == 1 ? id : "\(id)-\(copy)"
  }

  /// Appends one copy of the map's stages and processes and its first `taken` steps; links to
  /// steps or pain points left out of a partial last copy are dropped with them.
  static func append(copy: Int, of map: JourneyMap, steps taken: Int, to result: inout JourneyMap) {
    let kept = map.steps.prefix(taken)
    let keptSteps = Set(kept.map(\.id))
    let keptPainPoints = Set(kept.flatMap { $0.painPoints.map(\.id) })
    for var stage in map.stages {
      stage.id = suffixed(stage.id, copy)
      result.stages.append(stage)
    }
    for var step in kept {
      step.id = suffixed(step.id, copy)
      step.stage = suffixed(step.stage, copy)
      step.painPoints = step.painPoints.map { point in
        var point = point
        point.id = suffixed(point.id, copy)
        return point
      }
      step.opportunities = step.opportunities.map { opportunity in
        var opportunity = opportunity
        opportunity.id = suffixed(opportunity.id, copy)
        opportunity.addresses = opportunity.addresses.filter(keptPainPoints.contains).map { suffixed($0, copy) }
        return opportunity
      }
      result.steps.append(step)
    }
    for var process in map.processes {
      process.id = suffixed(process.id, copy)
      process.steps = process.steps.filter(keptSteps.contains).map { suffixed($0, copy) }
      result.processes.append(process)
    }
  }
}
