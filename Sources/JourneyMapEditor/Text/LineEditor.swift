/// A single-line text editor over grapheme clusters, so that the cursor never lands inside an
/// accented letter, an emoji or a CJK character.
///
/// The text is a gap buffer of UTF-8 bytes: what is before the cursor, and what is after it
/// (stored backwards), so typing, deleting and moving by a character touch only the bytes at
/// the cursor. A keystroke costs the same in a ten-megabyte cell as in a short one; only
/// ``text`` and ``cursor`` look at the whole text, and the typing path never asks for them.
///
/// Readline keys: Home/End, Ctrl-A/Ctrl-E, Ctrl-W (word back), Ctrl-U (to start), Ctrl-K (to
/// end), Backspace/Delete, arrows. Pure value type: every keystroke is testable without a
/// terminal.
public struct LineEditor: Equatable, Sendable {
  /// UTF-8 before the cursor.
  private var head: [UInt8]
  /// UTF-8 after the cursor, last byte first.
  private var tail: [UInt8]
  /// The whole text is selected, as when renaming: the first character typed replaces it, a
  /// movement key keeps it.
  public private(set) var isSelected = false

  public init(_ text: String = "", selected: Bool = false) {
    head = Array(text.utf8)
    tail = []
    isSelected = selected && !text.isEmpty
  }

  public var text: String { String(decoding: head + tail.reversed(), as: UTF8.self) }

  public var isEmpty: Bool { head.isEmpty && tail.isEmpty }

  /// The cursor as a count of characters from the start (looks at the whole text before it).
  public var cursor: Int { String(decoding: head, as: UTF8.self).count }

  /// Up to `limit` characters just before the cursor, and the text just after it: what a field
  /// shows around its cursor.
  public func around(before limit: Int, after afterLimit: Int) -> (before: [Character], after: [Character]) {
    (Array(lastCharacters(head, limit)), Array(firstCharacters(afterLimit)))
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
      if let c = lastCharacters(head, 1).last { moveLeft(c.utf8.count) }
    case .right, .ctrl("f"):
      if let c = firstCharacters(1).first { moveRight(c.utf8.count) }
    case .home, .ctrl("a"):
      tail.append(contentsOf: head.reversed())
      head.removeAll(keepingCapacity: true)
    case .end, .ctrl("e"):
      head.append(contentsOf: tail.reversed())
      tail.removeAll(keepingCapacity: true)
    case .backspace, .ctrl("h"):
      if let c = lastCharacters(head, 1).last { head.removeLast(c.utf8.count) }
    case .delete, .ctrl("d"):
      if let c = firstCharacters(1).first { tail.removeLast(c.utf8.count) }
    case .ctrl("w"):
      // Spaces, then a word, back from the cursor (ASCII spaces and tabs end words).
      while let last = head.last, last == 0x20 || last == 0x09 { head.removeLast() }
      while let last = head.last, last != 0x20 && last != 0x09 { head.removeLast() }
    case .ctrl("u"):
      head.removeAll(keepingCapacity: true)
    case .ctrl("k"):
      tail.removeAll(keepingCapacity: true)
    default:
      return false
    }
    return true
  }

  public mutating func insert(_ c: Character) {
    head.append(contentsOf: c.utf8)
  }

  public mutating func setText(_ text: String) {
    head = Array(text.utf8)
    tail = []
    isSelected = false
  }

  private mutating func moveLeft(_ bytes: Int) {
    tail.append(contentsOf: head.suffix(bytes).reversed())
    head.removeLast(bytes)
  }

  private mutating func moveRight(_ bytes: Int) {
    head.append(contentsOf: tail.suffix(bytes).reversed())
    tail.removeLast(bytes)
  }

  /// The last `count` characters of UTF-8 bytes, decoding only a window at the end: the window
  /// grows until its first character is not among those returned, so a character is never cut.
  private func lastCharacters(_ bytes: [UInt8], _ count: Int) -> Substring {
    var window = max(16, count * 8)
    while true {
      var start = max(0, bytes.count - window)
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }  // a scalar boundary
      let text = String(decoding: bytes[start...], as: UTF8.self)
      if start == 0 || text.count > count { return text.suffix(count) }
      window *= 2
    }
  }

  /// The first `count` characters after the cursor.
  private func firstCharacters(_ count: Int) -> Substring {
    var window = max(16, count * 8)
    while true {
      var end = max(0, tail.count - window)
      while end > 0, tail[end - 1] & 0xC0 == 0x80 { end -= 1 }  // tail is backwards: its scalars end at lead bytes
      let text = String(decoding: tail[end...].reversed(), as: UTF8.self)
      if end == 0 || text.count > count { return text.prefix(count) }
      window *= 2
    }
  }
}
