extension Screen {
  /// The screen as a person can read it in a diff, styles included: each row's text (after
  /// its row number), then under it one letter per cell naming the cell's look in `theme`, and
  /// at the end a legend of the letters. `.` is the theme's normal look; other letters are given
  /// in reading order, one per distinct look, so a theme that draws two styles alike shows them
  /// alike. Golden screens hold this; themes differ only here, never in the text.
  public func styledDump(theme: Theme) -> String {
    let normal = Palette.look(.normal, theme: theme)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var letters: [Look: Character] = [normal: "."]
    var names: [Look: [Style]] = [normal: [.normal]]
    var order: [Look] = [normal]
    var out = ""
    for r in 0..<size.rows {
      var text = ""
      var styles = ""
      for c in 0..<size.columns {
        let cell = self[c, r]
        if !cell.isContinuation { text.append(cell.character) }
        let look = Palette.look(cell.style, theme: theme)
        if letters[look] == nil {
          letters[look] = order.count - 1 < alphabet.count ? alphabet[order.count - 1] : "?"
          order.append(look)
        }
        if !(names[look]?.contains(cell.style) ?? false) { names[look, default: []].append(cell.style) }
        styles.append(letters[look]!)
      }
      while text.last == " " { text.removeLast() }
      while styles.last == "." { styles.removeLast() }
      let number = String(r)
      out += String(repeating: " ", count: max(0, 3 - number.count)) + number + " " + text + "\n"
      out += (styles.isEmpty ? "" : "    " + styles) + "\n"
    }
    out += "--- \(theme.rawValue) theme"
    if let cursor { out += "; terminal cursor at column \(cursor.column), row \(cursor.row)" }
    out += "\n"
    for look in order {
      out += "\(letters[look]!)  \(Screen.describe(look))  — \(names[look]!.map { "\($0)" }.joined(separator: ", "))\n"
    }
    return out
  }

  static func describe(_ look: Look) -> String {
    var parts: [String] = []
    parts.append(look.fg < 0 ? "default" : "fg \(look.fg)")
    parts.append(look.bg < 0 ? "on default" : "on \(look.bg)")
    if look.bold { parts.append("bold") }
    if look.reverse { parts.append("reverse") }
    if look.underline { parts.append("underline") }
    if look.dim { parts.append("dim") }
    return parts.joined(separator: " ")
  }
}
