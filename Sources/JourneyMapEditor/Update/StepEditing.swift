import JourneyMapCore

extension EditorState {
  /// Where a new step for a stage goes in the (stage-grouped) step list: after the stage's
  /// last step, or where its steps would start.
  func insertionIndex(endOf stage: Int) -> Int {
    let range = columns.stageRanges[stage]
    for column in range.reversed() {
      if case .step(let i) = columns.items[column] { return i + 1 }
    }
    // Empty stage: after the last step of any earlier stage.
    for column in (0..<range.lowerBound).reversed() {
      if case .step(let i) = columns.items[column] { return i + 1 }
    }
    return 0
  }

  /// `o`/`O`: a new empty step next to this one, title ready to type.
  mutating func insertStep(after: Bool) {
    guard let stage = currentStage else {
      inform("S adds a stage first")
      return
    }
    let index: Int
    if let step = currentStep { index = after ? step + 1 : step } else { index = insertionIndex(endOf: stage) }
    let step = Step(id: mintID(.step), stage: map.stages[stage].id)
    let before = cursor
    commit(.insertStep(index, step), label: "Insert step", cursorBefore: before)
    cursor.column = columns.columnOfStep[index]
    cursor.lane = .step
    cursor.item = 0
    startEdit(.text(lane: .step, step: index), "")
  }

  /// `Y`: a copy of the step right after it, with fresh ids, serving the same processes.
  mutating func duplicateStep() {
    guard let index = currentStep else { return }
    let original = map.steps[index]
    var copy = original
    copy.id = mintID(.step)
    var renamed: [String: String] = [:]
    for p in copy.painPoints.indices {
      let id = mintID(.painPoint)
      renamed[copy.painPoints[p].id] = id
      copy.painPoints[p].id = id
    }
    for o in copy.opportunities.indices {
      let id = mintID(.opportunity)
      copy.opportunities[o].id = id
      copy.opportunities[o].addresses = copy.opportunities[o].addresses.map { renamed[$0] ?? $0 }
    }
    var processes = map.processes
    for p in processes.indices where processes[p].steps.contains(original.id) { processes[p].steps.append(copy.id) }
    commit(.batch([.insertStep(index + 1, copy), .setProcesses(processes)]), label: "Duplicate step")
    cursor.column = columns.columnOfStep[index + 1]
    inform("Duplicated the step")
  }

  /// `D`: deletes the step, unlinks it from processes (deleting processes that served only it),
  /// and removes references to its pain points. One undo step brings everything back.
  mutating func deleteStep() {
    guard let index = currentStep else {
      inform("No step here")
      return
    }
    let step = map.steps[index]
    let painPointIDs = Set(step.painPoints.map(\.id))
    var changes: [MapChange] = []
    if !painPointIDs.isEmpty {
      for (i, s) in map.steps.enumerated() where i != index && s.opportunities.contains(where: { !painPointIDs.isDisjoint(with: $0.addresses) }) {
        var copy = s
        for o in copy.opportunities.indices { copy.opportunities[o].addresses.removeAll { painPointIDs.contains($0) } }
        changes.append(.setStep(i, copy))
      }
    }
    var processes = map.processes
    var orphaned = 0
    if processes.contains(where: { $0.steps.contains(step.id) }) {
      // Processes that served only this step go with it (undo restores them).
      let servedOnlyThis = Set(processes.filter { $0.steps == [step.id] }.map(\.id))
      for p in processes.indices { processes[p].steps.removeAll { $0 == step.id } }
      processes.removeAll { servedOnlyThis.contains($0.id) }
      orphaned = servedOnlyThis.count
      changes.append(.setProcesses(processes))
    }
    changes.append(.removeStep(index))
    commit(.batch(changes), label: "Delete step")
    var text = "Deleted step “\(step.title.isEmpty ? "untitled" : step.title)”"
    if orphaned > 0 { text += " and \(orphaned) process(es) that served only it" }
    inform(text)
  }

  /// `H`/`L`: move the step one place; at the edge of its stage it crosses into the neighbour.
  mutating func moveStep(by delta: Int) {
    guard let index = currentStep, let stage = currentStage else { return }
    let range = columns.stageRanges[stage]
    let column = cursor.column
    let atEdge = delta < 0 ? column == range.lowerBound : column == range.upperBound - 1
    if !atEdge {
      commit(.moveStep(from: index, to: index + delta), label: "Move step")
      cursor.column = columns.columnOfStep[index + delta]
      return
    }
    let target = stage + delta
    guard map.stages.indices.contains(target) else {
      inform(delta < 0 ? "Already the first step" : "Already the last step")
      return
    }
    // Steps are grouped by stage, so changing the stage keeps the list in order: the step
    // becomes the last of the previous stage, or the first of the next.
    var step = map.steps[index]
    step.stage = map.stages[target].id
    commit(.setStep(index, step), label: "Move step to \(map.stages[target].name)")
    cursor.column = columns.columnOfStep[index]
    inform("Moved into stage “\(map.stages[target].name)”")
  }

  /// `m`: move the step to the end of another stage.
  mutating func moveStepToStage(named name: String) {
    guard let index = currentStep else { return }
    guard let target = findStage(name) else {
      warn("No stage called “\(name)”")
      return
    }
    moveStep(index, toStage: target)
  }

  mutating func moveStep(_ index: Int, toStage target: Int) {
    var step = map.steps[index]
    guard step.stage != map.stages[target].id else {
      inform("The step is already in “\(map.stages[target].name)”")
      return
    }
    step.stage = map.stages[target].id
    var destination = insertionIndex(endOf: target)
    if destination > index { destination -= 1 }
    commit(.batch([.moveStep(from: index, to: destination), .setStep(destination, step)]), label: "Move step to stage")
    cursor.column = columns.columnOfStep[destination]
    inform("Moved to stage “\(map.stages[target].name)”")
  }

  func findStage(_ name: String) -> Int? {
    let wanted = name.lowercased()
    return map.stages.firstIndex { $0.name.lowercased() == wanted || $0.id == name }
      ?? map.stages.firstIndex { $0.name.lowercased().hasPrefix(wanted) }
  }
}
