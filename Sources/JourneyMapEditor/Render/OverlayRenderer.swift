import JourneyMapCore

/// Things drawn over the grid: completion candidates and the map properties form.
enum OverlayRenderer {
  /// The candidates under a prompt, scrolled so the selected one shows; when they do not all
  /// fit, the last row says how many are above and below, so no command seems missing.
  static func drawCandidates(_ screen: inout Screen, _ prompt: Prompt) {
    let maxRows = min(8, screen.size.rows - 4)
    guard maxRows > 0 else { return }
    let width = min(screen.size.columns, 64)
    let total = prompt.candidates.count
    let itemRows = total > maxRows ? max(1, maxRows - 1) : total
    let first = max(0, min(prompt.selected - itemRows + 1, total - itemRows))
    let shown = Array(prompt.candidates.dropFirst(first).prefix(itemRows))
    let above = first
    let below = total - first - shown.count
    let summary = above + below > 0
    let top = screen.size.rows - 2 - shown.count - (summary ? 1 : 0)
    for (i, candidate) in shown.enumerated() {
      let selected = first + i == prompt.selected
      let style: Style = selected ? .popupSelected : .popup
      screen.fill(column: 0, row: top + i, width: width, style: style)
      screen.write(" " + SafeText.displayable(candidate.label, limit: width), column: 0, row: top + i, limit: width, style: style)
    }
    if summary {
      var parts: [String] = []
      if above > 0 { parts.append("↑ \(above) more above") }
      if below > 0 { parts.append("↓ \(below) more below") }
      let row = top + shown.count
      screen.fill(column: 0, row: row, width: width, style: .popup)
      screen.write(" " + parts.joined(separator: " · ") + " (type to narrow)", column: 0, row: row, limit: width, style: .popup)
    }
  }

  /// The capture line as it will be filed, part by part, while it is typed: nothing typed goes
  /// anywhere the room cannot see first.
  static func drawCapturePreview(_ screen: inout Screen, _ state: EditorState, _ prompt: Prompt) {
    let parts = StepCapture.parse(prompt.editor.text).parts
    let width = min(screen.size.columns, 100)
    let legend = CaptureGrammar.legendLines(width: width - 2)
    let rows = parts.isEmpty ? 1 : min(parts.count, max(1, screen.size.rows - 5 - legend.count))
    var top = screen.size.rows - 2 - rows - legend.count
    guard top > 0 else { return }
    for line in legend {
      screen.fill(column: 0, row: top, width: width, style: .popupSelected)
      screen.write(" " + line, column: 0, row: top, limit: width, style: .popupSelected)
      top += 1
    }
    top -= 1
    if parts.isEmpty {
      screen.fill(column: 0, row: top + 1, width: width, style: .popup)
      let keys = ModeKeymaps.prompt
      screen.write(
        " Type the step; \(ModeKeymaps.key(.submit, in: keys)) files it, \(ModeKeymaps.key(.cancel, in: keys)) cancels", column: 0,
        row: top + 1, limit: width, style: .popup)
      return
    }
    for (i, part) in parts.prefix(rows).enumerated() {
      let row = top + 1 + i
      screen.fill(column: 0, row: row, width: width, style: .popup)
      let label = TextLayout.pad(CaptureGrammar.label(part.kind), to: 19)
      let known = CaptureGrammar.isNew(part, in: state.map) ? " (new)" : ""
      screen.write(" " + label + SafeText.displayable(part.text, limit: width) + known, column: 0, row: row, limit: width, style: .popup)
    }
  }

  /// What the recovery file holds that the map file does not, before the user chooses.
  static func drawRecovery(_ screen: inout Screen, _ offer: RecoveryOffer) {
    let width = min(screen.size.columns - 2, 100)
    let height = max(3, min(screen.size.rows - 4, offer.differences.count + 3))
    let left = (screen.size.columns - width) / 2
    let top = 1
    screen.fill(column: left, row: top, width: width, height: height, style: .popup)
    screen.write(" Unsaved work found — what it holds that the file does not:", column: left, row: top, limit: width, style: .helpHeading)
    for (i, line) in offer.differences.prefix(height - 2).enumerated() {
      screen.write(" " + SafeText.displayable(line, limit: width), column: left, row: top + 1 + i, limit: width, style: .popup)
    }
    if offer.differences.count > height - 2 {
      screen.write(" … \(offer.differences.count - (height - 2)) more", column: left, row: top + height - 1, limit: width, style: .popup)
    }
  }

  static func drawForm(_ screen: inout Screen, _ state: EditorState, _ form: Form) {
    let fields = FormField.allCases
    let width = min(screen.size.columns - 2, 90)
    let height = min(screen.size.rows - 4, fields.count + 3)
    let left = (screen.size.columns - width) / 2
    let top = 1 + max(0, (screen.size.rows - 3 - height) / 2)
    screen.fill(column: left, row: top, width: width, height: height, style: .popup)
    screen.write(" Map properties — " + ModeKeymaps.formHint, column: left, row: top, limit: width, style: .helpHeading)
    let labelWidth = 19
    for (i, field) in fields.enumerated() where top + 2 + i < top + height {
      let row = top + 2 + i
      let selected = field == form.selected
      screen.write(" " + field.label, column: left, row: row, limit: labelWidth, style: .popup)
      let valueX = left + labelWidth
      let valueWidth = width - labelWidth - 1
      if selected, let editor = form.editing {
        Renderer.drawEditor(&screen, editor, column: valueX, row: row, width: valueWidth, style: .editField)
      } else {
        let value = SafeText.displayable(state.propertyText(field), limit: valueWidth)
        screen.write(TextLayout.truncate(value.isEmpty ? "—" : value, to: valueWidth), column: valueX, row: row, style: selected ? .popupSelected : .popup)
        if selected { screen.restyle(column: left, row: row, width: width, style: .popupSelected) }
      }
    }
  }
}

/// The `?` screen: every action from the table, grouped, with its keys and command.
enum HelpRenderer {
  /// The help text for a screen width: when a summary does not fit beside its keys and
  /// command, it wraps onto indented lines below them.
  static func lines(width: Int = Int.max, search: String = "", keymap: Keymap = .vim) -> [(String, Style)] {
    let (help, prompt, edit) = (ModeKeymaps.help, ModeKeymaps.prompt, ModeKeymaps.edit)
    var out: [(String, Style)] = [
      (
        "journeymap — every key and command. Type to search; arrows scroll; \(ModeKeymaps.key(.clearSearch, in: help)) clears, "
          + "\(ModeKeymaps.key(.close, in: help)) closes", .helpHeading
      ),
      (
        "Type : then a command name; \(ModeKeymaps.key(.complete, in: prompt)) completes. In a cell: "
          + "\(ModeKeymaps.key(.keep, in: edit)) keeps the text and goes to the next lane, \(ModeKeymaps.key(.cancel, in: edit)) cancels, "
          + "\(ModeKeymaps.key(.keepAndAddNext, in: edit)) keeps it and adds the next item.", .normal
      ),
    ]
    let words = search.lowercased().split(separator: " ")
    if words.isEmpty {
      out.append((
        "Marks: \(FindingMarks.glyph(.warning)) beside a cell is a lint finding, \(FindingMarks.glyph(.info)) a note; "
          + "\(KeyHint.key(.nextFinding, in: keymap)) goes to the next and :lint lists them all. ★ is a moment of truth.", .normal))
      out.append(("", .normal))
      out.append(("Capturing a step: \(KeyHint.key(.insertStepAfter, in: keymap)), then the whole step in one line, then Enter", .helpHeading))
      for line in CaptureGrammar.helpLines {
        for (i, part) in TextLayout.wrap(line, width: max(20, min(width, 400) - 4), maxLines: 6).enumerated() {
          out.append(((i == 0 ? "  " : "    ") + part, .normal))
        }
      }
    } else {
      out[0] = (
        "Search: \(SafeText.displayable(search))▏ (\(ModeKeymaps.key(.clearSearch, in: help)) clears, "
          + "\(ModeKeymaps.key(.close, in: help)) closes)", .helpHeading
      )
    }
    for category in ActionCategory.allCases {
      let specs = ActionTable.all.filter { spec in
        guard spec.category == category else { return false }
        let haystack = ([ActionTable.keyText(spec), ":" + spec.name, spec.argument ?? "", spec.summary, category.rawValue] + spec.aliases)
          .joined(separator: " ").lowercased()
        return words.allSatisfy { haystack.contains($0) }
      }
      guard !specs.isEmpty else { continue }
      out.append(("", .normal))
      out.append((category.rawValue, .helpHeading))
      for spec in specs {
        var command = ":" + spec.name
        if let argument = spec.argument { command += " " + argument }
        let keys = keymap == .vim ? ActionTable.keyText(spec) : keymap.keys(spec).joined(separator: " ")
        let head = "  " + TextLayout.pad(keys, to: 14) + " " + TextLayout.pad(command, to: 34) + " "
        if DisplayWidth.of(head) + DisplayWidth.of(spec.summary) <= width {
          out.append((head + spec.summary, .normal))
        } else {
          out.append(("  " + TextLayout.pad(keys, to: 14) + " " + command, .normal))
          let indent = String(repeating: " ", count: 8)
          for line in TextLayout.wrap(spec.summary, width: max(10, width - 8), maxLines: 4) {
            out.append((indent + line, .placeholder))
          }
        }
      }
    }
    return out
  }

  static func draw(_ screen: inout Screen, _ state: EditorState, scroll: Int) {
    var search = ""
    if case .help(_, let typed) = state.mode { search = typed }
    var all = lines(width: screen.size.columns - 2, search: search, keymap: state.options.keymap)
    if all.count <= 2 { all.append(("  Nothing matches “\(SafeText.displayable(search))”: try another word (undo, owner, export, stage…)", .placeholder)) }
    let top = 1
    let height = screen.size.rows - 3
    let start = min(scroll, max(0, all.count - height))
    for (i, line) in all.dropFirst(start).prefix(height).enumerated() {
      screen.write(line.0, column: 1, row: top + i, limit: screen.size.columns - 1, style: line.1)
      if line.1 == .normal && line.0.hasPrefix("  ") {
        screen.restyle(column: 1, row: top + i, width: min(16, screen.size.columns - 1), style: .helpKey)
      }
    }
  }
}

/// The help screen's text, for tests and documentation.
public enum HelpText {
  public static var all: String { HelpRenderer.lines().map(\.0).joined(separator: "\n") }
}
