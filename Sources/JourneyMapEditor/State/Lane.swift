import JourneyMapCore

/// The rows of the grid, top to bottom: the customer's lanes, the optional detail lanes, then
/// the service blueprint's three lines and its three process lanes.
public enum Lane: String, CaseIterable, Sendable {
  case step
  case description
  case thinking
  case feeling
  case touchpoints
  case moment
  case painPoints
  case opportunities
  case metrics
  case evidence
  case notes
  case lineOfInteraction
  case frontstage
  case lineOfVisibility
  case backstage
  case lineOfInternalInteraction
  case support

  public var label: String {
    switch self {
    case .step: return "Step"
    case .description: return "Description"
    case .thinking: return "Thinking"
    case .feeling: return "Feeling"
    case .touchpoints: return "Touchpoints"
    case .moment: return "Moment of truth"
    case .painPoints: return "Pain points"
    case .opportunities: return "Opportunities"
    case .metrics: return "Metrics"
    case .evidence: return "Evidence"
    case .notes: return "Notes"
    case .lineOfInteraction: return "line of interaction"
    case .frontstage: return "Frontstage"
    case .lineOfVisibility: return "line of visibility"
    case .backstage: return "Backstage"
    case .lineOfInternalInteraction: return "line of internal interaction"
    case .support: return "Support"
    }
  }

  /// For narrow terminals, where the gutter is 8 columns.
  public var shortLabel: String {
    switch self {
    case .step: return "Step"
    case .description: return "Descr."
    case .thinking: return "Thinks"
    case .feeling: return "Feels"
    case .touchpoints: return "Touch"
    case .moment: return "MoT"
    case .painPoints: return "Pains"
    case .opportunities: return "Ideas"
    case .metrics: return "Metrics"
    case .evidence: return "Evid."
    case .notes: return "Notes"
    case .frontstage: return "Front"
    case .backstage: return "Back"
    case .support: return "Support"
    case .lineOfInteraction, .lineOfVisibility, .lineOfInternalInteraction: return label
    }
  }

  /// The three lines of a service blueprint are drawn as rules, never selected.
  public var isRule: Bool {
    self == .lineOfInteraction || self == .lineOfVisibility || self == .lineOfInternalInteraction
  }

  /// Lanes that hold a list of items the cursor can select one by one.
  public var isList: Bool {
    switch self {
    case .thinking, .touchpoints, .painPoints, .opportunities, .metrics, .frontstage, .backstage, .support: return true
    default: return false
    }
  }

  public var processLane: ProcessLane? {
    switch self {
    case .frontstage: return .frontstage
    case .backstage: return .backstage
    case .support: return .support
    default: return nil
    }
  }

  public var isDetail: Bool { self == .description || self == .metrics || self == .evidence || self == .notes }
  public var isBackstageLayer: Bool { isRule || processLane != nil }

  /// Rows the lane takes on screen.
  public var height: Int {
    switch self {
    case .step: return 2
    case .feeling: return 5
    case .thinking, .painPoints, .opportunities: return 3
    case .evidence: return 1
    case .lineOfInteraction, .lineOfVisibility, .lineOfInternalInteraction: return 1
    default: return 2
    }
  }
}
