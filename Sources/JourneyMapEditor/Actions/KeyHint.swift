/// Keys named in hints and messages, read from the action table: a hint can never name a key
/// that does something else.
enum KeyHint {
  /// The first key bound to an action (and to that argument, for actions such as `view` whose
  /// keys pass one), as a hint writes it; the `:` command when no key is bound.
  static func key(_ action: Action, argument: String? = nil) -> String {
    let spec = ActionTable.spec(for: action)
    if let binding = spec.keys.first(where: { argument == nil || $0.argument == argument }) {
      return name(binding.key)
    }
    return ":" + spec.name + (argument.map { " " + $0 } ?? "")
  }

  /// An action's keys as a range, for actions bound to a row of keys: `1–5`.
  static func range(_ action: Action) -> String {
    let keys = ActionTable.spec(for: action).keys
    guard let first = keys.first, let last = keys.last, keys.count > 1 else { return key(action) }
    return name(first.key) + "–" + name(last.key)
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
  static var emptyBackstage: String {
    "No backstage processes yet: \(key(.addItem)) here adds one"
  }
}
