import Foundation
import JourneyMapCore

extension EditorState {
  /// - Parameter selected: the text is selected, so that typing replaces it (a rename).
  mutating func openPrompt(_ purpose: PromptPurpose, label: String, text: String = "", selected: Bool = false) {
    var prompt = Prompt(purpose: purpose, label: label, editor: LineEditor(text, selected: selected))
    prompt.pool = pool(for: purpose)
    prompt.candidates = candidates(for: prompt)
    mode = .prompt(prompt)
  }

  mutating func handlePrompt(_ key: Key, _ prompt: Prompt) -> [Effect] {
    var prompt = prompt
    switch ModeKeymaps.command(for: key, in: ModeKeymaps.prompt) {
    case .cancel:
      mode = .normal
      if prompt.purpose == .search { search.highlight = false }
      return []
    case .submit:
      mode = .normal
      return submit(prompt)
    case .complete, .next:
      if !prompt.candidates.isEmpty {
        if key == .tab, case .capture = prompt.purpose {
          prompt.editor.setText(prompt.candidates[prompt.selected].value)
          prompt.candidates = candidates(for: prompt)
          prompt.selected = 0
        } else if key == .tab, prompt.purpose == .command {
          // Tab completes the command name.
          let name = prompt.candidates[prompt.selected].value
          prompt.editor.setText(name + " ")
          prompt.candidates = candidates(for: prompt)
          prompt.selected = 0
        } else {
          prompt.selected = (prompt.selected + 1) % prompt.candidates.count
        }
      }
    case .previous:
      if !prompt.candidates.isEmpty {
        prompt.selected = (prompt.selected + prompt.candidates.count - 1) % prompt.candidates.count
      }
    case nil:
      if key == .backspace && prompt.editor.text.isEmpty {
        mode = .normal
        return []
      }
      guard prompt.editor.handle(key) else { return [] }
      prompt.candidates = candidates(for: prompt)
      prompt.selected = 0
    }
    mode = .prompt(prompt)
    return []
  }

  /// Candidates for completion, filtered by what is typed (case-insensitive; prefix matches
  /// first, then substring matches).
  func candidates(for prompt: Prompt) -> [Candidate] {
    let typed = prompt.editor.text.lowercased()
    func filter(_ all: [Candidate]) -> [Candidate] {
      guard !typed.isEmpty else { return all }
      let prefix = all.filter { $0.label.lowercased().hasPrefix(typed) }
      let contains = all.filter { !$0.label.lowercased().hasPrefix(typed) && $0.label.lowercased().contains(typed) }
      return prefix + contains
    }
    switch prompt.purpose {
    case .command:
      let word = typed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
      if typed.contains(" ") {
        // Completing an argument: offer values where there is a fixed set.
        return commandArgumentCandidates(name: word, typed: String(typed.drop { $0 != " " }.dropFirst()))
      }
      let all = ActionTable.all.map { Candidate(label: $0.name, value: $0.name) }
        + ActionTable.all.flatMap { spec in spec.aliases.map { Candidate(label: $0, value: $0) } }
      return all.filter { word.isEmpty || $0.label.hasPrefix(word) }
    case .moveToStage:
      return filter(map.stages.enumerated().filter { $0.offset != currentStage }.map { Candidate(label: $0.element.name, value: $0.element.id) })
    case .pickTouchpoint:
      let used = currentStep.map { Set(map.steps[$0].touchpoints) } ?? []
      return filter(map.touchpoints.filter { !used.contains($0.id) }.map { Candidate(label: "\($0.name) (\($0.channel))", value: $0.id) })
    case .touchpointChannel:
      let known = Set(map.touchpoints.map(\.channel))
      let channels = Touchpoint.commonChannels + known.subtracting(Touchpoint.commonChannels).sorted()
      return filter(channels.map { Candidate(label: $0, value: $0) })
    case .pickProcess, .newProcess:
      let linked = currentStep.map { map.steps[$0].id }
      var wantedLane: ProcessLane? = nil
      if case .newProcess(let lane) = prompt.purpose { wantedLane = lane }
      let all = map.processes.filter { p in !(linked.map { p.steps.contains($0) } ?? false) && (wantedLane == nil || p.lane == wantedLane) }
        .map { Candidate(label: "\($0.title) (\($0.lane.rawValue))", value: $0.id) }
      // Creating a process: offer existing ones only once something is typed.
      if wantedLane != nil && typed.isEmpty { return [] }
      return filter(all)
    case .addressPainPoint, .pickConflict, .pickFinding:
      return filter(prompt.pool ?? pool(for: prompt.purpose) ?? [])
    case .capture:
      return captureCandidates(prompt.editor.text)
    case .search, .saveAs, .addStage, .renameStage:
      return []
    }
  }

  /// The choices of prompts that read the whole map (``Prompt/pool``); nil for the others.
  func pool(for purpose: PromptPurpose) -> [Candidate]? {
    switch purpose {
    case .addressPainPoint:
      // This step's own pain points first: the one an opportunity most likely addresses.
      var all: [Candidate] = []
      let here = currentStep.map { [$0] } ?? []
      for s in here.map({ map.steps[$0] }) + map.steps.enumerated().filter({ !here.contains($0.offset) }).map(\.element) {
        for p in s.painPoints {
          let title = s.title.isEmpty ? "untitled step" : s.title
          all.append(Candidate(label: "\(p.text) — \(title)", value: p.id))
        }
      }
      return all
    case .pickConflict:
      return MergeConflict.recorded(in: map).enumerated().map { Candidate(label: "\($0.offset + 1). \($0.element.summary)", value: "\($0.offset)") }
    case .pickFinding:
      // Lint over the whole map: once, not on every key typed to narrow the list.
      return findingCandidates()
    default:
      return nil
    }
  }

  func commandArgumentCandidates(name: String, typed: String) -> [Candidate] {
    let values: [String]
    switch ActionTable.commands[name] {
    case .setState: values = MapState.allCases.map(\.rawValue)
    case .setLane: values = ProcessLane.allCases.map(\.rawValue)
    case .setEvidence: values = ["observed", "assumed", "none"]
    case .setStatus: values = OpportunityStatus.allCases.map(\.rawValue)
    case .setImpact, .setEffort: values = Level.allCases.map(\.rawValue) + ["none"]
    case .theme: values = Theme.allCases.map(\.rawValue)
    case .setChannel: values = Touchpoint.commonChannels
    case .moveToStage: values = map.stages.map(\.name)
    case .export: values = ["md", "dot", "mermaid", "svg", "png"]
    default: values = []
    }
    return values.filter { typed.isEmpty || $0.lowercased().hasPrefix(typed) }.map { Candidate(label: $0, value: "\(name) \($0)") }
  }

  /// Enter in a prompt.
  mutating func submit(_ prompt: Prompt) -> [Effect] {
    let text = prompt.editor.text.trimmedSpaces
    let chosen = prompt.candidates.indices.contains(prompt.selected) ? prompt.candidates[prompt.selected] : nil
    switch prompt.purpose {
    case .command:
      return runCommand(text)
    case .search:
      // An empty search repeats the last one, as in vim.
      if text.isEmpty && search.query.isEmpty { return [] }
      runSearch(text.isEmpty ? search.query : text)
    case .saveAs(let thenQuit):
      guard !text.isEmpty else {
        inform("Not saved")
        return []
      }
      if thenQuit { quitting = .afterSave }
      return save(to: text)
    case .addStage:
      guard !text.isEmpty else { return [] }
      addStage(named: text)
    case .renameStage:
      guard !text.isEmpty else { return [] }
      renameStage(to: text)
    case .moveToStage:
      guard let index = currentStep else { return [] }
      if let chosen, let stage = map.stages.firstIndex(where: { $0.id == chosen.value }) {
        moveStep(index, toStage: stage)
      } else if !text.isEmpty {
        moveStepToStage(named: text)
      }
    case .pickTouchpoint:
      if let chosen {
        attachTouchpoint(chosen.value)
      } else if !text.isEmpty {
        openPrompt(.touchpointChannel(name: text), label: "Channel for “\(text)”:")
      }
    case .touchpointChannel(let name):
      let channel = text.isEmpty ? (chosen?.value ?? "") : (chosen?.value ?? text)
      guard !channel.isEmpty else {
        warn("A touchpoint needs a channel (web, phone, email…)")
        return []
      }
      createTouchpoint(name: name, channel: channel)
    case .pickProcess:
      guard let step = currentStep, let chosen, let p = map.processes.firstIndex(where: { $0.id == chosen.value }) else { return [] }
      linkProcess(p, toStep: step)
    case .newProcess(let lane):
      guard let step = currentStep else { return [] }
      if let chosen, let p = map.processes.firstIndex(where: { $0.id == chosen.value }),
        map.processes[p].title.lowercased() == StepCapture.process(text).title.lowercased() || prompt.selected > 0 || text.isEmpty
      {
        linkProcess(p, toStep: step)
      } else if !text.isEmpty {
        createProcess(text, lane: lane)
      }
    case .addressPainPoint:
      if let chosen { toggleAddress(chosen.value) }
    case .pickConflict:
      if let chosen, let index = Int(chosen.value) { askResolveConflict(index) }
    case .capture(let after):
      // Enter files the line as typed; a completion is taken only with Tab.
      capture(prompt.editor.text, after: after)
    case .pickFinding:
      if let chosen { goToFinding(chosen.value) }
    }
    return []
  }

  /// Runs `name args` from the command line.
  mutating func runCommand(_ line: String) -> [Effect] {
    guard !line.isEmpty else { return [] }
    let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
    let name = String(parts[0])
    let argument = parts.count > 1 ? String(parts[1]) : nil
    guard let action = ActionTable.commands[name] else {
      warn("Unknown command :\(name) (\(ModeKeymaps.key(.complete, in: ModeKeymaps.prompt)) completes; \(key(.help)) lists every command)")
      return []
    }
    return perform(action, argument: argument)
  }
}
