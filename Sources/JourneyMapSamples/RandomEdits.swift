import JourneyMapCore

/// Seeded random edits of a map, of the kinds a facilitator makes in the editor, each one
/// leaving the map valid: for the merge's property tests, where two of these edit the same base.
/// The same seed gives the same edits on every machine.
///
/// A few edits use hand-written ids (`stp_pay`, `tp_app`) so that both sides can add the same id
/// with different content, as people writing ids by hand do.
public struct RandomEdits {
  private var samples: SampleMaps
  private var ids: IDGenerator

  public init(seed: UInt64, hostile: Bool = true) {
    samples = SampleMaps(seed: seed &* 0x9E37_79B9 &+ 11, hostile: hostile)
    ids = IDGenerator(seed: seed &* 7919 &+ 3)
  }

  /// Applies `count` random edits; returns what each was, for failure messages.
  public mutating func apply(_ count: Int, to map: inout JourneyMap) -> [String] {
    var done: [String] = []
    for _ in 0..<count {
      let kinds = RandomEdits.kinds
      let kind = kinds[samples.int(0...(kinds.count - 1))]
      if let what = kind(&self, &map) { done.append(what) }
    }
    return done
  }

  typealias Edit = @Sendable (inout RandomEdits, inout JourneyMap) -> String?

  static let kinds: [Edit] = [
    { e, m in e.retitleMap(&m) }, { e, m in e.retitleStep(&m) }, { e, m in e.setFeeling(&m) },
    { e, m in e.addStep(&m) }, { e, m in e.addStep(&m) }, { e, m in e.addHandWrittenStep(&m) }, { e, m in e.deleteStep(&m) },
    { e, m in e.reorderWithinStage(&m) }, { e, m in e.reorderWithinStage(&m) }, { e, m in e.reorderWithinStage(&m) },
    { e, m in e.moveToStage(&m) }, { e, m in e.moveToStage(&m) },
    { e, m in e.editThoughts(&m) }, { e, m in e.editThoughts(&m) }, { e, m in e.editTouchpointLinks(&m) },
    { e, m in e.editProcesses(&m) }, { e, m in e.editProcesses(&m) }, { e, m in e.editPainPoints(&m) },
    { e, m in e.editOpportunities(&m) }, { e, m in e.editOpportunities(&m) }, { e, m in e.editStages(&m) },
    { e, m in e.editStages(&m) }, { e, m in e.editExtensions(&m) }, { e, m in e.editExtensions(&m) },
    { e, m in e.editTouchpoints(&m) }, { e, m in e.editStakeholders(&m) }, { e, m in e.editMetrics(&m) },
  ]

  // MARK: Map

  mutating func retitleMap(_ m: inout JourneyMap) -> String? {
    if samples.chance(2) {
      m.title = samples.sentence(3)
      return "retitle the map"
    }
    m.persona.goal = samples.chance(4) ? "" : samples.sentence(4)
    return "change the persona's goal"
  }

  mutating func editStakeholders(_ m: inout JourneyMap) -> String? {
    switch samples.int(0...2) {
    case 0:
      m.stakeholders.insert(samples.sentence(2), at: samples.int(0...m.stakeholders.count))
      return "add a stakeholder"
    case 1 where !m.stakeholders.isEmpty:
      m.stakeholders.remove(at: samples.int(0...(m.stakeholders.count - 1)))
      return "remove a stakeholder"
    default:
      return shuffleOne(&m.stakeholders) ? "reorder the stakeholders" : nil
    }
  }

  // MARK: Steps

  mutating func retitleStep(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    m.steps[s].title = samples.sentence(4)
    return "retitle step \(m.steps[s].id)"
  }

  mutating func setFeeling(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    m.steps[s].feeling = samples.chance(5) ? nil : Feeling(score: samples.int(-2...2), word: samples.chance(2) ? samples.sentence(1) : "")
    return "set the feeling of \(m.steps[s].id)"
  }

  mutating func addStep(_ m: inout JourneyMap, id: String? = nil) -> String? {
    guard let stage = randomIndex(m.stages).map({ m.stages[$0].id }) else { return nil }
    let step = Step(
      id: id ?? ids.make(.step, avoiding: m.allIDs.contains), stage: stage, title: samples.sentence(3),
      thoughts: samples.chance(2) ? [samples.sentence(4)] : [], feeling: samples.chance(2) ? Feeling(score: samples.int(-2...2)) : nil)
    // Next to a step of its stage, as the editor's `o` and `O` put it.
    let inStage = m.steps.indices.filter { m.steps[$0].stage == stage }
    let at = inStage.isEmpty ? m.steps.count : inStage[samples.int(0...(inStage.count - 1))] + (samples.chance(2) ? 1 : 0)
    m.steps.insert(step, at: at)
    return "add step \(step.id) to \(stage)"
  }

  mutating func addHandWrittenStep(_ m: inout JourneyMap) -> String? {
    guard !m.allIDs.contains("stp_pay") else { return nil }
    return addStep(&m, id: "stp_pay")
  }

  mutating func deleteStep(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    let step = m.steps.remove(at: s)
    RandomEdits.forget(step: step, in: &m)
    return "delete step \(step.id)"
  }

  /// What the editor does when a step goes: its links and the addresses of its pain points go.
  static func forget(step: Step, in m: inout JourneyMap) {
    let painPoints = Set(step.painPoints.map(\.id))
    for p in m.processes.indices { m.processes[p].steps.removeAll { $0 == step.id } }
    for s in m.steps.indices {
      for o in m.steps[s].opportunities.indices { m.steps[s].opportunities[o].addresses.removeAll(where: painPoints.contains) }
    }
  }

  mutating func reorderWithinStage(_ m: inout JourneyMap) -> String? {
    guard let stage = randomIndex(m.stages).map({ m.stages[$0].id }) else { return nil }
    let inStage = m.steps.indices.filter { m.steps[$0].stage == stage }
    guard inStage.count >= 2 else { return nil }
    let from = inStage[samples.int(0...(inStage.count - 1))]
    var to = inStage[samples.int(0...(inStage.count - 1))]
    guard from != to else { return nil }
    let step = m.steps.remove(at: from)
    if to > from { to -= 1 }
    m.steps.insert(step, at: samples.chance(2) ? to : to + 1)
    return "reorder \(step.id) within \(stage)"
  }

  mutating func moveToStage(_ m: inout JourneyMap) -> String? {
    guard m.stages.count >= 2, let s = randomIndex(m.steps) else { return nil }
    let target = m.stages[samples.int(0...(m.stages.count - 1))].id
    guard target != m.steps[s].stage else { return nil }
    var step = m.steps.remove(at: s)
    step.stage = target
    if samples.chance(2), let last = m.steps.lastIndex(where: { $0.stage == target }) {
      m.steps.insert(step, at: last + 1)  // at the end of its new stage
    } else {
      m.steps.insert(step, at: min(s, m.steps.count))  // only its stage changed
    }
    return "move \(step.id) to \(target)"
  }

  mutating func editThoughts(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    switch samples.int(0...3) {
    case 0, 1:
      m.steps[s].thoughts.insert(samples.sentence(3), at: samples.chance(2) ? m.steps[s].thoughts.count : samples.int(0...m.steps[s].thoughts.count))
      return "add a thought to \(m.steps[s].id)"
    case 2 where !m.steps[s].thoughts.isEmpty:
      m.steps[s].thoughts.remove(at: samples.int(0...(m.steps[s].thoughts.count - 1)))
      return "remove a thought from \(m.steps[s].id)"
    default:
      return shuffleOne(&m.steps[s].thoughts) ? "reorder the thoughts of \(m.steps[s].id)" : nil
    }
  }

  mutating func editTouchpointLinks(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps), let t = randomIndex(m.touchpoints) else { return nil }
    let id = m.touchpoints[t].id
    switch samples.int(0...2) {
    case 0 where !m.steps[s].touchpoints.contains(id):
      m.steps[s].touchpoints.insert(id, at: samples.int(0...m.steps[s].touchpoints.count))
      return "link \(id) to \(m.steps[s].id)"
    case 1 where !m.steps[s].touchpoints.isEmpty:
      m.steps[s].touchpoints.remove(at: samples.int(0...(m.steps[s].touchpoints.count - 1)))
      return "unlink a touchpoint from \(m.steps[s].id)"
    default:
      return shuffleOne(&m.steps[s].touchpoints) ? "reorder the touchpoints of \(m.steps[s].id)" : nil
    }
  }

  mutating func editMetrics(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    if samples.chance(2) || m.steps[s].metrics.isEmpty {
      m.steps[s].metrics.append(Metric(name: samples.sentence(2), value: "\(samples.int(1...99))%"))
      return "add a metric to \(m.steps[s].id)"
    }
    m.steps[s].metrics.removeLast()
    return "remove a metric from \(m.steps[s].id)"
  }

  // MARK: Pain points and opportunities

  mutating func editPainPoints(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    switch samples.int(0...3) {
    case 0, 1:
      let p = PainPoint(id: ids.make(.painPoint, avoiding: m.allIDs.contains), text: samples.sentence(4))
      m.steps[s].painPoints.append(p)
      return "add pain point \(p.id) to \(m.steps[s].id)"
    case 2 where !m.steps[s].painPoints.isEmpty:
      let p = m.steps[s].painPoints.remove(at: samples.int(0...(m.steps[s].painPoints.count - 1)))
      for i in m.steps.indices {
        for o in m.steps[i].opportunities.indices { m.steps[i].opportunities[o].addresses.removeAll { $0 == p.id } }
      }
      return "delete pain point \(p.id)"
    default:
      guard let p = randomIndex(m.steps[s].painPoints) else { return nil }
      m.steps[s].painPoints[p].text = samples.sentence(3)
      return "reword pain point \(m.steps[s].painPoints[p].id)"
    }
  }

  mutating func editOpportunities(_ m: inout JourneyMap) -> String? {
    guard let s = randomIndex(m.steps) else { return nil }
    let painPoints = m.steps.flatMap { $0.painPoints.map(\.id) }
    switch samples.int(0...4) {
    case 0:
      let addresses = painPoints.isEmpty || samples.chance(3) ? [] : [painPoints[samples.int(0...(painPoints.count - 1))]]
      let o = Opportunity(id: ids.make(.opportunity, avoiding: m.allIDs.contains), text: samples.sentence(4), owner: samples.sentence(1), addresses: addresses)
      m.steps[s].opportunities.insert(o, at: samples.int(0...m.steps[s].opportunities.count))
      return "add opportunity \(o.id) to \(m.steps[s].id)"
    case 1 where !m.steps[s].opportunities.isEmpty:
      let o = m.steps[s].opportunities.remove(at: samples.int(0...(m.steps[s].opportunities.count - 1)))
      return "delete opportunity \(o.id)"
    case 2 where !painPoints.isEmpty:
      guard let o = randomIndex(m.steps[s].opportunities) else { return nil }
      let p = painPoints[samples.int(0...(painPoints.count - 1))]
      guard !m.steps[s].opportunities[o].addresses.contains(p) else { return nil }
      m.steps[s].opportunities[o].addresses.append(p)
      return "opportunity \(m.steps[s].opportunities[o].id) addresses \(p)"
    case 3:
      guard let o = randomIndex(m.steps[s].opportunities), !m.steps[s].opportunities[o].addresses.isEmpty else { return nil }
      m.steps[s].opportunities[o].addresses.removeFirst()
      return "opportunity \(m.steps[s].opportunities[o].id) addresses one less"
    default:
      if samples.chance(2), let o = randomIndex(m.steps[s].opportunities) {
        if samples.chance(2) {
          m.steps[s].opportunities[o] = samples.tracked(m.steps[s].opportunities[o])
          return "new tracking for \(m.steps[s].opportunities[o].id)"
        }
        m.steps[s].opportunities[o].owner = samples.sentence(1)
        return "new owner for \(m.steps[s].opportunities[o].id)"
      }
      return shuffleOne(&m.steps[s].painPoints) ? "reorder the pain points of \(m.steps[s].id)" : nil
    }
  }

  // MARK: Backstage

  mutating func editProcesses(_ m: inout JourneyMap) -> String? {
    switch samples.int(0...4) {
    case 0:
      guard let s = randomIndex(m.steps) else { return nil }
      let lanes = ProcessLane.allCases
      let p = BackstageProcess(
        id: ids.make(.process, avoiding: m.allIDs.contains), lane: lanes[samples.int(0...2)], title: samples.sentence(3), steps: [m.steps[s].id])
      m.processes.insert(p, at: samples.int(0...m.processes.count))
      return "add process \(p.id)"
    case 1:
      guard let p = randomIndex(m.processes) else { return nil }
      return "delete process \(m.processes.remove(at: p).id)"
    case 2:
      guard let p = randomIndex(m.processes), let s = randomIndex(m.steps), !m.processes[p].steps.contains(m.steps[s].id) else { return nil }
      m.processes[p].steps.insert(m.steps[s].id, at: samples.int(0...m.processes[p].steps.count))
      return "link \(m.processes[p].id) to \(m.steps[s].id)"
    case 3:
      guard let p = randomIndex(m.processes), !m.processes[p].steps.isEmpty else { return nil }
      m.processes[p].steps.remove(at: samples.int(0...(m.processes[p].steps.count - 1)))
      return "unlink a step from \(m.processes[p].id)"
    default:
      if samples.chance(2), let p = randomIndex(m.processes) {
        return shuffleOne(&m.processes[p].steps) ? "reorder the steps of \(m.processes[p].id)" : nil
      }
      return shuffleOne(&m.processes) ? "reorder the processes" : nil
    }
  }

  mutating func editTouchpoints(_ m: inout JourneyMap) -> String? {
    switch samples.int(0...3) {
    case 0:
      let t = Touchpoint(id: ids.make(.touchpoint, avoiding: m.allIDs.contains), channel: "web", name: samples.sentence(2))
      m.touchpoints.append(t)
      return "add touchpoint \(t.id)"
    case 1:
      guard !m.allIDs.contains("tp_app") else { return nil }
      m.touchpoints.insert(Touchpoint(id: "tp_app", channel: "app", name: samples.sentence(2)), at: samples.int(0...m.touchpoints.count))
      return "add touchpoint tp_app"
    case 2:
      guard let t = randomIndex(m.touchpoints) else { return nil }
      let id = m.touchpoints.remove(at: t).id
      for s in m.steps.indices { m.steps[s].touchpoints.removeAll { $0 == id } }
      return "delete touchpoint \(id)"
    default:
      guard let t = randomIndex(m.touchpoints) else { return nil }
      m.touchpoints[t].name = samples.sentence(2)
      return "rename touchpoint \(m.touchpoints[t].id)"
    }
  }

  // MARK: Stages

  mutating func editStages(_ m: inout JourneyMap) -> String? {
    switch samples.int(0...4) {
    case 0:
      let stage = Stage(id: ids.make(.stage, avoiding: m.allIDs.contains), name: samples.sentence(2))
      m.stages.insert(stage, at: samples.int(0...m.stages.count))
      if samples.chance(2) {
        m.steps.append(Step(id: ids.make(.step, avoiding: m.allIDs.contains), stage: stage.id, title: samples.sentence(2)))
      }
      return "add stage \(stage.id)"
    case 1:
      guard m.stages.count >= 2, let i = randomIndex(m.stages) else { return nil }
      let stage = m.stages.remove(at: i)
      if samples.chance(2) {
        // Its steps go to the neighbour, as the editor's "m" answer does.
        let neighbour = m.stages[max(0, i - 1)].id
        for s in m.steps.indices where m.steps[s].stage == stage.id { m.steps[s].stage = neighbour }
        return "delete stage \(stage.id), steps to \(neighbour)"
      }
      let doomed = m.steps.filter { $0.stage == stage.id }
      m.steps.removeAll { $0.stage == stage.id }
      for step in doomed { RandomEdits.forget(step: step, in: &m) }
      return "delete stage \(stage.id) with its steps"
    case 2:
      guard let i = randomIndex(m.stages) else { return nil }
      m.stages[i].name = samples.sentence(2)
      return "rename stage \(m.stages[i].id)"
    default:
      guard shuffleOne(&m.stages) else { return nil }
      if samples.chance(2) {
        // The editor's < and > also regroup the steps in the new stage order.
        var rank: [String: Int] = [:]
        for (i, s) in m.stages.enumerated() { rank[s.id] = i }
        m.steps = m.steps.enumerated().sorted {
          let a = rank[$0.element.stage] ?? Int.max
          let b = rank[$1.element.stage] ?? Int.max
          return a != b ? a < b : $0.offset < $1.offset
        }.map(\.element)
      }
      return "reorder the stages"
    }
  }

  // MARK: Extensions

  /// Keys that break naive path syntax: quotes, brackets, backslashes, dots, newlines.
  static let nastyKeys = ["x-\"]", "x-a\"]b", "x-\\", "x-ü", "x-new\nline", "x-[id=stp_x]", "x-.dot", "x-", "x-\"][\"", "x-tab\t"]

  mutating func editExtensions(_ m: inout JourneyMap) -> String? {
    let key = RandomEdits.nastyKeys[samples.int(0...(RandomEdits.nastyKeys.count - 1))]
    let value: JSONValue? =
      samples.chance(4)
      ? nil
      : [JSONValue.string(samples.sentence(2)), .number("\(samples.int(-9...99))"), .array([.string(samples.sentence(1)), .bool(true)]),
        .object([JSONMember(key: "k\"]", value: .string(samples.sentence(1)))])][samples.int(0...3)]
    switch samples.int(0...4) {
    case 0:
      m.extensions[key] = value
      return "set \(key) on the map"
    case 1:
      guard let s = randomIndex(m.steps) else { return nil }
      m.steps[s].extensions[key] = value
      return "set \(key) on \(m.steps[s].id)"
    case 2:
      guard let s = randomIndex(m.stages) else { return nil }
      m.stages[s].extensions[key] = value
      return "set \(key) on \(m.stages[s].id)"
    case 3:
      guard let p = randomIndex(m.processes) else { return nil }
      m.processes[p].extensions[key] = value
      return "set \(key) on \(m.processes[p].id)"
    default:
      guard let s = randomIndex(m.steps), let o = randomIndex(m.steps[s].opportunities) else { return nil }
      m.steps[s].opportunities[o].extensions[key] = value
      return "set \(key) on \(m.steps[s].opportunities[o].id)"
    }
  }

  // MARK: Helpers

  private mutating func randomIndex<T>(_ list: [T]) -> Int? {
    list.isEmpty ? nil : samples.int(0...(list.count - 1))
  }

  /// Moves one item to another place; false if the list is too short to reorder.
  private mutating func shuffleOne<T>(_ list: inout [T]) -> Bool {
    guard list.count >= 2 else { return false }
    let from = samples.int(0...(list.count - 1))
    var to = samples.int(0...(list.count - 2))
    if to >= from { to += 1 }
    let item = list.remove(at: from)
    list.insert(item, at: to)
    return true
  }
}
