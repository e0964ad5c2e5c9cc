/// A process behind the customer's steps: the service-blueprint layer.
///
/// Processes are stored at map level and name the steps they serve, because one process (say,
/// "Order management") usually serves several steps, and a step is served by several processes.
public struct BackstageProcess: Equatable, Sendable, Identifiable {
  public var id: String
  public var lane: ProcessLane
  public var title: String
  public var owner: String
  public var system: String
  public var notes: String
  /// Ids of the steps this process serves.
  public var steps: [String]
  public var extensions: Extensions

  public init(
    id: String, lane: ProcessLane, title: String, owner: String = "", system: String = "", notes: String = "",
    steps: [String] = [], extensions: Extensions = Extensions()
  ) {
    self.id = id
    self.lane = lane
    self.title = title
    self.owner = owner
    self.system = system
    self.notes = notes
    self.steps = steps
    self.extensions = extensions
  }
}

/// The blueprint's rows below the customer: what the customer sees staff do (frontstage), what
/// staff do out of sight (backstage), and the systems and teams that support them (support).
public enum ProcessLane: String, CaseIterable, Sendable {
  case frontstage
  case backstage
  case support
}
