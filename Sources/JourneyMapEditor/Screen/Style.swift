/// What a cell means, not what colour it is: the terminal backend maps styles to colours and
/// attributes per theme (normal, high contrast, monochrome), so meaning survives `NO_COLOR`.
public enum Style: UInt8, CaseIterable, Sendable {
  case normal
  case titleBar
  case statusBar
  case statusMode
  case gutter
  case stageA
  case stageB
  case stepHeader
  case stepHeaderMoment
  case cursor
  case placeholder
  case moment
  case rule
  case feelingVeryNegative
  case feelingNegative
  case feelingNeutral
  case feelingPositive
  case feelingVeryPositive
  case baseline
  case pain
  case opportunity
  case process
  case served
  case searchMatch
  case message
  case error
  case popup
  case popupSelected
  case helpKey
  case helpHeading
  case editField
  /// The row that says where the view is (stage, step n of N).
  case breadcrumb
  /// "◂ 3" / "4 ▸": steps off an edge of the view.
  case marker
  /// A step's note on the wall.
  case note
  /// The step view's title band.
  case stepTitle
  /// The mark of a lint finding in a cell, by severity.
  case findingError
  case findingWarning
  case findingInfo
  /// A presentation's big letters.
  case slideHeadline
  /// A presentation's small headings over a block ("PAIN POINTS").
  case slideLabel
  /// Text a slide stresses: a step's title, an owner.
  case slideStrong

  /// The feeling style for a score from −2 to +2.
  public static func feeling(_ score: Int) -> Style {
    switch score {
    case ...(-2): return .feelingVeryNegative
    case -1: return .feelingNegative
    case 0: return .feelingNeutral
    case 1: return .feelingPositive
    default: return .feelingVeryPositive
    }
  }
}
