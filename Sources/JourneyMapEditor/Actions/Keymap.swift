/// Which keys run the actions. Both keymaps come from the one action table.
///
/// - `vim`: single letters run commands (`o` a new step, `u` undo, `?` help): fast for someone
///   who learned them, and what headless scripts are written in.
/// - `simple`: for someone who has never used vim. Typing on a cell writes into it, as in a
///   spreadsheet; commands are Ctrl and function keys, and Esc (or Alt) then a letter runs that
///   letter's vim command, so nothing is out of reach.
public enum Keymap: String, CaseIterable, Sendable {
  case vim
  case simple

  /// Keys of their own in the simple keymap, in the order help lists them.
  static let simpleBindings: [(key: Key, action: Action)] = [
    (.ctrl("n"), .insertStepAfter), (.function(2), .edit), (.ctrl("z"), .undo), (.ctrl("y"), .redo),
    (.ctrl("f"), .search), (.function(10), .commandLine), (.ctrl("q"), .quit),
  ]

  /// The simple keymap: its own keys, and every key of the vim table that types nothing
  /// (arrows, Enter, Delete, page keys, Ctrl-S, F1…).
  static let simpleKeymap: [Key: (action: Action, argument: String?)] = {
    var map: [Key: (Action, String?)] = [:]
    for spec in ActionTable.all {
      for (key, argument) in spec.keys where !key.types { map[key] = (spec.action, argument) }
    }
    for binding in simpleBindings {
      precondition(map[binding.key] == nil, "\(KeyNotation.describe(binding.key)) is bound twice in the simple keymap")
      map[binding.key] = (binding.action, nil)
    }
    return map
  }()

  /// The keys that run an action in this keymap, as hints and help write them.
  func keys(_ spec: ActionSpec, argument: String? = nil) -> [String] {
    let vim = spec.keys.filter { argument == nil || $0.argument == argument }.map(\.key)
    switch self {
    case .vim:
      return vim.map(KeyHint.name)
    case .simple:
      let own = Keymap.simpleBindings.filter { $0.action == spec.action }.map { KeyHint.name($0.key) }
      let plain = vim.filter { !$0.types }.map(KeyHint.name)
      let prefixed = vim.filter(\.types).map { "Esc " + KeyHint.name($0) }
      return own + plain + prefixed
    }
  }
}

extension Key {
  /// Whether the key types a character (and so, in the simple keymap, writes text).
  var types: Bool {
    if case .char = self { return true }
    return false
  }
}
