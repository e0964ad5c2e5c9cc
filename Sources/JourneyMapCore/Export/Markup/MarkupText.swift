/// Map text made inert for HTML and SVG, which journeymap writes itself (the HTML page, the
/// deck's pictures). Map text only ever appears as element content or inside a quoted attribute
/// value, so escaping the five characters that can end either (`& < > " '`) is all it takes: no
/// tag, entity, attribute or comment can form. Control characters and bidirectional overrides
/// are gone already (``ExportText/clean(_:)``).
enum MarkupText {
  static let escaper = ByteEscaper(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

  /// Map text, cleaned and escaped.
  static func text(_ raw: String) -> String { escaper(ExportText.clean(raw)) }

  /// Text already cleaned (and perhaps cut), escaped.
  static func escape(_ clean: String) -> String { escaper(clean) }

  /// A coordinate or length with at most one decimal, the same on every platform and locale.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}
