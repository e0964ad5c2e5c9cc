import Foundation
import JourneyMapCore

/// Editing a step's feeling, moment of truth and evidence, and the owners, systems, lanes and
/// channels of the things in its lanes.
extension EditorState {
  // MARK: Feeling, moment of truth, evidence

  mutating func nudgeFeeling(by delta: Int) {
    guard let step = currentStep else { return }
    let current = map.steps[step].feeling
    let score = (current?.score ?? 0) + delta
    guard Feeling.range.contains(score) else {
      inform(delta > 0 ? "Already +2, the most positive" : "Already -2, the most negative")
      return
    }
    // A word said for a bad moment does not describe a good one: it goes when the sign changes.
    let word = current.map { ($0.score > 0) == (score > 0) && ($0.score < 0) == (score < 0) ? $0.word : "" } ?? ""
    updateStep(step, "Change feeling") { $0.feeling = Feeling(score: score, word: word, extensions: current?.extensions ?? Extensions()) }
    setLane(.feeling)
  }

  /// `:set-feeling -2 anxious`, or keys 1–5.
  mutating func setFeeling(_ argument: String?) {
    guard let step = currentStep else { return }
    guard let argument else {
      warn("set-feeling needs a score from -2 to +2, e.g. :set-feeling -1 anxious")
      return
    }
    let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = parts.first, let score = Int(first.hasPrefix("+") ? String(first.dropFirst()) : first),
      Feeling.range.contains(score)
    else {
      warn("The feeling is a score from -2 (very negative) to +2 (very positive), then an optional word")
      return
    }
    let current = map.steps[step].feeling
    // A new score without a word keeps the word only when the score is the same.
    let word = parts.count > 1 ? parts[1].nfc : (current?.score == score ? current?.word ?? "" : "")
    updateStep(step, "Set feeling") { $0.feeling = Feeling(score: score, word: word, extensions: current?.extensions ?? Extensions()) }
    setLane(.feeling)
    if word.isEmpty { inform("Feeling \(score > 0 ? "+" : "")\(score): \(key(.edit)) names it") }
  }

  mutating func toggleMoment() {
    guard let step = currentStep else { return }
    let on = map.steps[step].momentOfTruth == nil
    updateStep(step, on ? "Mark moment of truth" : "Unmark moment of truth") {
      $0.momentOfTruth = on ? MomentOfTruth() : nil
    }
    setLane(.moment)
    inform(on ? "Moment of truth ★: \(key(.edit)) on its lane records why" : "No longer a moment of truth")
  }

  mutating func cycleEvidence(_ step: Int) {
    let next: Evidence?
    switch map.steps[step].evidence {
    case nil: next = .observed
    case .observed: next = .assumed
    case .assumed: next = nil
    }
    updateStep(step, "Set evidence") { $0.evidence = next }
  }

  mutating func setEvidence(_ text: String?) {
    guard let step = currentStep else { return }
    switch text?.lowercased() {
    case "observed": updateStep(step, "Set evidence") { $0.evidence = .observed }
    case "assumed": updateStep(step, "Set evidence") { $0.evidence = .assumed }
    case "none", nil: updateStep(step, "Clear evidence") { $0.evidence = nil }
    default:
      warn("Evidence is observed, assumed or none")
      return
    }
    moveCursor(toStep: step, lane: .evidence)
  }

  // MARK: Owners, systems, channels

  mutating func setOwner(_ owner: String) {
    guard let step = currentStep else { return }
    let owner = owner.nfc
    // Items with an owner have `setOwner` in the lane table.
    guard let list = cursor.lane.spec.list, let setOwner = list.setOwner, list.count(self, step) > 0 else {
      warn(":owner applies to the selected opportunity or process")
      return
    }
    setOwner(&self, step, cursor.item, owner)
  }

  mutating func setSystem(_ system: String) {
    guard let (p, _) = selectedProcess() else {
      warn(":system applies to the selected process")
      return
    }
    var all = map.processes
    all[p].system = system.nfc
    commit(.setProcesses(all), label: "Set system")
  }

  mutating func setProcessLane(_ text: String?) {
    guard let (p, _) = selectedProcess() else {
      warn(":lane applies to the selected process")
      return
    }
    guard let text, let lane = ProcessLane(rawValue: text.lowercased()) else {
      warn("The lane is frontstage, backstage or support")
      return
    }
    var all = map.processes
    all[p].lane = lane
    commit(.setProcesses(all), label: "Move process to \(lane.rawValue)")
    cursor.lane = Lane.allCases.first { $0.processLane == lane }!
    clampCursor()
  }

  /// The process under the cursor and the step it is shown on.
  func selectedProcess() -> (Int, Int)? {
    guard let step = currentStep, let lane = cursor.lane.processLane else { return nil }
    let list = processes(lane, step: step)
    guard cursor.item < list.count else { return nil }
    return (list[cursor.item], step)
  }

  func selectedTouchpoint() -> Int? {
    guard let step = currentStep, cursor.lane == .touchpoints, cursor.item < map.steps[step].touchpoints.count else {
      return nil
    }
    let id = map.steps[step].touchpoints[cursor.item]
    return map.touchpoints.firstIndex { $0.id == id }
  }

  mutating func setChannel(_ text: String?) {
    guard let t = selectedTouchpoint() else {
      warn(":channel applies to the selected touchpoint")
      return
    }
    guard let text, !text.isEmpty else {
      warn("Give a channel: web, app, phone, email, chat, store…")
      return
    }
    var all = map.touchpoints
    all[t].channel = text.lowercased().nfc
    commit(.setTouchpoints(all), label: "Set channel")
  }

  mutating func deleteTouchpoint() {
    guard let t = selectedTouchpoint() else {
      warn(":delete-touchpoint applies to the selected touchpoint")
      return
    }
    let id = map.touchpoints[t].id
    var changes: [MapChange] = []
    for (i, s) in map.steps.enumerated() where s.touchpoints.contains(id) {
      var copy = s
      copy.touchpoints.removeAll { $0 == id }
      changes.append(.setStep(i, copy))
    }
    var all = map.touchpoints
    all.remove(at: t)
    changes.append(.setTouchpoints(all))
    commit(.batch(changes), label: "Delete touchpoint")
    inform("Deleted the touchpoint from \(changes.count - 1) step(s)")
  }
}
