/// One journey of one persona: the unit a workshop produces and a file holds.
///
/// Steps are stored flat, each naming its stage, in the order the team put them; the journey's
/// reading order is stage order, then step order within a stage (``stepsInJourneyOrder``).
/// Keeping steps flat makes moving a step to another stage a one-line change in the file.
public struct JourneyMap: Equatable, Sendable {
  /// `$schema`, when a file names one (editors use it for completion); preserved as is.
  public var schema: String?
  public var id: String
  public var title: String
  public var state: MapState
  public var persona: Persona
  /// What the customer is trying to achieve on this journey.
  public var scenario: String
  /// Who was in the room.
  public var stakeholders: [String]
  public var notes: String
  public var touchpoints: [Touchpoint]
  public var stages: [Stage]
  public var steps: [Step]
  /// The backstage layer: frontstage, backstage and support processes.
  public var processes: [BackstageProcess]
  public var extensions: Extensions

  public init(
    schema: String? = nil, id: String, title: String, state: MapState = .current,
    persona: Persona = Persona(), scenario: String = "", stakeholders: [String] = [],
    notes: String = "", touchpoints: [Touchpoint] = [], stages: [Stage] = [], steps: [Step] = [],
    processes: [BackstageProcess] = [], extensions: Extensions = Extensions()
  ) {
    self.schema = schema
    self.id = id
    self.title = title
    self.state = state
    self.persona = persona
    self.scenario = scenario
    self.stakeholders = stakeholders
    self.notes = notes
    self.touchpoints = touchpoints
    self.stages = stages
    self.steps = steps
    self.processes = processes
    self.extensions = extensions
  }
}

/// Whether a map describes the experience as it is or as it is redesigned to be.
public enum MapState: String, CaseIterable, Sendable {
  case current
  case future
}

/// The customer whose journey this is.
public struct Persona: Equatable, Sendable {
  public var name: String
  public var goal: String
  public var description: String
  public var extensions: Extensions

  public init(name: String = "", goal: String = "", description: String = "", extensions: Extensions = Extensions()) {
    self.name = name
    self.goal = goal
    self.description = description
    self.extensions = extensions
  }

  public var isEmpty: Bool { name.isEmpty && goal.isEmpty && description.isEmpty && extensions.isEmpty }
}

/// A phase of the journey (Discover, Book, Visit…); steps belong to exactly one.
public struct Stage: Equatable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var description: String
  public var extensions: Extensions

  public init(id: String, name: String, description: String = "", extensions: Extensions = Extensions()) {
    self.id = id
    self.name = name
    self.description = description
    self.extensions = extensions
  }
}

/// A way the customer and the company meet. Defined once per map and referenced by steps,
/// so renaming "Helpline" renames it everywhere.
public struct Touchpoint: Equatable, Sendable, Identifiable {
  public var id: String
  /// web, phone, email, store, app, chat, letter, social, in-person… (free text, lower case by
  /// convention).
  public var channel: String
  public var name: String
  public var extensions: Extensions

  public init(id: String, channel: String, name: String, extensions: Extensions = Extensions()) {
    self.id = id
    self.channel = channel
    self.name = name
    self.extensions = extensions
  }

  /// Channels offered first when creating a touchpoint.
  public static let commonChannels = ["web", "app", "phone", "email", "chat", "store", "letter", "social", "in-person"]
}
