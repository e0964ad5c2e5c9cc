/// Text from a map as it may be shown on a terminal: the one place that decides it, for the
/// editor's screen and for every message and text output of the command line.
///
/// A map can come from anyone (a colleague's branch, a download), so its text must never reach
/// the terminal raw: an escape sequence in a step title could otherwise write the clipboard
/// (OSC 52), retitle the window (OSC 2), or recolour and drive the facilitator's terminal. Control characters become visible symbols (`␛`, `␀`, `↵`), bidirectional overrides
/// become `�`, invisible format characters are dropped, and emoji sequences are shown by their
/// first emoji so that every grapheme has the width the terminal will give it.
public enum SafeText {
  public static func displayable(_ text: String) -> String {
    // Fast path: printable ASCII and other plain text need nothing.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) || PlainText.isPlain(text) { return text }
    var out = String()
    out.reserveCapacity(text.utf8.count)
    for character in text { out.append(contentsOf: displayable(character)) }
    return out
  }

  /// The start of a text, made safe: at most `limit` characters are looked at, so drawing a cell
  /// costs what fits on screen, not what the text holds (a ten-megabyte title is drawn as fast
  /// as a short one). When the text is longer, the result is longer than `limit` too, so that
  /// wrapping and truncating still end it with `…`.
  public static func displayable(_ text: String, limit: Int) -> String {
    if text.utf8.count <= limit { return displayable(text) }
    return displayable(String(text.prefix(limit + 1)))
  }

  /// Like ``displayable(_:)`` for text of several lines (reports, outlines, messages): each line
  /// is made safe and the line breaks are kept. A lone carriage return, which would let a line
  /// overwrite what the terminal just printed, is shown as `↵`.
  public static func lines(_ text: String) -> String {
    if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { displayable(String($0)) }.joined(separator: "\n")
  }

  public static func displayable(_ character: Character) -> String {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return "" }
    if scalars.count == 1 { return single(first) }
    if character == "\r\n" { return "↵" }
    // A grapheme of several scalars: a base plus combining marks stays (marks have no width);
    // emoji sequences (ZWJ families, flags, skin tones, VS16) shrink to their first scalar.
    let base = single(first)
    if base.unicodeScalars.first != first { return base }
    var result = base
    for scalar in scalars.dropFirst() {
      // Variation selectors choose text or emoji presentation, which terminals disagree on.
      if (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value) { continue }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark:
        if scalar.value != 0x20E3 { result.unicodeScalars.append(scalar) }
      default:
        return base
      }
    }
    return result
  }

  static func single(_ scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    switch v {
    case 0x0A, 0x0D: return "↵"
    case 0x09: return "→"
    case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟
    case 0x7F: return "␡"
    case 0x80..<0xA0: return "�"
    case 0x202A...0x202E, 0x2066...0x2069: return "�"  // bidi embeddings, overrides, isolates
    case 0xFE0E, 0xFE0F: return ""
    case 0x1F1E6...0x1F1FF: return "⚑"  // regional indicators (flags): terminals disagree on width
    default: break
    }
    switch scalar.properties.generalCategory {
    case .format, .lineSeparator, .paragraphSeparator:
      return v == 0x2028 || v == 0x2029 ? "↵" : ""
    case .nonspacingMark, .enclosingMark, .spacingMark:
      return "◌" + String(scalar)  // a mark with no base gets a visible one
    case .control, .surrogate, .privateUse, .unassigned:
      return "�"
    default:
      return String(scalar)
    }
  }
}
