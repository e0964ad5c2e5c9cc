/// The three ways the editor shows a map. All three share one cursor (a step and a lane), so
/// switching views never loses the place the room is talking about.
public enum JourneyView: String, CaseIterable, Sendable {
  /// Steps as columns and every lane as a row: where the map is filled in.
  case grid
  /// The whole journey on one screen, like the wall of sticky notes: narrow step columns, the
  /// emotion curve, moments of truth, counts of pain points and ideas, backstage support.
  case wall
  /// One step full screen, every lane in full, readable from the back of the room.
  case step

  /// How the breadcrumb names the view.
  var title: String {
    switch self {
    case .grid: return "GRID"
    case .wall: return "WALL"
    case .step: return "STEP"
    }
  }
}
