/// The keys of every mode other than normal (whose keys are the action table), as data: the
/// update functions look keys up here, and the status bar writes its reminders from here, so a
/// hint can never name a key the mode does not have.
enum ModeKeymaps {
  struct Binding<Command: Hashable>: Sendable where Command: Sendable {
    var command: Command
    var keys: [Key]
    /// What the key does, as the status bar says it ("keeps, next lane").
    var does: String
  }

  /// Editing a cell in place.
  enum Edit: Hashable, Sendable { case keep, keepAndAddNext, cancel }
  static let edit: [Binding<Edit>] = [
    Binding(command: .keep, keys: [.enter], does: "keeps, next lane"),
    Binding(command: .keepAndAddNext, keys: [.tab], does: "keeps, adds the next item"),
    Binding(command: .cancel, keys: [.escape, .ctrl("c")], does: "cancels"),
  ]

  /// Typing at the bottom line: a command, a search, a name, a captured step.
  enum Prompt: Hashable, Sendable { case submit, complete, next, previous, cancel }
  static let prompt: [Binding<Prompt>] = [
    Binding(command: .submit, keys: [.enter], does: "done"),
    Binding(command: .complete, keys: [.tab], does: "completes"),
    Binding(command: .next, keys: [.down, .ctrl("n")], does: "next choice"),
    Binding(command: .previous, keys: [.up, .backTab, .ctrl("p")], does: "previous"),
    Binding(command: .cancel, keys: [.escape, .ctrl("c")], does: "cancels"),
  ]

  /// Answering a question: a letter answers it (each question names its letters), and Esc
  /// cancels any. Enter answers only a paste (what `does` says is the paste's reminder);
  /// elsewhere a stray Enter must not delete a stage or quit.
  enum Confirm: Hashable, Sendable { case yes, cancel }
  static let confirm: [Binding<Confirm>] = [
    Binding(command: .yes, keys: [.enter], does: "adds"),
    Binding(command: .cancel, keys: [.escape, .ctrl("c")], does: "drops the paste"),
  ]

  /// "Esc cancels", for every question but a paste.
  static var cancelsQuestion: String { key(.cancel, in: confirm) + " cancels" }

  /// The map properties form (in any keymap: it types nothing until a field is opened).
  enum Form: Hashable, Sendable { case next, previous, edit, undo, close }
  static let form: [Binding<Form>] = [
    Binding(command: .next, keys: [.char("j"), .down, .tab], does: "next"),
    Binding(command: .previous, keys: [.char("k"), .up, .backTab], does: "previous"),
    Binding(command: .edit, keys: [.enter, .char("i")], does: "edits"),
    Binding(command: .undo, keys: [.char("u"), .ctrl("z")], does: "undoes"),
    Binding(command: .close, keys: [.escape, .ctrl("c"), .char("q"), .char("P")], does: "closes"),
  ]

  /// "j/k choose · Enter edits · Esc closes"
  static var formHint: String {
    "\(key(.next, in: form))/\(key(.previous, in: form)) choose · \(key(.edit, in: form)) edits · \(key(.close, in: form)) closes"
  }

  /// The help screen.
  enum Help: Hashable, Sendable { case scrollDown, scrollUp, pageDown, pageUp, top, clearSearch, close }
  static let help: [Binding<Help>] = [
    Binding(command: .scrollDown, keys: [.down, .ctrl("n")], does: "scroll"),
    Binding(command: .scrollUp, keys: [.up, .ctrl("p")], does: "scroll up"),
    Binding(command: .pageDown, keys: [.pageDown], does: "page"),
    Binding(command: .pageUp, keys: [.pageUp], does: "page up"),
    Binding(command: .top, keys: [.home], does: "top"),
    Binding(command: .clearSearch, keys: [.escape, .ctrl("u")], does: "clears the search, then closes"),
    Binding(command: .close, keys: [.enter], does: "closes"),
  ]

  /// The first key of a command, as hints write it.
  static func key<C>(_ command: C, in map: [Binding<C>]) -> String {
    map.first { $0.command == command }.map { KeyHint.name($0.keys[0]) } ?? ""
  }

  static func command<C>(for key: Key, in map: [Binding<C>]) -> C? {
    map.first { $0.keys.contains(key) }?.command
  }

  /// "Enter keeps, next lane · Tab keeps, adds the next item · Esc cancels"
  static func hint<C>(_ map: [Binding<C>], only: Set<C>? = nil) -> String {
    map.filter { only?.contains($0.command) ?? true }.map { KeyHint.name($0.keys[0]) + " " + $0.does }.joined(separator: " · ")
  }
}
