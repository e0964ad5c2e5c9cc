import JourneyMapCore

/// The one-line capture: `o` opens a line at the bottom; what is typed there becomes a whole
/// step on Enter — title, thoughts, feeling, touchpoints, moment of truth, pain points,
/// opportunities with owners, processes — in the grammar of ``StepCapture``, shown parsed as it
/// is typed. One undo takes the whole step back.
extension EditorState {
  /// `o`/`O`: opens the capture line for a new step after or before this one.
  mutating func startCapture(after: Bool) {
    guard currentStage != nil || !map.stages.isEmpty else {
      inform("\(key(.addStage)) adds a stage first")
      return
    }
    openPrompt(.capture(after: after), label: "New step:")
  }

  /// Whether a step holds nothing at all (the empty steps of a starter map): a capture fills it
  /// instead of adding a step beside it.
  func isBlank(_ step: Step) -> Bool {
    step.title.isEmpty && step.description.isEmpty && step.thoughts.isEmpty && step.feeling == nil && step.touchpoints.isEmpty
      && step.momentOfTruth == nil && step.painPoints.isEmpty && step.opportunities.isEmpty && step.metrics.isEmpty
      && step.evidence == nil && step.notes.isEmpty && step.extensions.isEmpty
      && !map.processes.contains { $0.steps.contains(step.id) }
  }

  /// Files a captured line as one step, in one undo step.
  mutating func capture(_ line: String, after: Bool) {
    let parsed = StepCapture.parse(line)
    guard !parsed.isEmpty else { return }
    var changes: [MapChange] = []
    var notes: [String] = []

    // The stage: named (an existing one, or a new one after this stage), or this one.
    var stages = map.stages
    var stageIndex = currentStage ?? max(0, stages.count - 1)
    if let name = parsed.stage {
      if let existing = stages.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
        stageIndex = existing
      } else {
        stageIndex = stages.isEmpty ? 0 : stageIndex + 1
        stages.insert(Stage(id: mintID(.stage), name: name), at: stageIndex)
        changes.append(.setStages(stages))
        notes.append("new stage “\(name)”")
      }
    }
    guard stages.indices.contains(stageIndex) else { return }

    // Touchpoints: an existing one by name, or a new one.
    var touchpoints = map.touchpoints
    var touchpointIDs: [String] = []
    for t in parsed.touchpoints {
      if let existing = t.existing(in: touchpoints) {
        touchpointIDs.append(existing.id)
      } else {
        let new = JourneyMapCore.Touchpoint(id: mintID(.touchpoint), channel: t.channel ?? Self.unknownChannel, name: t.name)
        touchpoints.append(new)
        touchpointIDs.append(new.id)
      }
    }
    if touchpoints != map.touchpoints { changes.append(.setTouchpoints(touchpoints)) }

    // The step. A blank step here (a starter map's) gives way to it: removed, and the new step
    // put in its place, rather than filled — so two editors capturing at once each add their own
    // step instead of both changing the same one.
    let stageID = stages[stageIndex].id
    var index: Int
    var replacing: Int? = nil
    if let current = currentStep, map.steps[current].stage == stageID {
      if isBlank(map.steps[current]) {
        index = current
        replacing = current
      } else {
        index = after ? current + 1 : current
      }
    } else if let last = map.steps.lastIndex(where: { $0.stage == stageID }) {
      // Another stage, named in the line: its blank step gives way too, wherever the cursor is.
      index = isBlank(map.steps[last]) ? last : last + 1
      if isBlank(map.steps[last]) { replacing = last }
    } else {
      index = map.steps.firstIndex { s in (stages.firstIndex { $0.id == s.stage } ?? 0) > stageIndex } ?? map.steps.count
    }
    var step = Step(id: mintID(.step), stage: stageID)
    step.title = parsed.title
    step.thoughts += parsed.thoughts
    if let feeling = parsed.feeling { step.feeling = feeling }
    for id in touchpointIDs where !step.touchpoints.contains(id) { step.touchpoints.append(id) }
    if let reason = parsed.moment { step.momentOfTruth = MomentOfTruth(reason: reason) }
    step.painPoints += parsed.painPoints.map { PainPoint(id: mintID(.painPoint), text: $0) }
    // Ideas said in the same breath as pain points answer them: linked, so that lint and the
    // actions list see what each idea addresses without an `r` for each.
    let painPointIDs = step.painPoints.map(\.id)
    step.opportunities += parsed.opportunities.map {
      Opportunity(id: mintID(.opportunity), text: $0.text, owner: $0.owner, addresses: painPointIDs)
    }
    if let replacing { changes.append(.removeStep(replacing)) }
    changes.append(.insertStep(index, step))

    // Processes: an existing one by title is linked, a new one made in its lane.
    var processes = map.processes
    for p in parsed.processes {
      if let existing = processes.firstIndex(where: { $0.title.lowercased() == p.title.lowercased() }) {
        if !processes[existing].steps.contains(step.id) { processes[existing].steps.append(step.id) }
        if processes[existing].owner.isEmpty { processes[existing].owner = p.owner }
        if processes[existing].system.isEmpty { processes[existing].system = p.system }
      } else {
        processes.append(
          BackstageProcess(id: mintID(.process), lane: p.lane ?? .backstage, title: p.title, owner: p.owner, system: p.system, steps: [step.id]))
      }
    }
    if processes != map.processes {
      changes.append(.setProcesses(processes))
      options.showBackstage = true
    }

    commit(.batch(changes), label: "Capture step")
    if let column = columns.items.firstIndex(of: .step(map.steps.firstIndex { $0.id == step.id } ?? index)) {
      cursor = Cursor(lane: .step, column: column, item: 0)
    }
    inform("Captured “\(parsed.title.isEmpty ? "untitled step" : parsed.title)”: " + Self.summary(parsed, notes: notes))
  }

  /// The channel of a touchpoint captured without one; `:channel` sets it later.
  static let unknownChannel = "other"

  static func summary(_ c: StepCapture, notes: [String]) -> String {
    var parts = notes
    func count(_ n: Int, _ noun: String, _ plural: String) { if n > 0 { parts.append(n == 1 ? "1 \(noun)" : "\(n) \(plural)") } }
    count(c.thoughts.count, "thought", "thoughts")
    if let f = c.feeling { parts.append("feeling \(f.score > 0 ? "+" : "")\(f.score)") }
    count(c.touchpoints.count, "touchpoint", "touchpoints")
    if c.moment != nil { parts.append("★ moment of truth") }
    count(c.painPoints.count, "pain point", "pain points")
    if !c.painPoints.isEmpty && !c.opportunities.isEmpty {
      parts.append(c.opportunities.count == 1 ? "1 opportunity addressing them" : "\(c.opportunities.count) opportunities addressing them")
    } else {
      count(c.opportunities.count, "opportunity", "opportunities")
    }
    count(c.processes.count, "process", "processes")
    return parts.isEmpty ? "title only" : parts.joined(separator: ", ")
  }

  // MARK: Completion while capturing

  /// What the end of the line is naming, for completion: a stage, a touchpoint or a process.
  func captureCandidates(_ text: String) -> [Candidate] {
    if text.hasPrefix("["), !text.contains("]") {
      let typed = text.dropFirst().lowercased()
      return map.stages.filter { typed.isEmpty || $0.name.lowercased().hasPrefix(typed) }
        .map { Candidate(label: "stage: \($0.name)", value: "[" + $0.name + "] ") }
    }
    guard let start = Self.lastSegmentStart(text) else { return [] }
    let sign = text[start]
    let typed = text[text.index(after: start)...].lowercased()
    let prefix = String(text[..<start])
    switch sign {
    case "#":
      return map.touchpoints.filter { typed.isEmpty || $0.name.lowercased().hasPrefix(typed) || "\($0.channel): \($0.name)".lowercased().hasPrefix(typed) }
        .map { Candidate(label: "touchpoint: \($0.channel): \($0.name)", value: prefix + "#" + $0.name + " ") }
    case "&":
      return map.processes.filter { typed.isEmpty || $0.title.lowercased().hasPrefix(typed) }
        .map { Candidate(label: "process: \($0.title) (\($0.lane.rawValue))", value: prefix + "&" + $0.title + " ") }
    default:
      return []
    }
  }

  /// Where the `#` or `&` part being typed at the end of the line starts, if one is.
  static func lastSegmentStart(_ text: String) -> String.Index? {
    var index = text.endIndex
    while index > text.startIndex {
      let before = text.index(before: index)
      let c = text[before]
      if (c == "#" || c == "&") && (before == text.startIndex || text[text.index(before: before)] == " ") { return before }
      // Another part started after it: nothing to complete.
      if "\"*!+".contains(c) && (before == text.startIndex || text[text.index(before: before)] == " ") { return nil }
      index = before
    }
    return nil
  }
}
