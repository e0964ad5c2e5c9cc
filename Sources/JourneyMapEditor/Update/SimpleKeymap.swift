import JourneyMapCore

/// Normal mode in the simple keymap, for someone who has never used vim: typing on a cell
/// writes into it, as in a spreadsheet, so text typed "into the map" is never run as commands.
/// Commands are Ctrl and function keys; Esc (or Alt, which terminals send as Esc) then a letter
/// runs that letter's command from the vim keymap, so every action stays one step away.
extension EditorState {
  mutating func handleSimple(_ key: Key) -> [Effect] {
    if options.commandKeyNext {
      options.commandKeyNext = false
      guard key != .escape else {
        message = nil
        search.highlight = false
        return []
      }
      guard let binding = ActionTable.keymap[key] else {
        warn("Esc then \(KeyNotation.describe(key)) does nothing; \(self.key(.help)) shows every key")
        return []
      }
      message = nil
      return perform(binding.action, argument: binding.argument)
    }
    if key == .escape {
      options.commandKeyNext = true
      search.highlight = false
      inform(
        "Esc, then a letter: its command (\(KeyHint.key(.insertStepAfter)) new step, \(KeyHint.key(.deleteStep)) delete step, "
          + "\(KeyHint.key(.help)) help…)")
      return []
    }
    if key == .ctrl("c") { return perform(.quit, argument: nil) }
    if let binding = Keymap.simpleKeymap[key] {
      message = nil
      return perform(binding.action, argument: binding.argument)
    }
    if case .char(let c) = key {
      typeIntoCell(c)
      return []
    }
    warn("\(KeyNotation.describe(key)) does nothing here; \(self.key(.help)) shows every key")
    return []
  }

  /// A character typed on a cell starts writing there: a new item of a list, the text of a
  /// text cell (selected, so typing replaces it, as in a spreadsheet; Esc keeps the old text),
  /// or a new step captured in one line on an empty step.
  mutating func typeIntoCell(_ c: Character) {
    message = nil
    guard let step = currentStep else {
      startCapture(after: true)
      _ = handle(.key(.char(c)))
      return
    }
    let lane = cursor.lane
    let spec = lane.spec
    switch spec.kind {
    case .title where isBlank(map.steps[step]):
      startCapture(after: true)
    case .title, .text, .flag: startEdit(.text(lane: lane, step: step), spec.read?(map.steps[step]) ?? "", selected: true)
    case .feeling:
      openPrompt(.command, label: ":", text: Action.setFeeling.rawValue + " ")
    case .choice:
      inform("\(key(.edit)) changes the \(spec.label.lowercased()): \(spec.choice?.values ?? "")")
      return
    case .list, .rule:
      addItem()
    }
    _ = handle(.key(.char(c)))
  }

  mutating func setKeymap(_ name: String?) {
    guard let name, let keymap = Keymap(rawValue: name.lowercased()) else {
      warn("Keymaps: " + Keymap.allCases.map(\.rawValue).joined(separator: ", "))
      return
    }
    options.keymap = keymap
    options.commandKeyNext = false
    inform(
      keymap == .simple
        ? "Simple keys: type on a cell to write in it; \(key(.insertStepAfter)) new step, \(key(.undo)) undo, Esc then a letter for any command"
        : "Vim keys: single letters run commands (\(key(.insertStepAfter)) new step, \(key(.undo)) undo, \(key(.help)) help)")
  }
}
