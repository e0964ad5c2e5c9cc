/// A single-line text editor over grapheme clusters, so that the cursor never lands inside an
/// accented letter, an emoji or a CJK character.
///
/// Readline keys: Home/End, Ctrl-A/Ctrl-E, Ctrl-W (word back), Ctrl-U (to start), Ctrl-K (to
/// end), Backspace/Delete, arrows. Pure value type: every keystroke is testable without a
/// terminal.
public struct LineEditor: Equatable, Sendable {
  public private(set) var characters: [Character]
  /// The cursor position, 0…count (before the character at that index).
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  public var isEmpty: Bool { characters.isEmpty }

  /// Handles an editing key. Returns false for keys that are not line-editing keys (Enter, Esc…),
  /// which the caller handles.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c):
      insert(c)
    case .left, .ctrl("b"):
      cursor = max(0, cursor - 1)
    case .right, .ctrl("f"):
      cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"):
      cursor = 0
    case .end, .ctrl("e"):
      cursor = characters.count
    case .backspace, .ctrl("h"):
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete, .ctrl("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .ctrl("w"):
      var start = cursor
      while start > 0, characters[start - 1].isWhitespace { start -= 1 }
      while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .ctrl("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .ctrl("k"):
      characters.removeSubrange(cursor...)
    default:
      return false
    }
    return true
  }

  public mutating func insert(_ c: Character) {
    characters.insert(c, at: cursor)
    cursor += 1
  }

  public mutating func setText(_ text: String) {
    characters = Array(text)
    cursor = characters.count
  }
}
