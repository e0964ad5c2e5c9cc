/// Keys named in hints and messages, read from the action table: a hint can never name a key
/// that does something else.
enum KeyHint {
  /// The first key bound to an action (and to that argument, for actions such as `view` whose
  /// keys pass one), as a hint writes it; the `:` command when no key is bound.
  static func key(_ action: Action, argument: String? = nil, in keymap: Keymap = .vim) -> String {
    let spec = ActionTable.spec(for: action)
    if let first = keymap.keys(spec, argument: argument).first { return first }
    return ":" + spec.name + (argument.map { " " + $0 } ?? "")
  }

  /// An action's keys as a range, for actions bound to a row of keys: `1–5`.
  static func range(_ action: Action, in keymap: Keymap = .vim) -> String {
    let keys = keymap.keys(ActionTable.spec(for: action))
    guard let first = keys.first, let last = keys.last, keys.count > 1 else { return key(action, in: keymap) }
    return first + "–" + last.replacingOccurrences(of: "Esc ", with: "")
  }

  /// A key as hints write it: plain words rather than the `<Enter>` of scripts and help.
  static func name(_ key: Key) -> String {
    switch key {
    case .ctrl(let c): return "Ctrl-" + c.uppercased()
    default:
      let described = KeyNotation.describe(key)
      return described.count > 2 && described.hasPrefix("<") && described.hasSuffix(">") ? String(described.dropFirst().dropLast()) : described
    }
  }

  /// One line telling how to start the backstage layer, shown wherever it is empty.
  static func emptyBackstage(_ keymap: Keymap) -> String {
    "No backstage processes yet: \(key(.addItem, in: keymap)) here adds one"
  }
}

extension EditorState {
  /// The first key of an action in the keymap in use, as messages and hints write it.
  func key(_ action: Action, argument: String? = nil) -> String { KeyHint.key(action, argument: argument, in: options.keymap) }

  /// A row of keys as a range (`1–5`), in the keymap in use.
  func keyRange(_ action: Action) -> String { KeyHint.range(action, in: options.keymap) }
}
