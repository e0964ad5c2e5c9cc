import JourneyMapCore

/// Pasted text is text, never keys: in a cell or at a prompt it is typed there; elsewhere it is
/// offered as new items of the lane under the cursor, and nothing happens until the user says so.
extension EditorState {
  mutating func handlePaste(_ text: String) {
    let rawLines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmedSpaces.isEmpty }
    let lines = rawLines.map { $0.trimmedSpaces }
    // Typed where the cursor is, the text keeps its own spaces ("old" + " and new" stays two
    // words); only the line breaks become spaces.
    let asTyped = rawLines.joined(separator: " ")
    switch mode {
    case .edit(let edit):
      guard case .listItem(let lane, let step, let item, _) = edit.target, lines.count > 1 else {
        // One line, or a cell holding one text: typed where the cursor is, line breaks as spaces.
        type(asTyped)
        return
      }
      // Several lines into a list: the first finishes this item (as typed, spaces and all), each
      // other one is an item; one undo step takes the whole paste back.
      var first = edit.editor
      for c in rawLines[0] { first.insert(c) }
      mode = .normal
      asOneUndoStep("Paste into \(lane.label.lowercased())") {
        $0.commitEdit(edit.target, first.text)
        $0.addItems(Array(lines.dropFirst()), lane: lane, step: step, after: item)
      }
      inform("Pasted \(lines.count) lines into \(lane.label.lowercased()), one item each")
    case .prompt, .form:
      type(asTyped)
    case .normal:
      offerPaste(lines)
    default:
      warn("Paste ignored here: finish the question first")
    }
  }

  /// Types text into whatever editor is open, as if typed.
  private mutating func type(_ text: String) {
    for c in text { _ = handle(.key(.char(c))) }
  }

  /// Where a paste in normal mode would go, and the question that asks first.
  mutating func offerPaste(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    guard let step = currentStep else {
      warn("Paste on a step: the lines become its items, or new steps on the step row")
      return
    }
    let spec = cursor.lane.spec
    let what: String
    switch spec.paste {
    case .newSteps:
      what = lines.count == 1 ? "as a new step (captured like o)" : "as \(lines.count) new steps, one per line (captured like o)"
    case .items:
      what = "as \(lines.count) \(spec.label.lowercased()) item(s) of “\(map.steps[step].title)”"
    case .appendText:
      what = "into \(spec.label.lowercased()) of “\(map.steps[step].title)”"
    case .refused:
      warn("Paste into a list lane (thinking, pain points…), a text lane, or the step row; nothing was changed")
      return
    }
    let preview = lines.prefix(2).map { "“\(String($0.prefix(40)))”" }.joined(separator: ", ") + (lines.count > 2 ? ", …" : "")
    mode = .confirm(
      Confirmation(kind: .paste(lines: lines), question: "Paste \(preview) \(what)? \(Self.pasteAnswers)"))
  }

  /// How a paste is answered, from the keys of questions (``ModeKeymaps/confirm``).
  static var pasteAnswers: String { ModeKeymaps.hint(ModeKeymaps.confirm) }

  /// The user said yes to a paste offered in normal mode.
  mutating func acceptPaste(_ lines: [String]) {
    guard let step = currentStep else { return }
    let lane = cursor.lane
    switch lane.spec.paste {
    case .newSteps:
      asOneUndoStep(lines.count == 1 ? "Paste a step" : "Paste \(lines.count) steps") {
        for line in lines { $0.capture(line, after: true) }
      }
    case .appendText:
      let joined = lines.joined(separator: " ")
      let current = text(lane, step: step)
      commitEdit(.text(lane: lane, step: step), current.isEmpty ? joined : current + " " + joined)
    case .items, .refused:
      asOneUndoStep("Paste into \(lane.label.lowercased())") {
        $0.addItems(lines, lane: lane, step: step, after: max(0, $0.itemCount(lane, step: step) - 1))
      }
    }
  }

  /// New items of a list lane, one per line, after an item (callers make them one undo step).
  private mutating func addItems(_ lines: [String], lane: Lane, step: Int, after item: Int) {
    var at = min(item + 1, itemCount(lane, step: step))
    for line in lines {
      commitListItem(lane, step: step, item: at, isNew: true, text: line.nfc)
      at += 1
    }
    moveCursor(toStep: step, lane: lane)
    cursor.item = max(0, at - 1)
    clampCursor()
    inform("Pasted \(lines.count) line(s) into \(lane.label.lowercased())")
  }
}
