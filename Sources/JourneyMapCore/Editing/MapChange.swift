/// One reversible change to a map: the unit of undo, and of the editor's edits.
///
/// Applying a change returns its inverse, so undo history stores only what changed (one step,
/// one list of stages) instead of whole copies of the map. That keeps edits on a 10,000-step map
/// as cheap as on a 10-step one.
public indirect enum MapChange: Equatable, Sendable {
  /// Replace the step at an index.
  case setStep(Int, Step)
  case insertStep(Int, Step)
  case removeStep(Int)
  /// Move a step from one index to another (the index it has after the move).
  case moveStep(from: Int, to: Int)
  /// Replace the whole list of steps (reordering a stage moves a block of steps).
  case setSteps([Step])
  case setStages([Stage])
  case setProcesses([BackstageProcess])
  case setTouchpoints([Touchpoint])
  case setProperties(MapProperties)
  /// Several changes that undo together, applied in order.
  case batch([MapChange])
  /// The whole map at once (settling a merge conflict can touch any part of it).
  case replace(JourneyMap)
}

/// The map-level fields a facilitator edits as a form.
public struct MapProperties: Equatable, Sendable {
  public var title: String
  public var state: MapState
  public var persona: Persona
  public var scenario: String
  public var stakeholders: [String]
  public var notes: String

  public init(title: String, state: MapState, persona: Persona, scenario: String, stakeholders: [String], notes: String) {
    self.title = title
    self.state = state
    self.persona = persona
    self.scenario = scenario
    self.stakeholders = stakeholders
    self.notes = notes
  }
}

extension JourneyMap {
  public var properties: MapProperties {
    get {
      MapProperties(title: title, state: state, persona: persona, scenario: scenario, stakeholders: stakeholders, notes: notes)
    }
    set {
      title = newValue.title
      state = newValue.state
      persona = newValue.persona
      scenario = newValue.scenario
      stakeholders = newValue.stakeholders
      notes = newValue.notes
    }
  }

  /// Applies a change and returns the change that undoes it.
  @discardableResult
  public mutating func apply(_ change: MapChange) -> MapChange {
    switch change {
    case .setStep(let index, let step):
      let old = steps[index]
      steps[index] = step
      return .setStep(index, old)
    case .insertStep(let index, let step):
      steps.insert(step, at: index)
      return .removeStep(index)
    case .removeStep(let index):
      let old = steps.remove(at: index)
      return .insertStep(index, old)
    case .moveStep(let from, let to):
      let step = steps.remove(at: from)
      steps.insert(step, at: to)
      return .moveStep(from: to, to: from)
    case .setSteps(let new):
      let old = steps
      steps = new
      return .setSteps(old)
    case .setStages(let new):
      let old = stages
      stages = new
      return .setStages(old)
    case .setProcesses(let new):
      let old = processes
      processes = new
      return .setProcesses(old)
    case .setTouchpoints(let new):
      let old = touchpoints
      touchpoints = new
      return .setTouchpoints(old)
    case .setProperties(let new):
      let old = properties
      properties = new
      return .setProperties(old)
    case .replace(let new):
      let old = self
      self = new
      return .replace(old)
    case .batch(let changes):
      var inverses: [MapChange] = []
      inverses.reserveCapacity(changes.count)
      for change in changes { inverses.append(apply(change)) }
      return .batch(inverses.reversed())
    }
  }
}
