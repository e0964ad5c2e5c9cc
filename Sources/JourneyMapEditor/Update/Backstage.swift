import JourneyMapCore

extension EditorState {
  /// `a` in a process lane: type a title; picking an existing process links it instead.
  mutating func startNewProcess(_ lane: ProcessLane) {
    openPrompt(.newProcess(lane: lane), label: "New \(lane.rawValue) process (title @owner (system), or pick one to link):")
  }

  /// `Approve refund @Finance team (SAP)`: the title, its owner and its system in one line, as
  /// in the capture line, so no `:owner`/`:system` is needed.
  mutating func createProcess(_ text: String, lane: ProcessLane) {
    guard let step = currentStep else { return }
    let typed = StepCapture.process(text.nfc)
    let process = BackstageProcess(
      id: mintID(.process), lane: typed.lane ?? lane, title: typed.title, owner: typed.owner, system: typed.system,
      steps: [map.steps[step].id])
    var all = map.processes
    all.append(process)
    commit(.setProcesses(all), label: "Add process")
    cursor.lane = Lane(rawValue: process.lane.rawValue)!
    cursor.item = max(0, processes(process.lane, step: step).count - 1)
    if !options.showBackstage { options.showBackstage = true }
    inform(process.owner.isEmpty ? "Process added; type @owner (system) after the title to say who runs it and with what" : "Process added")
  }

  /// `p`: pick a process to link to this step.
  mutating func startLinkingProcess() {
    guard currentStep != nil else { return }
    guard !map.processes.isEmpty else {
      inform("No processes yet: a in a backstage lane creates one")
      return
    }
    openPrompt(.pickProcess, label: "Link process:")
  }

  mutating func linkProcess(named name: String) {
    guard let step = currentStep else { return }
    let wanted = name.lowercased()
    guard let p = map.processes.firstIndex(where: { $0.id == name || $0.title.lowercased() == wanted })
      ?? map.processes.firstIndex(where: { $0.title.lowercased().contains(wanted) })
    else {
      warn("No process called “\(name)”")
      return
    }
    linkProcess(p, toStep: step)
  }

  mutating func linkProcess(_ p: Int, toStep step: Int) {
    let stepID = map.steps[step].id
    guard !map.processes[p].steps.contains(stepID) else {
      inform("Already linked")
      return
    }
    var all = map.processes
    all[p].steps.append(stepID)
    commit(.setProcesses(all), label: "Link process")
    if !options.showBackstage { options.showBackstage = true }
    let lane = Lane(rawValue: all[p].lane.rawValue)!
    cursor.lane = lane
    cursor.item = processes(all[p].lane, step: step).firstIndex(of: p) ?? 0
    inform("Linked “\(all[p].title)”: it now serves \(all[p].steps.count) step(s)")
  }

  mutating func deleteSelectedProcess() {
    guard let (p, _) = selectedProcess() else {
      warn(":delete-process applies to the selected process")
      return
    }
    var all = map.processes
    let removed = all.remove(at: p)
    commit(.setProcesses(all), label: "Delete process")
    clampCursor()
    inform("Deleted “\(removed.title)” from \(removed.steps.count) step(s)")
  }

  /// The steps the selected process serves, for the status line and column markers.
  public var servedBySelection: Set<String> {
    guard mode == .normal, let (p, _) = selectedProcess() else { return [] }
    return Set(map.processes[p].steps)
  }

  /// `r`: toggle which pain points the selected opportunity addresses.
  mutating func startAddressing() {
    guard let step = currentStep, cursor.lane == .opportunities, itemCount(.opportunities, step: step) > 0 else {
      warn("Select an opportunity first (r links it to the pain points it addresses)")
      return
    }
    guard map.steps.contains(where: { !$0.painPoints.isEmpty }) else {
      inform("No pain points in the map yet")
      return
    }
    openPrompt(.addressPainPoint, label: "Addresses pain point:")
  }

  mutating func toggleAddress(_ painPointID: String) {
    guard let step = currentStep, cursor.lane == .opportunities else { return }
    let item = cursor.item
    let has = map.steps[step].opportunities[item].addresses.contains(painPointID)
    updateStep(step, has ? "Unlink pain point" : "Link pain point") {
      if has { $0.opportunities[item].addresses.removeAll { $0 == painPointID } } else { $0.opportunities[item].addresses.append(painPointID) }
    }
    let named = map.steps.lazy.flatMap(\.painPoints).first { $0.id == painPointID }?.text ?? painPointID
    inform(has ? "No longer addresses “\(named)”" : "Now addresses “\(named)”")
  }

  /// `t`: add a touchpoint by name: an existing one, or a new one (its channel asked next).
  mutating func addTouchpoint(named name: String?) {
    guard currentStep != nil else { return }
    guard let name else {
      openPrompt(.pickTouchpoint, label: "Touchpoint (pick, or type a new one):")
      return
    }
    let wanted = name.lowercased()
    if let t = map.touchpoints.firstIndex(where: { $0.name.lowercased() == wanted || $0.id == name }) {
      attachTouchpoint(map.touchpoints[t].id)
    } else {
      openPrompt(.touchpointChannel(name: name), label: "Channel for “\(name)”:")
    }
  }

  mutating func attachTouchpoint(_ id: String) {
    guard let step = currentStep else { return }
    guard !map.steps[step].touchpoints.contains(id) else {
      inform("The step already has that touchpoint")
      return
    }
    updateStep(step, "Add touchpoint") { $0.touchpoints.append(id) }
    cursor.lane = .touchpoints
    cursor.item = map.steps[step].touchpoints.count - 1
  }

  mutating func createTouchpoint(name: String, channel: String) {
    guard let step = currentStep else { return }
    let touchpoint = Touchpoint(id: mintID(.touchpoint), channel: channel.lowercased().nfc, name: name.nfc)
    var all = map.touchpoints
    all.append(touchpoint)
    var copy = map.steps[step]
    copy.touchpoints.append(touchpoint.id)
    commit(.batch([.setTouchpoints(all), .setStep(step, copy)]), label: "Add touchpoint")
    cursor.lane = .touchpoints
    cursor.item = copy.touchpoints.count - 1
  }
}
