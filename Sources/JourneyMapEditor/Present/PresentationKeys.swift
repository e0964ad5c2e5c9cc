/// What the keys do while presenting, as data: the update function looks keys up here and the
/// footer writes its reminder from here. The moves are the action table's own moving keys (so
/// `l`, `→` and PageDown go forward as they do in the editor), plus the keys every slide
/// program uses: Space and Enter forward, Backspace back, Esc out. No key edits anything.
enum PresentationKeys {
  enum Command: Hashable, Sendable {
    case next, previous, first, last, leave, theme
  }

  struct Binding: Sendable {
    var command: Command
    var keys: [Key]
    /// What the footer says it does ("next").
    var does: String
  }

  static let bindings: [Binding] = [
    Binding(
      command: .next,
      keys: [.right, .char(" ")] + ActionTable.keys(of: .moveRight) + ActionTable.keys(of: .pageRight) + ActionTable.keys(of: .moveDown) + [.enter],
      does: "next"),
    Binding(
      command: .previous,
      keys: [.left, .backspace] + ActionTable.keys(of: .moveLeft) + ActionTable.keys(of: .pageLeft) + ActionTable.keys(of: .moveUp),
      does: "back"),
    Binding(command: .first, keys: ActionTable.keys(of: .firstStep), does: "first"),
    Binding(command: .last, keys: ActionTable.keys(of: .lastStep), does: "last"),
    Binding(command: .leave, keys: ActionTable.keys(of: .quit) + [.escape, .ctrl("c")], does: "leave"),
    Binding(command: .theme, keys: ActionTable.keys(of: .theme), does: "theme"),
  ]

  static let commands: [Key: Command] = {
    var map: [Key: Command] = [:]
    for binding in bindings {
      for key in binding.keys where map[key] == nil { map[key] = binding.command }
    }
    return map
  }()

  static func command(for key: Key) -> Command? { commands[key] }

  /// "→/Space next · ←/BS back · q/Esc leave": the first keys of each command, as hints write them.
  static func hint(_ shown: [Command], keysEach: Int = 1) -> String {
    shown.compactMap { command in
      guard let binding = bindings.first(where: { $0.command == command }) else { return nil }
      var names: [String] = []
      for key in binding.keys where !names.contains(symbol(key)) && names.count < keysEach { names.append(symbol(key)) }
      return names.joined(separator: "/") + " " + binding.does
    }.joined(separator: " · ")
  }

  /// Arrows as arrows: shorter than their names, and what is printed on the keys.
  static func symbol(_ key: Key) -> String {
    switch key {
    case .right: return "→"
    case .left: return "←"
    case .up: return "↑"
    case .down: return "↓"
    default: return KeyHint.name(key)
    }
  }
}
