/// Tests on eight bytes at once, loaded as one machine word: how the fast reader skips
/// indentation and crosses plain text without looking at each byte.
enum WordScan {
  static let spaces: UInt64 = 0x2020_2020_2020_2020
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// Whether any of the eight bytes is a quote, a backslash or a control character: the only
  /// bytes a string scan must stop at. (The classic test for a zero byte, on `word ^ c` for
  /// each byte looked for; exact about whether there is one, though not about where.)
  @inline(__always)
  static func hasSpecialByte(_ word: UInt64) -> Bool {
    func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highBits }
    let below20 = (word &- ones &* 0x20) & ~word & highBits
    return (hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | below20) != 0
  }
}
