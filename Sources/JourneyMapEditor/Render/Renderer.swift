import JourneyMapCore

/// Draws a state into a ``Screen``: the pure view function. The terminal loop and headless
/// runs call the same function after every event.
public enum Renderer {
  public static func render(_ state: EditorState) -> Screen {
    var screen = Screen(size: state.size)
    let geometry = GridGeometry(state)
    if geometry.isTooSmall {
      drawTooSmall(&screen)
      return screen
    }
    if let presentation = state.presentation {
      PresentationRenderer.draw(&screen, state, presentation)
      return screen
    }
    drawTitleBar(&screen, state)
    if case .help(let scroll, _) = state.mode {
      HelpRenderer.draw(&screen, state, scroll: scroll)
    } else {
      switch state.options.view {
      case .grid: GridRenderer(state: state, geometry: geometry).draw(&screen)
      case .wall: WallRenderer(state: state).draw(&screen)
      case .step: StepRenderer(state: state).draw(&screen)
      }
    }
    let message = messageLines(state, width: screen.size.columns, rows: screen.size.rows)
    drawStatusBar(&screen, state, row: screen.size.rows - 1 - max(1, message.lines.count))
    drawMessageLine(&screen, state, message)
    if case .prompt(let prompt) = state.mode, !prompt.candidates.isEmpty {
      OverlayRenderer.drawCandidates(&screen, prompt)
    } else if case .prompt(let prompt) = state.mode, case .capture = prompt.purpose {
      OverlayRenderer.drawCapturePreview(&screen, state, prompt)
    }
    if case .form(let form) = state.mode {
      OverlayRenderer.drawForm(&screen, state, form)
    }
    if case .confirm(let confirmation) = state.mode, confirmation.kind == .recovery, let offer = state.recovery {
      OverlayRenderer.drawRecovery(&screen, offer)
    }
    return screen
  }

  static func drawTooSmall(_ screen: inout Screen) {
    let size = screen.size
    let lines = [
      "Terminal too small: \(size.columns)×\(size.rows)",
      "journeymap needs at least \(GridGeometry.minimumSize.columns)×\(GridGeometry.minimumSize.rows)",
    ]
    for (i, line) in lines.enumerated() {
      let text = TextLayout.truncate(line, to: size.columns)
      let row = size.rows / 2 - 1 + i
      guard row >= 0 && row < size.rows else { continue }
      screen.write(text, column: max(0, (size.columns - DisplayWidth.of(text)) / 2), row: row, style: .normal)
    }
  }

  static func drawTitleBar(_ screen: inout Screen, _ state: EditorState) {
    let width = screen.size.columns
    screen.fill(column: 0, row: 0, width: width, style: .titleBar)
    let map = state.map
    var parts = [SafeText.displayable(map.title, limit: width)]
    if !map.persona.name.isEmpty { parts.append("persona: " + SafeText.displayable(map.persona.name, limit: width)) }
    parts.append(map.state == .current ? "current state" : "FUTURE state")
    let right = Hints.help(state)
    let left = " journeymap │ " + parts.joined(separator: " │ ")
    screen.write(TextLayout.truncate(left, to: max(0, width - DisplayWidth.of(right))), column: 0, row: 0, style: .titleBar)
    if width > DisplayWidth.of(left) + DisplayWidth.of(right) {
      screen.write(right, column: width - DisplayWidth.of(right), row: 0, style: .titleBar)
    }
  }

  static func drawStatusBar(_ screen: inout Screen, _ state: EditorState, row: Int) {
    let width = screen.size.columns
    screen.fill(column: 0, row: row, width: width, style: .statusBar)
    let mode = " \(state.mode.name) "
    var x = screen.write(mode, column: 0, row: row, style: .statusMode)
    // Where the cursor is (stage, step n of N) is the breadcrumb's to say.
    let text = " " + SafeText.displayable(state.displayName, limit: width) + (state.isModified ? " [+]" : "")
    x += screen.write(text, column: x, row: row, limit: width - x, style: .statusBar)
    let hint = Hints.status(state)
    let hintWidth = DisplayWidth.of(hint)
    if x + 3 + hintWidth <= width {
      screen.write(hint, column: width - hintWidth, row: row, style: .statusBar)
    }
  }

  /// What the bottom of the screen says: a question or a message wraps onto as many lines as it
  /// needs (up to a third of the screen), so that the last choice of a long question (the
  /// "o overwrites" after a long path) is never cut off.
  static func messageLines(_ state: EditorState, width: Int, rows: Int) -> (lines: [String], style: Style) {
    let text: String
    let style: Style
    switch state.mode {
    case .prompt:
      return ([], .message)
    case .confirm(let confirmation):
      text = confirmation.question
      style = .error
    default:
      guard let message = state.message else { return ([], .message) }
      text = message.text
      style = message.isError ? .error : .message
    }
    let safe = SafeText.displayable(text, limit: width * 4)
    return (TextLayout.wrap(safe, width: width, maxLines: max(1, min(4, rows / 3))), style)
  }

  static func drawMessageLine(_ screen: inout Screen, _ state: EditorState, _ message: (lines: [String], style: Style)) {
    let row = screen.size.rows - 1
    let width = screen.size.columns
    if case .prompt(let prompt) = state.mode {
      // A label may quote map text ("Channel for “…”:").
      let label = SafeText.displayable(prompt.label, limit: width) + (prompt.label.hasSuffix(" ") || prompt.label.count == 1 ? "" : " ")
      let x = screen.write(label, column: 0, row: row, limit: width, style: .message)
      drawEditor(&screen, prompt.editor, column: x, row: row, width: width - x, style: .normal)
      return
    }
    if message.lines.isEmpty {
      screen.fill(column: 0, row: row, width: width, style: .normal)
      if state.mode == .normal {
        // A finding in the cell under the cursor says itself; otherwise, what the keys do here.
        if let finding = FindingMarks.hint(state) {
          screen.write(SafeText.displayable(finding.text, limit: width * 2), column: 0, row: row, limit: width, style: finding.style)
        } else {
          screen.write(Hints.lane(state), column: 0, row: row, style: .placeholder)
        }
      }
      return
    }
    let top = screen.size.rows - message.lines.count
    for (i, line) in message.lines.enumerated() {
      screen.fill(column: 0, row: top + i, width: width, style: message.lines.count > 1 ? message.style : .normal)
      screen.write(line, column: 0, row: top + i, style: message.style)
    }
  }

  /// Draws a line editor, scrolled so that its cursor is visible, and places the terminal cursor.
  static func drawEditor(_ screen: inout Screen, _ editor: LineEditor, column: Int, row: Int, width: Int, style: Style) {
    guard width > 1 else { return }
    screen.fill(column: column, row: row, width: width, style: style)
    // Only the characters that can be on screen are looked at, however long the text.
    let (before, after) = editor.around(before: width, after: width)
    let shown = (before + after).map { SafeText.displayable($0) }
    let widths = shown.map { DisplayWidth.of($0) }
    // Scroll so that the cursor sits within the field.
    let cursor = before.count
    var start = 0
    var used = widths[..<cursor].reduce(0, +)
    while used > width - 1 && start < cursor {
      used -= widths[start]
      start += 1
    }
    var x = column
    for i in start..<shown.count {
      if x + widths[i] > column + width { break }
      screen.write(shown[i], column: x, row: row, style: editor.isSelected ? .cursor : style)
      x += widths[i]
    }
    screen.cursor = (column + used, row)
  }
}
