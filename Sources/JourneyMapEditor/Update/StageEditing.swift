import JourneyMapCore

extension EditorState {
  /// `S`: a new stage after the current one, with one empty step so it shows as a column.
  mutating func addStage(named name: String) {
    let name = name.nfc
    let position = (currentStage ?? (map.stages.count - 1)) + 1
    var stages = map.stages
    let stage = Stage(id: mintID(.stage), name: name)
    stages.insert(stage, at: position)
    // The new step goes after every step of the stages before the new one.
    let stepIndex = map.steps.firstIndex { s in
      (map.stages.firstIndex { $0.id == s.stage } ?? 0) >= position
    } ?? map.steps.count
    let step = Step(id: mintID(.step), stage: stage.id)
    commit(.batch([.setStages(stages), .insertStep(stepIndex, step)]), label: "Add stage")
    cursor.column = columns.columnOfStep[stepIndex]
    cursor.lane = .step
    startEdit(.text(lane: .step, step: stepIndex), "")
    inform("Stage “\(name)” added: type its first step")
  }

  mutating func renameStage(to name: String) {
    guard let stage = currentStage else { return }
    var stages = map.stages
    stages[stage].name = name.nfc
    commit(.setStages(stages), label: "Rename stage")
  }

  mutating func setStageDescription(_ text: String) {
    guard let stage = currentStage else { return }
    var stages = map.stages
    stages[stage].description = text.nfc
    commit(.setStages(stages), label: "Describe stage")
  }

  /// `<`/`>`: swap the stage with its neighbour; its steps move with it.
  mutating func moveStage(by delta: Int) {
    guard let stage = currentStage else { return }
    let target = stage + delta
    guard map.stages.indices.contains(target) else {
      inform(delta < 0 ? "Already the first stage" : "Already the last stage")
      return
    }
    let offsetInStage = cursor.column - columns.stageRanges[stage].lowerBound
    var stages = map.stages
    stages.swapAt(stage, target)
    var rank: [String: Int] = [:]
    for (i, s) in stages.enumerated() { rank[s.id] = i }
    let steps = map.steps.enumerated().sorted {
      let a = rank[$0.element.stage] ?? Int.max
      let b = rank[$1.element.stage] ?? Int.max
      return a != b ? a < b : $0.offset < $1.offset
    }.map(\.element)
    commit(.batch([.setStages(stages), .setSteps(steps)]), label: "Move stage")
    cursor.column = columns.stageRanges[target].lowerBound + offsetInStage
    clampCursor()
  }

  /// `X`: asks what to do with the stage's steps before deleting it.
  mutating func askDeleteStage() {
    guard let stage = currentStage else { return }
    let name = map.stages[stage].name
    let stepCount = columns.stageRanges[stage].filter { if case .step = columns.items[$0] { return true } else { return false } }.count
    if stepCount == 0 {
      deleteStage(stage, keepSteps: false)
      return
    }
    let neighbour = stage > 0 ? stage - 1 : stage + 1
    var question = "Delete stage “\(name)” and its \(stepCount) step(s)? y deletes them"
    if map.stages.indices.contains(neighbour) {
      question += " · m moves them to “\(map.stages[neighbour].name)”"
    }
    question += " · n keeps the stage"
    mode = .confirm(Confirmation(kind: .deleteStage(stageIndex: stage), question: question))
  }

  mutating func deleteStage(_ stage: Int, keepSteps: Bool) {
    let removed = map.stages[stage]
    var stages = map.stages
    stages.remove(at: stage)
    let neighbour = stage > 0 ? stage - 1 : stage  // index after removal
    var changes: [MapChange] = [.setStages(stages)]
    if keepSteps && !stages.isEmpty {
      let target = stages[neighbour].id
      var steps = map.steps
      for i in steps.indices where steps[i].stage == removed.id { steps[i].stage = target }
      var rank: [String: Int] = [:]
      for (i, s) in stages.enumerated() { rank[s.id] = i }
      steps = steps.enumerated().sorted {
        let a = rank[$0.element.stage] ?? Int.max
        let b = rank[$1.element.stage] ?? Int.max
        return a != b ? a < b : $0.offset < $1.offset
      }.map(\.element)
      changes.append(.setSteps(steps))
    } else {
      let doomed = Set(map.steps.filter { $0.stage == removed.id }.map(\.id))
      let doomedPainPoints = Set(map.steps.filter { doomed.contains($0.id) }.flatMap { $0.painPoints.map(\.id) })
      var steps = map.steps.filter { !doomed.contains($0.id) }
      for i in steps.indices {
        for o in steps[i].opportunities.indices { steps[i].opportunities[o].addresses.removeAll { doomedPainPoints.contains($0) } }
      }
      var processes = map.processes
      let servedOnlyDoomed = Set(processes.filter { !$0.steps.isEmpty && $0.steps.allSatisfy(doomed.contains) }.map(\.id))
      for p in processes.indices { processes[p].steps.removeAll { doomed.contains($0) } }
      processes.removeAll { servedOnlyDoomed.contains($0.id) }
      changes.append(.setSteps(steps))
      changes.append(.setProcesses(processes))
    }
    commit(.batch(changes), label: "Delete stage")
    if !stages.isEmpty {
      // The stage that took its place (so a second X deletes the next one, as the room sees it);
      // with its steps kept, the stage they went to.
      let next = keepSteps ? neighbour : min(stage, stages.count - 1)
      cursor.column = columns.stageRanges[next].lowerBound
      cursor.lane = .step
      clampCursor()
    }
    inform("Deleted stage “\(removed.name)”\(keepSteps ? "; its steps moved" : "")")
  }
}
