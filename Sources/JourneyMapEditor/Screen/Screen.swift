import JourneyMapCore
/// What the terminal should show: a grid of cells with semantic styles, produced by the pure
/// renderer and painted by the terminal backend. Tests compare its text with golden files.
public struct Screen: Equatable, Sendable {
  public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: Style
    /// The right half of a wide character drawn in the cell to the left.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .normal, isContinuation: false)
  }

  /// A cell as stored: plain bits, so filling and copying a frame of 12,000 cells costs no
  /// reference counting. A character of one scalar (nearly all) is the scalar itself; a
  /// character of several (a letter with combining marks) is an index into `clusters`.
  struct Packed: Equatable, Sendable {
    var code: UInt32
    var style: Style
    var isContinuation: Bool

    static let clusterFlag: UInt32 = 0x8000_0000
    static let blank = Packed(code: 0x20, style: .normal, isContinuation: false)
  }

  public let size: Size
  private var cells: [Packed]
  /// Characters of more than one scalar, referred to by index from `cells`.
  private var clusters: [Character] = []
  /// Where the terminal cursor goes (while editing text); nil hides it.
  public var cursor: (column: Int, row: Int)? = nil
  /// What the drawn things stand for, in drawing order (see ``HitTarget``). Not part of `==`:
  /// two screens that look the same are the same.
  public private(set) var regions: [HitRegion] = []

  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: size.columns * size.rows)
  }

  public static func == (a: Screen, b: Screen) -> Bool {
    guard a.size == b.size, a.cursor?.column == b.cursor?.column, a.cursor?.row == b.cursor?.row else { return false }
    if a.clusters.isEmpty && b.clusters.isEmpty { return a.cells == b.cells }
    return (0..<a.cells.count).allSatisfy { i in
      a.cells[i].style == b.cells[i].style && a.cells[i].isContinuation == b.cells[i].isContinuation
        && a.character(a.cells[i]) == b.character(b.cells[i])
    }
  }

  public subscript(column: Int, row: Int) -> Cell {
    let packed = cells[row * size.columns + column]
    return Cell(character: character(packed), style: packed.style, isContinuation: packed.isContinuation)
  }

  private func character(_ packed: Packed) -> Character {
    if packed.code & Packed.clusterFlag != 0 { return clusters[Int(packed.code & ~Packed.clusterFlag)] }
    return Character(Unicode.Scalar(packed.code) ?? " ")
  }

  private mutating func pack(_ character: Character, style: Style) -> Packed {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first { return Packed(code: scalar.value, style: style, isContinuation: false) }
    clusters.append(character)
    return Packed(code: Packed.clusterFlag | UInt32(clusters.count - 1), style: style, isContinuation: false)
  }

  /// Records what a rectangle stands for, clipped to `rows` (a scrolling area) and the screen.
  public mutating func mark(_ target: HitTarget, column: Int, row: Int, width: Int, height: Int = 1, rows: Range<Int>? = nil) {
    let clip = rows ?? 0..<size.rows
    let top = max(row, clip.lowerBound, 0)
    let bottom = min(row + height, clip.upperBound, size.rows)
    let left = max(0, column)
    let right = min(size.columns, column + width)
    guard top < bottom, left < right else { return }
    regions.append(HitRegion(column: left, row: top, width: right - left, height: bottom - top, target: target))
  }

  /// What is drawn at a cell: the last region recorded there (later drawing is on top).
  public func target(atColumn column: Int, row: Int) -> HitTarget? {
    regions.last { $0.contains(column: column, row: row) }?.target
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(column: Int, row: Int, width: Int, height: Int = 1, style: Style) {
    guard width > 0, height > 0 else { return }
    for r in max(0, row)..<min(size.rows, row + height) {
      let base = r * size.columns
      for c in max(0, column)..<min(size.columns, column + width) {
        cells[base + c] = Packed(code: 0x20, style: style, isContinuation: false)
      }
    }
  }

  /// Writes already-safe text (see ``SafeText``) from a position, clipped to `limit` columns
  /// and to the screen. Returns the number of columns written. A wide character that would be
  /// cut by the limit is replaced by a space, so no half-character ever reaches the terminal.
  @discardableResult
  public mutating func write(_ text: String, column: Int, row: Int, limit: Int? = nil, style: Style) -> Int {
    guard row >= 0, row < size.rows else { return 0 }
    let end = min(size.columns, column + (limit ?? size.columns))
    var c = column
    let base = row * size.columns
    // Most text on screen is ASCII: one byte, one cell, no grapheme breaking.
    if let written = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
      guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
      for byte in bytes {
        guard c < end else { break }
        if c >= 0 {
          if cells[base + c].isContinuation, c > 0 { cells[base + c - 1].code = 0x20 }
          cells[base + c] = Packed(code: UInt32(byte), style: style, isContinuation: false)
          if c + 1 < size.columns, cells[base + c + 1].isContinuation {
            cells[base + c + 1] = Packed(code: 0x20, style: cells[base + c + 1].style, isContinuation: false)
          }
        }
        c += 1
      }
      return c - column
    }), let written {
      return written
    }
    // Rules, bullets, arrows and accented letters: one scalar, one cell, no grapheme breaking.
    if text.unicodeScalars.allSatisfy(Screen.isSingleCell) {
      for scalar in text.unicodeScalars {
        guard c < end else { break }
        if c >= 0 {
          if cells[base + c].isContinuation, c > 0 { cells[base + c - 1].code = 0x20 }
          cells[base + c] = Packed(code: scalar.value, style: style, isContinuation: false)
          if c + 1 < size.columns, cells[base + c + 1].isContinuation {
            cells[base + c + 1] = Packed(code: 0x20, style: cells[base + c + 1].style, isContinuation: false)
          }
        }
        c += 1
      }
      return c - column
    }
    c = column
    for character in text {
      let w = DisplayWidth.of(character)
      if w == 0 { continue }
      if c + w > end {
        if c < end { cells[base + c] = Packed(code: 0x20, style: style, isContinuation: false) }
        c = end
        break
      }
      if c >= 0 {
        // Never leave half of a wide character behind when overwriting one.
        if cells[base + c].isContinuation, c > 0 { cells[base + c - 1].code = 0x20 }
        cells[base + c] = pack(character, style: style)
        if w == 2 { cells[base + c + 1] = Packed(code: 0x20, style: style, isContinuation: true) }
        if c + w < size.columns, cells[base + c + w].isContinuation {
          cells[base + c + w] = Packed(code: 0x20, style: cells[base + c + w].style, isContinuation: false)
        }
      }
      c += w
    }
    return c - column
  }

  /// Scalars that are a whole character one cell wide on every terminal, whatever follows them:
  /// printable ASCII, Latin letters without combining marks, general punctuation, arrows, box
  /// drawing, blocks and the geometric shapes the editor draws with (not the emoji-styled ones).
  static func isSingleCell(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC, 0x2605, 0x2606: return true
    default: return false
    }
  }

  /// Changes the style of a rectangle, keeping its characters.
  public mutating func restyle(column: Int, row: Int, width: Int, style: Style) {
    guard row >= 0, row < size.rows else { return }
    for c in max(0, column)..<min(size.columns, column + width) { cells[row * size.columns + c].style = style }
  }

  /// The screen as text: one line per row, trailing spaces removed, final newline. This is what
  /// golden files hold and what `--dump-screen` writes.
  public var text: String {
    var out = ""
    out.reserveCapacity(size.columns * size.rows + size.rows)
    for r in 0..<size.rows {
      var line = ""
      for c in 0..<size.columns {
        let cell = cells[r * size.columns + c]
        if !cell.isContinuation { line.append(character(cell)) }
      }
      while line.last == " " { line.removeLast() }
      out += line
      out += "\n"
    }
    return out
  }

  /// One line of text, for assertions.
  public func line(_ row: Int) -> String {
    var line = ""
    for c in 0..<size.columns where !self[c, row].isContinuation { line.append(self[c, row].character) }
    return line
  }
}
