/// Vim-style key notation for scripts and help: `<Enter>`, `<Esc>`, `<C-s>`, `<Up>`, `<lt>`.
///
/// Used by headless runs (`journeymap FILE --keys 'ihello<Esc><C-s>'`), by tests, and to print
/// keys in the help screen and the README, so there is one spelling everywhere.
public enum KeyNotation {
  public struct ParseError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  static let named: [String: Key] = [
    "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
    "s-tab": .backTab, "bs": .backspace, "backspace": .backspace, "del": .delete, "delete": .delete,
    "insert": .insert, "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
    "pageup": .pageUp, "pagedown": .pageDown, "space": .char(" "), "lt": .char("<"), "gt": .char(">"),
    "bar": .char("|"), "bslash": .char("\\"),
  ]

  /// Parses a script into events. Besides keys: `<Resize-80x24>`, `<Click-COL-ROW>`,
  /// `<WheelUp-COL-ROW>`, `<WheelDown-COL-ROW>` (0-based cells), and `<Paste>text</Paste>`, a
  /// bracketed paste (`<Enter>` inside it is a line break).
  public static func parse(_ script: String) throws(ParseError) -> [InputEvent] {
    var events: [InputEvent] = []
    var index = script.startIndex
    while index < script.endIndex {
      let c = script[index]
      if script[index...].lowercased().hasPrefix("<paste>") {
        let start = script.index(index, offsetBy: 7)
        guard let end = script[start...].range(of: "</Paste>", options: .caseInsensitive) else {
          throw ParseError(message: "<Paste> without </Paste>")
        }
        events.append(.paste(script[start..<end.lowerBound].replacingOccurrences(of: "<Enter>", with: "\n")))
        index = end.upperBound
        continue
      }
      if c == "<", let close = script[index...].firstIndex(of: ">"), close > script.index(after: index) {
        let name = String(script[script.index(after: index)..<close])
        events.append(try event(named: name))
        index = script.index(after: close)
      } else {
        events.append(.key(key(for: c)))
        index = script.index(after: index)
      }
    }
    return events
  }

  /// A literal character typed in a script: newline and tab mean their keys.
  static func key(for c: Character) -> Key {
    switch c {
    case "\n", "\r": return .enter
    case "\t": return .tab
    default: return .char(c)
    }
  }

  static func event(named name: String) throws(ParseError) -> InputEvent {
    let lower = name.lowercased()
    if let key = named[lower] { return .key(key) }
    if lower.hasPrefix("c-"), name.count == 3, let letter = lower.last, letter.isLetter { return .key(.ctrl(letter)) }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .key(.function(n)) }
    if lower.hasPrefix("resize-"), let size = Size(parsing: String(lower.dropFirst(7))) { return .resize(size) }
    for (prefix, kind) in [("click-", MouseEvent.Kind.press), ("wheelup-", .wheelUp), ("wheeldown-", .wheelDown)]
    where lower.hasPrefix(prefix) {
      let numbers = lower.dropFirst(prefix.count).split(separator: "-").compactMap { Int($0) }
      if numbers.count == 2 { return .mouse(MouseEvent(kind, column: numbers[0], row: numbers[1])) }
    }
    throw ParseError(message: "unknown key <\(name)> (try <Enter>, <Esc>, <C-s>, <Up>, <lt> for '<')")
  }

  /// How a key is written for people, in help, messages and the README: a character key as
  /// itself (`<`, not the script spelling `<lt>`, which only scripts need), other keys by name.
  public static func describe(_ key: Key) -> String {
    switch key {
    case .char(" "): return "<Space>"
    case .char(let c): return String(c)
    case .ctrl(let c): return "<C-\(c)>"
    case .enter: return "<Enter>"
    case .escape: return "<Esc>"
    case .tab: return "<Tab>"
    case .backTab: return "<S-Tab>"
    case .backspace: return "<BS>"
    case .delete: return "<Del>"
    case .insert: return "<Insert>"
    case .up: return "<Up>"
    case .down: return "<Down>"
    case .left: return "<Left>"
    case .right: return "<Right>"
    case .home: return "<Home>"
    case .end: return "<End>"
    case .pageUp: return "<PageUp>"
    case .pageDown: return "<PageDown>"
    case .function(let n): return "<F\(n)>"
    }
  }
}
