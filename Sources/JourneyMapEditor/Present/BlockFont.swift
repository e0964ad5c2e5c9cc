/// The letters a presentation draws big: a small pixel font of its own for capital Latin letters,
/// digits and common punctuation, five pixels high and mostly four wide, so that a title stays
/// a title from the back of a room whatever the terminal's font size. A character it cannot
/// draw (Greek, CJK, emoji, symbols) makes ``BlockLetters/glyphs(_:)`` give up, and the title is
/// shown as plain text instead.
///
/// Glyphs are written as rows of `#` (ink) and `.` (paper); an accent sits on a row of its own
/// above the letter and a cedilla or ogonek on one below, so `É`, `Ñ`, `Ç`, `Å` and the other
/// letters of the Latin alphabets are drawn from their base letter and their marks.
enum BlockFont {
  /// Rows of a glyph's body.
  static let height = 5

  static let glyphs: [Character: [String]] = [
    "A": [".##.", "#..#", "####", "#..#", "#..#"],
    "B": ["###.", "#..#", "###.", "#..#", "###."],
    "C": [".###", "#...", "#...", "#...", ".###"],
    "D": ["###.", "#..#", "#..#", "#..#", "###."],
    "E": ["####", "#...", "###.", "#...", "####"],
    "F": ["####", "#...", "###.", "#...", "#..."],
    "G": [".###", "#...", "#.##", "#..#", ".###"],
    "H": ["#..#", "#..#", "####", "#..#", "#..#"],
    "I": ["###", ".#.", ".#.", ".#.", "###"],
    "J": ["..##", "...#", "...#", "#..#", ".##."],
    "K": ["#..#", "#.#.", "##..", "#.#.", "#..#"],
    "L": ["#...", "#...", "#...", "#...", "####"],
    "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
    "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
    "O": [".##.", "#..#", "#..#", "#..#", ".##."],
    "P": ["###.", "#..#", "###.", "#...", "#..."],
    "Q": [".##.", "#..#", "#..#", "#.#.", ".#.#"],
    "R": ["###.", "#..#", "###.", "#.#.", "#..#"],
    "S": [".###", "#...", ".##.", "...#", "###."],
    "T": ["#####", "..#..", "..#..", "..#..", "..#.."],
    "U": ["#..#", "#..#", "#..#", "#..#", ".##."],
    "V": ["#...#", "#...#", ".#.#.", ".#.#.", "..#.."],
    "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"],
    "X": ["#...#", ".#.#.", "..#..", ".#.#.", "#...#"],
    "Y": ["#...#", ".#.#.", "..#..", "..#..", "..#.."],
    "Z": ["####", "...#", ".##.", "#...", "####"],
    // Letters of Latin alphabets that are not a base letter with a mark.
    "Æ": [".####", "#.#..", "####.", "#.#..", "#.###"],
    "Œ": [".####", "#.#..", "#.###", "#.#..", ".####"],
    "Ø": [".###", "#.##", "#.##", "##.#", "###."],
    "Ł": ["#...", "#.#.", "##..", "#...", "####"],
    "Đ": [".###.", ".#..#", "###.#", ".#..#", ".###."],
    "Ð": [".###.", ".#..#", "###.#", ".#..#", ".###."],
    "Þ": ["#...", "###.", "#..#", "###.", "#..."],
    // Digits: the zero is square, so that it never reads as the letter O.
    "0": ["###", "#.#", "#.#", "#.#", "###"],
    "1": [".#.", "##.", ".#.", ".#.", "###"],
    "2": ["###.", "...#", ".##.", "#...", "####"],
    "3": ["###.", "...#", ".##.", "...#", "###."],
    "4": ["#..#", "#..#", "####", "...#", "...#"],
    "5": ["####", "#...", "###.", "...#", "###."],
    "6": [".##.", "#...", "###.", "#..#", ".##."],
    "7": ["####", "...#", "..#.", ".#..", ".#.."],
    "8": [".##.", "#..#", ".##.", "#..#", ".##."],
    "9": [".##.", "#..#", ".###", "...#", ".##."],
    // Punctuation.
    ".": [".", ".", ".", ".", "#"],
    ",": ["..", "..", "..", ".#", "#."],
    "!": ["#", "#", "#", ".", "#"],
    "?": ["###.", "...#", ".##.", "....", ".#.."],
    "'": ["#", "#", ".", ".", "."],
    "\"": ["#.#", "#.#", "...", "...", "..."],
    "-": ["...", "...", "###", "...", "..."],
    ":": [".", "#", ".", "#", "."],
    ";": ["..", ".#", "..", ".#", "#."],
    "&": [".#..", "#.#.", ".#..", "#.##", ".##."],
    "/": ["..#", "..#", ".#.", "#..", "#.."],
    "(": [".#", "#.", "#.", "#.", ".#"],
    ")": ["#.", ".#", ".#", ".#", "#."],
    "[": ["##", "#.", "#.", "#.", "##"],
    "]": ["##", ".#", ".#", ".#", "##"],
    "+": ["...", ".#.", "###", ".#.", "..."],
    "=": ["...", "###", "...", "###", "..."],
    "#": [".#.#.", "#####", ".#.#.", "#####", ".#.#."],
    "%": ["#..#", "...#", ".##.", "#...", "#..#"],
    "*": ["#.#", ".#.", "#.#", "...", "..."],
    "×": ["...", "#.#", ".#.", "#.#", "..."],
    "<": ["..#", ".#.", "#..", ".#.", "..#"],
    ">": ["#..", ".#.", "..#", ".#.", "#.."],
    "_": ["....", "....", "....", "....", "####"],
    "£": [".##.", "#...", "###.", "#...", "####"],
    "€": [".###", "#...", "###.", "#...", ".###"],
    "$": [".###", "##..", ".##.", "..##", "###."],
    "…": [".....", ".....", ".....", ".....", "#.#.#"],
  ]

  /// Typographic variants drawn with a glyph above.
  static let aliases: [Character: Character] = [
    "’": "'", "‘": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"", "–": "-", "—": "-", "‐": "-", "‑": "-", "·": "-",
  ]

  /// Combining marks the font draws on the row above a letter (or below, for the cedilla,
  /// ogonek and comma): one row of pixels cannot tell a caron from a circumflex, but it says
  /// "this letter has an accent", which is what the room needs to read the word.
  enum Mark {
    case acute, grave, bar, dot, diaeresis, tilde, doubleAcute, below, belowRight

    init?(_ scalar: Unicode.Scalar) {
      switch scalar.value {
      case 0x0301: self = .acute
      case 0x0300: self = .grave
      case 0x0302, 0x0304, 0x0306, 0x030C, 0x030A: self = .bar  // circumflex, macron, breve, caron, ring
      case 0x0307: self = .dot
      case 0x0308: self = .diaeresis
      case 0x0303: self = .tilde
      case 0x030B: self = .doubleAcute
      case 0x0327, 0x0326, 0x0323: self = .below  // cedilla, comma below, dot below
      case 0x0328: self = .belowRight  // ogonek
      default: return nil
      }
    }

    var isBelow: Bool { self == .below || self == .belowRight }

    /// The mark's pixels on its row, for a glyph `width` pixels wide.
    func pixels(width: Int) -> [Bool] {
      var row = Array(repeating: false, count: width)
      func set(_ i: Int) { row[max(0, min(width - 1, i))] = true }
      let centre = (width - 1) / 2
      switch self {
      case .acute: set(width / 2 + width % 2)
      case .grave: set(centre - (width % 2 == 1 ? 1 : 0))
      case .bar:
        if width <= 2 { set(0); set(width - 1) } else { for i in 1..<(width - 1) { set(i) } }
      case .dot, .below: set(centre)
      case .diaeresis: set(0); set(width - 1)
      case .tilde: for i in stride(from: 0, to: width, by: 2) { set(i + (width % 2 == 0 ? 1 : 0)) }
      case .doubleAcute: set(width / 2); set(width - 1)
      case .belowRight: set(width - 1)
      }
      return row
    }
  }
}
