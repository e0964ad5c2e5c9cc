/// Keys named in hints and messages, read from the action table: a hint can never name a key
/// that does something else.
enum KeyHint {
  /// The first key bound to an action (and to that argument, for actions such as `view` whose
  /// keys pass one), as help writes it; the `:` command when no key is bound.
  static func key(_ action: Action, argument: String? = nil) -> String {
    let spec = ActionTable.spec(for: action)
    if let binding = spec.keys.first(where: { argument == nil || $0.argument == argument }) {
      return KeyNotation.describe(binding.key)
    }
    return ":" + spec.name + (argument.map { " " + $0 } ?? "")
  }

  /// One line telling how to start the backstage layer, shown wherever it is empty.
  static var emptyBackstage: String {
    "No backstage processes yet: \(key(.addItem)) here adds one"
  }
}
