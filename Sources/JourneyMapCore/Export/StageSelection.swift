/// One stage of a map on its own: what `export --stage` draws when the whole map is too large
/// for a renderer, or when a workshop looks at one stage.
extension JourneyMap {
  /// The map restricted to one stage: that stage, its steps in order, the touchpoints they use,
  /// and the processes serving them (each serving only those steps). Opportunities keep only the
  /// pain points of this stage they address, so the result is a valid map. The title names the
  /// stage, so a picture or deck of one stage does not pass for the whole journey.
  public func restricted(toStage stageID: String) -> JourneyMap {
    var out = self
    out.stages = stages.filter { $0.id == stageID }
    guard let stage = out.stages.first else { return out }
    out.title = title + " — " + stage.name
    out.steps = steps.filter { $0.stage == stageID }
    let kept = Set(out.steps.map(\.id))
    var usedTouchpoints = Set<String>()
    var painPoints = Set<String>()
    for step in out.steps {
      usedTouchpoints.formUnion(step.touchpoints)
      for p in step.painPoints { painPoints.insert(p.id) }
    }
    for s in out.steps.indices {
      for o in out.steps[s].opportunities.indices {
        out.steps[s].opportunities[o].addresses.removeAll { !painPoints.contains($0) }
      }
    }
    out.touchpoints = touchpoints.filter { usedTouchpoints.contains($0.id) }
    out.processes = processes.compactMap { process in
      var process = process
      process.steps.removeAll { !kept.contains($0) }
      return process.steps.isEmpty ? nil : process
    }
    return out
  }

  /// The stage a user means: its id, else its exact name, else its name ignoring case. Throws
  /// a message listing the stages when there is none, or when a name is ambiguous.
  public func stage(matching query: String) throws(StageNotFound) -> Stage {
    if let stage = stages.first(where: { $0.id == query }) { return stage }
    for matches in [stages.filter { $0.name == query }, stages.filter { $0.name.lowercased() == query.lowercased() }] {
      if matches.count == 1 { return matches[0] }
      if matches.count > 1 {
        throw StageNotFound(
          description: "\(matches.count) stages are named \"\(ExportText.clean(query))\"; give the id of one: "
            + matches.map(\.id).joined(separator: ", "))
      }
    }
    let known = stages.map { "\(ExportText.cut(ExportText.clean($0.name), to: 60)) (\($0.id))" }
    throw StageNotFound(
      description: "no stage \"\(ExportText.cut(ExportText.clean(query), to: 60))\" in this map; "
        + (known.isEmpty ? "it has no stages" : "its stages are: " + known.joined(separator: ", ")))
  }
}

/// A stage name or id that does not pick exactly one stage.
public struct StageNotFound: Error, CustomStringConvertible, Sendable {
  public var description: String
}
