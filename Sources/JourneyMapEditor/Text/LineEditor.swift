/// A single-line text editor over grapheme clusters, so that the cursor never lands inside an
/// accented letter, an emoji or a CJK character.
///
/// The text is a gap buffer of UTF-8 bytes: what is before the cursor, and what is after it
/// (stored backwards), so typing, deleting and moving by a character touch only the bytes at
/// the cursor. A keystroke costs the same in a ten-megabyte cell as in a short one, even while
/// the recovery writer holds a snapshot of the editor (see ``ByteStack``); only ``text`` and
/// ``cursor`` look at the whole text, and the typing path never asks for them.
///
/// Readline keys: Home/End, Ctrl-A/Ctrl-E, Ctrl-W (word back), Ctrl-U (to start), Ctrl-K (to
/// end), Backspace/Delete, arrows. Pure value type: every keystroke is testable without a
/// terminal.
public struct LineEditor: Equatable, Sendable {
  /// UTF-8 before the cursor.
  private var head: ByteStack
  /// UTF-8 after the cursor, last byte first.
  private var tail: ByteStack
  /// The whole text is selected, as when renaming: the first character typed replaces it, a
  /// movement key keeps it.
  public private(set) var isSelected = false

  public init(_ text: String = "", selected: Bool = false) {
    head = ByteStack(Array(text.utf8))
    tail = ByteStack()
    isSelected = selected && !text.isEmpty
  }

  public var text: String { String(decoding: head.bytes + tail.bytes.reversed(), as: UTF8.self) }

  public var isEmpty: Bool { head.isEmpty && tail.isEmpty }

  /// The cursor as a count of characters from the start (looks at the whole text before it).
  public var cursor: Int { String(decoding: head.bytes, as: UTF8.self).count }

  /// Up to `limit` characters just before the cursor, and the text just after it: what a field
  /// shows around its cursor.
  public func around(before limit: Int, after afterLimit: Int) -> (before: [Character], after: [Character]) {
    (Array(lastCharacters(limit)), Array(firstCharacters(afterLimit)))
  }

  /// Handles an editing key. Returns false for keys that are not line-editing keys (Enter, Esc…),
  /// which the caller handles.
  public mutating func handle(_ key: Key) -> Bool {
    if isSelected {
      isSelected = false
      switch key {
      case .char, .backspace, .delete, .ctrl("h"), .ctrl("d"):
        head.removeAll()
        tail.removeAll()
        if case .char(let c) = key { insert(c) }
        return true
      default: break
      }
    }
    switch key {
    case .char(let c):
      insert(c)
    case .left, .ctrl("b"):
      if let c = lastCharacters(1).last { moveLeft(c.utf8.count) }
    case .right, .ctrl("f"):
      if let c = firstCharacters(1).first { moveRight(c.utf8.count) }
    case .home, .ctrl("a"):
      tail.push(head.bytes.reversed())
      head.removeAll()
    case .end, .ctrl("e"):
      head.push(tail.bytes.reversed())
      tail.removeAll()
    case .backspace, .ctrl("h"):
      if let c = lastCharacters(1).last { head.pop(c.utf8.count) }
    case .delete, .ctrl("d"):
      if let c = firstCharacters(1).first { tail.pop(c.utf8.count) }
    case .ctrl("w"):
      // Spaces, then a word, back from the cursor (ASCII spaces and tabs end words).
      while let last = head.last, last == 0x20 || last == 0x09 { head.pop(1) }
      while let last = head.last, last != 0x20 && last != 0x09 { head.pop(1) }
    case .ctrl("u"):
      head.removeAll()
    case .ctrl("k"):
      tail.removeAll()
    default:
      return false
    }
    return true
  }

  public mutating func insert(_ c: Character) {
    head.push(c.utf8)
  }

  public mutating func setText(_ text: String) {
    head = ByteStack(Array(text.utf8))
    tail = ByteStack()
    isSelected = false
  }

  private mutating func moveLeft(_ bytes: Int) {
    tail.push(head.suffix(bytes).reversed())
    head.pop(bytes)
  }

  private mutating func moveRight(_ bytes: Int) {
    head.push(tail.suffix(bytes).reversed())
    tail.pop(bytes)
  }

  /// The last `count` characters before the cursor, decoding only a window at the end: the
  /// window grows until its first character is not among those returned, so a character is
  /// never cut. The window starts at the beginning of the scalar its first byte belongs to
  /// (up to 3 bytes earlier), which is read along with it.
  private func lastCharacters(_ count: Int) -> Substring {
    var window = max(16, count * 8)
    while true {
      let bytes = head.suffix(window + 3)
      var start = max(0, bytes.count - window)
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }  // a scalar boundary
      let text = String(decoding: bytes[start...], as: UTF8.self)
      if (start == 0 && bytes.count == head.count) || text.count > count { return text.suffix(count) }
      window *= 2
    }
  }

  /// The first `count` characters after the cursor (the same window, read from the tail, which
  /// is stored backwards: its scalars end at lead bytes).
  private func firstCharacters(_ count: Int) -> Substring {
    var window = max(16, count * 8)
    while true {
      let backwards = tail.suffix(window + 3)
      var end = max(0, backwards.count - window)
      while end > 0, backwards[end - 1] & 0xC0 == 0x80 { end -= 1 }
      let text = String(decoding: backwards[end...].reversed(), as: UTF8.self)
      if (end == 0 && backwards.count == tail.count) || text.count > count { return text.prefix(count) }
      window *= 2
    }
  }
}
