/// A stack of bytes that stays cheap to change while a copy of it is kept elsewhere.
///
/// The line editor's text is two of these (before and after the cursor). The recovery writer
/// keeps a snapshot of the editor, which shares its storage; with a plain array the next
/// keystroke would then copy the whole text (ten megabytes in a huge cell). Here pushes go to a
/// small `top`, and pops shrink the large `base` by slicing, which never copies. The top joins
/// the base once it holds `joinSize` bytes, so the base is copied at most once per that many
/// bytes typed, whatever the text's length.
struct ByteStack: Sendable {
  private var base: ArraySlice<UInt8>
  private var top: [UInt8] = []
  static let joinSize = 1 << 16

  init(_ bytes: [UInt8] = []) { base = bytes[...] }

  var count: Int { base.count + top.count }
  var isEmpty: Bool { base.isEmpty && top.isEmpty }
  var last: UInt8? { top.last ?? base.last }

  /// Every byte, bottom first.
  var bytes: [UInt8] { top.isEmpty ? Array(base) : Array(base) + top }

  mutating func push(_ bytes: some Sequence<UInt8>) {
    top.append(contentsOf: bytes)
    if top.count >= Self.joinSize {
      base.append(contentsOf: top)
      top.removeAll(keepingCapacity: true)
    }
  }

  /// Removes the last `n` bytes (all of them if there are fewer).
  mutating func pop(_ n: Int) {
    let fromTop = min(n, top.count)
    top.removeLast(fromTop)
    let fromBase = min(n - fromTop, base.count)
    if fromBase > 0 { base = base.dropLast(fromBase) }
  }

  mutating func removeAll() {
    base = []
    top = []
  }

  /// The last `n` bytes at most, bottom first: a small window for reading around the cursor.
  func suffix(_ n: Int) -> [UInt8] {
    if n <= top.count { return Array(top.suffix(n)) }
    return Array(base.suffix(n - top.count)) + top
  }
}

extension ByteStack: Equatable {
  static func == (lhs: ByteStack, rhs: ByteStack) -> Bool {
    guard lhs.count == rhs.count else { return false }
    if lhs.base.count == rhs.base.count { return lhs.base == rhs.base && lhs.top == rhs.top }
    return lhs.bytes == rhs.bytes
  }
}
