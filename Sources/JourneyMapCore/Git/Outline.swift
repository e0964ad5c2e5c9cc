/// A line-oriented outline of a map for `git diff` (the textconv driver): one fact per line,
/// headings per stage and step, everything addressed by name and id, so a changed feeling is
/// a one-line change that says which step it belongs to.
public enum Outline {
  public static func text(_ map: JourneyMap) -> String {
    let index = ExportIndex(map)
    var out = ""
    func line(_ s: String) {
      out += s
      out += "\n"
    }
    func clean(_ s: String) -> String { ExportText.clean(s) }
    line("# \(clean(map.title)) (\(map.id))")
    line("state: \(map.state.rawValue)")
    if !map.persona.name.isEmpty { line("persona: \(clean(map.persona.name))") }
    if !map.persona.goal.isEmpty { line("goal: \(clean(map.persona.goal))") }
    if !map.persona.description.isEmpty { line("about the persona: \(clean(map.persona.description))") }
    if !map.scenario.isEmpty { line("scenario: \(clean(map.scenario))") }
    for s in map.stakeholders { line("stakeholder: \(clean(s))") }
    if !map.notes.isEmpty { line("notes: \(clean(map.notes))") }
    if !map.touchpoints.isEmpty {
      line("")
      line("## touchpoints")
      for t in map.touchpoints { line("touchpoint \(t.id): \(clean(t.channel)): \(clean(t.name))") }
    }
    for (s, steps) in index.stepsByStage.enumerated() {
      let stage = map.stages[s]
      line("")
      line("## stage \(stage.id): \(clean(stage.name))")
      if !stage.description.isEmpty { line("description: \(clean(stage.description))") }
      for i in steps {
        let step = map.steps[i]
        line("")
        line("### step \(step.id): \(clean(step.title))")
        if !step.description.isEmpty { line("doing: \(clean(step.description))") }
        for t in step.thoughts { line("thinking: \(clean(t))") }
        if let f = step.feeling { line("feeling: \(ExportText.score(f.score))\(f.word.isEmpty ? "" : " " + clean(f.word))") }
        for t in step.touchpoints { line("touchpoint: \(t) (\(index.touchpointText(t)))") }
        if let m = step.momentOfTruth { line("moment of truth: \(m.reason.isEmpty ? "yes" : clean(m.reason))") }
        for p in step.painPoints { line("pain point \(p.id): \(clean(p.text))") }
        for o in step.opportunities {
          var text = "opportunity \(o.id): \(clean(o.text))"
          if !o.owner.isEmpty { text += " [owner: \(clean(o.owner))]" }
          if !o.addresses.isEmpty { text += " [addresses: \(o.addresses.joined(separator: ", "))]" }
          text += OpportunityTracking.bracketed(o)
          line(text)
        }
        for m in step.metrics { line("metric: \(clean(m.name)) = \(clean(m.value))") }
        if let e = step.evidence { line("evidence: \(e.rawValue)") }
        if !step.notes.isEmpty { line("notes: \(clean(step.notes))") }
        for p in index.processes(of: step) {
          line("served by: \(map.processes[p].id) (\(map.processes[p].lane.rawValue): \(clean(map.processes[p].title)))")
        }
      }
    }
    for process in map.processes {
      line("")
      line("## process \(process.id): \(clean(process.title))")
      line("lane: \(process.lane.rawValue)")
      if !process.owner.isEmpty { line("owner: \(clean(process.owner))") }
      if !process.system.isEmpty { line("system: \(clean(process.system))") }
      if !process.notes.isEmpty { line("notes: \(clean(process.notes))") }
      for step in process.steps { line("serves: \(step)") }
    }
    if let conflicts = map.extensions[MergeConflict.extensionKey], case .array(let items) = conflicts, !items.isEmpty {
      line("")
      line("## unresolved merge conflicts: \(items.count)")
    }
    return out
  }
}
