/// JSON reports for scripts that people also read on a terminal (`lint --format json`,
/// `actions --format json`): the same JSON, with every character a terminal could act on or
/// that reorders the line — C1 controls, bidirectional embeddings, overrides and isolates,
/// other invisible format characters, line and paragraph separators — written as a `\u`
/// escape. A JSON reader gets exactly the same strings; a terminal gets nothing to obey.
public enum TerminalSafeJSON {
  public static func escape(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscape) else { return json }
    var out = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      guard needsEscape(scalar) else {
        out.append(scalar)
        continue
      }
      // Only ever inside strings: JSON's own structure is ASCII.
      for unit in String(scalar).utf16 {
        out.append(contentsOf: ("\\u" + hex(unit, width: 4, uppercase: false)).unicodeScalars)
      }
    }
    return String(out)
  }

  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return false }
    if v <= 0x9F || v == 0x2028 || v == 0x2029 { return true }
    return scalar.properties.generalCategory == .format
  }
}
