/// How each style looks per theme. Colours carry meaning (feelings from red to green, moments
/// of truth in gold), and every meaning also has a character or an attribute, so the mono theme
/// (and `NO_COLOR`, and terminals without colour) still shows everything. It lives beside the
/// screen, not in the terminal backend, so that golden screens can record what each theme shows.
public struct Look: Hashable, Sendable {
  /// 256-colour foreground and background; -1 is the terminal's default.
  public var fg: Int16
  public var bg: Int16
  public var bold = false
  public var reverse = false
  public var underline = false
  public var dim = false
}

public enum Palette {
  public static func look(_ style: Style, theme: Theme) -> Look {
    switch theme {
    case .normal: return normal(style)
    case .highContrast: return highContrast(style)
    case .mono: return mono(style)
    }
  }

  static func normal(_ style: Style) -> Look {
    switch style {
    case .normal: return Look(fg: -1, bg: -1)
    case .titleBar: return Look(fg: 15, bg: 24, bold: true)
    case .statusBar: return Look(fg: 16, bg: 250)
    case .statusMode: return Look(fg: 15, bg: 25, bold: true)
    case .gutter: return Look(fg: 110, bg: -1, bold: true)
    case .stageA: return Look(fg: 15, bg: 60, bold: true)
    case .stageB: return Look(fg: 15, bg: 66, bold: true)
    case .stepHeader: return Look(fg: -1, bg: -1, bold: true, underline: true)
    case .stepHeaderMoment: return Look(fg: 16, bg: 214, bold: true)
    case .cursor: return Look(fg: -1, bg: -1, reverse: true)
    case .placeholder: return Look(fg: 244, bg: -1, dim: true)
    case .moment: return Look(fg: 214, bg: -1, bold: true)
    case .rule: return Look(fg: 67, bg: -1)
    case .feelingVeryNegative: return Look(fg: 196, bg: -1, bold: true)
    case .feelingNegative: return Look(fg: 208, bg: -1, bold: true)
    case .feelingNeutral: return Look(fg: 250, bg: -1, bold: true)
    case .feelingPositive: return Look(fg: 114, bg: -1, bold: true)
    case .feelingVeryPositive: return Look(fg: 46, bg: -1, bold: true)
    case .baseline: return Look(fg: 240, bg: -1)
    case .pain: return Look(fg: 203, bg: -1)
    case .opportunity: return Look(fg: 79, bg: -1)
    case .process: return Look(fg: 111, bg: -1)
    case .served: return Look(fg: 226, bg: -1, bold: true)
    case .searchMatch: return Look(fg: 16, bg: 226)
    case .message: return Look(fg: 117, bg: -1)
    case .error: return Look(fg: 15, bg: 160, bold: true)
    case .popup: return Look(fg: 15, bg: 238)
    case .popupSelected: return Look(fg: 16, bg: 117, bold: true)
    case .helpKey: return Look(fg: 214, bg: -1, bold: true)
    case .helpHeading: return Look(fg: 117, bg: -1, bold: true, underline: true)
    case .editField: return Look(fg: 16, bg: 230)
    case .breadcrumb: return Look(fg: 153, bg: 236)
    case .marker: return Look(fg: 16, bg: 153, bold: true)
    case .note: return Look(fg: 16, bg: 187)
    case .stepTitle: return Look(fg: 15, bg: 24, bold: true)
    case .findingError: return Look(fg: 15, bg: 160, bold: true)
    case .findingWarning: return Look(fg: 16, bg: 214, bold: true)
    case .findingInfo: return Look(fg: 117, bg: -1, bold: true)
    case .slideHeadline: return Look(fg: 75, bg: -1, bold: true)
    case .slideLabel: return Look(fg: 110, bg: -1, bold: true)
    case .slideStrong: return Look(fg: -1, bg: -1, bold: true)
    }
  }

  /// For projectors: black on white, strong saturated colours, bold everywhere it helps.
  static func highContrast(_ style: Style) -> Look {
    switch style {
    case .normal: return Look(fg: 16, bg: 231)
    case .titleBar, .statusMode: return Look(fg: 231, bg: 16, bold: true)
    case .statusBar: return Look(fg: 231, bg: 19, bold: true)
    case .gutter: return Look(fg: 19, bg: 231, bold: true)
    case .stageA: return Look(fg: 231, bg: 19, bold: true)
    case .stageB: return Look(fg: 231, bg: 90, bold: true)
    case .stepHeader: return Look(fg: 16, bg: 231, bold: true, underline: true)
    case .stepHeaderMoment: return Look(fg: 16, bg: 220, bold: true)
    case .cursor: return Look(fg: 231, bg: 16, bold: true)
    case .placeholder: return Look(fg: 240, bg: 231)
    case .moment: return Look(fg: 130, bg: 231, bold: true)
    case .rule: return Look(fg: 19, bg: 231, bold: true)
    case .feelingVeryNegative: return Look(fg: 160, bg: 231, bold: true)
    case .feelingNegative: return Look(fg: 166, bg: 231, bold: true)
    case .feelingNeutral: return Look(fg: 16, bg: 231, bold: true)
    case .feelingPositive: return Look(fg: 28, bg: 231, bold: true)
    case .feelingVeryPositive: return Look(fg: 22, bg: 231, bold: true)
    case .baseline: return Look(fg: 244, bg: 231)
    case .pain: return Look(fg: 124, bg: 231, bold: true)
    case .opportunity: return Look(fg: 22, bg: 231, bold: true)
    case .process: return Look(fg: 18, bg: 231, bold: true)
    case .served: return Look(fg: 90, bg: 231, bold: true)
    case .searchMatch: return Look(fg: 16, bg: 226, bold: true)
    case .message: return Look(fg: 18, bg: 231, bold: true)
    case .error: return Look(fg: 231, bg: 160, bold: true)
    case .popup: return Look(fg: 16, bg: 254)
    case .popupSelected: return Look(fg: 231, bg: 19, bold: true)
    case .helpKey: return Look(fg: 90, bg: 231, bold: true)
    case .helpHeading: return Look(fg: 19, bg: 231, bold: true, underline: true)
    case .editField: return Look(fg: 16, bg: 229, bold: true, underline: true)
    case .breadcrumb: return Look(fg: 16, bg: 254, bold: true)
    case .marker: return Look(fg: 231, bg: 90, bold: true)
    case .note: return Look(fg: 16, bg: 254, bold: true)
    case .stepTitle: return Look(fg: 231, bg: 19, bold: true)
    case .findingError: return Look(fg: 231, bg: 160, bold: true)
    case .findingWarning: return Look(fg: 16, bg: 220, bold: true)
    case .findingInfo: return Look(fg: 19, bg: 231, bold: true)
    case .slideHeadline: return Look(fg: 19, bg: 231, bold: true)
    case .slideLabel: return Look(fg: 90, bg: 231, bold: true)
    case .slideStrong: return Look(fg: 16, bg: 231, bold: true)
    }
  }

  /// Attributes only, for `NO_COLOR`, terminals without colour, and by choice.
  static func mono(_ style: Style) -> Look {
    var look = Look(fg: -1, bg: -1)
    switch style {
    case .titleBar, .statusBar, .popupSelected, .error: look.reverse = true
    case .statusMode, .stageA: look.reverse = true; look.bold = true
    case .stageB: look.reverse = true; look.underline = true
    case .stepHeader, .gutter, .helpHeading: look.bold = true
    case .stepHeaderMoment: look.bold = true; look.underline = true
    case .cursor: look.reverse = true
    case .placeholder, .baseline: look.dim = true
    case .moment, .served, .helpKey, .feelingVeryNegative, .feelingVeryPositive: look.bold = true
    case .searchMatch, .editField, .breadcrumb: look.underline = true
    case .marker, .stepTitle, .findingError: look.reverse = true; look.bold = true
    case .findingWarning: look.reverse = true
    case .findingInfo: look.bold = true
    case .slideHeadline, .slideStrong: look.bold = true
    case .slideLabel: look.bold = true; look.underline = true
    default: break
    }
    return look
  }

  /// The nearest of the 8 basic colours, for terminals without 256.
  public static func basic(_ color: Int16) -> Int16 {
    switch color {
    case -1: return -1
    case 0...15: return color % 8
    case 16: return 0
    case 231, 250...255: return 7
    case 232...249: return color < 244 ? 0 : 7
    default:
      let c = Int(color) - 16
      let r = c / 36, g = (c / 6) % 6, b = c % 6
      return Int16((r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0))
    }
  }
}
