import JourneyMapCore
import JourneyMapEditor
import Testing

/// The shortcuts that keep drawing cheap give the same answers as the general code.
@Suite("Fast text paths")
struct FastTextTests {
  /// DisplayWidth skips the emoji-presentation lookup below U+231A and in the box drawing,
  /// block and shape characters: none of those is an emoji-presentation character.
  @Test func noEmojiWhereTheWidthLookupIsSkipped() {
    let skipped = Array(0x300..<0x231A) + Array(0x2500...0x25FC)
    let emoji = skipped.compactMap(Unicode.Scalar.init).filter(\.properties.isEmojiPresentation)
    #expect(emoji.isEmpty, "\(emoji.map { String($0.value, radix: 16) })")
  }

  /// ASCII text is wrapped byte by byte; the same text with every `a` made an `á` (as wide, and
  /// not ASCII) goes through the general path and must break at the same places.
  @Test func asciiWrappingAgreesWithTheGeneralPath() {
    var rng = SplitMix64(seed: 11)
    let words = ["a", "an", "banana", "cat", "", "supercalifragilistic", "x", "data-driven", "at"]
    for _ in 0..<2000 {
      let count = Int(rng.next() % 12)
      let text = (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: rng.next() % 4 == 0 ? "  " : " ")
      let width = 1 + Int(rng.next() % 14)
      let lines = 1 + Int(rng.next() % 5)
      let fast = TextLayout.wrap(text, width: width, maxLines: lines)
      let general = TextLayout.wrap(text.replacingOccurrences(of: "a", with: "á"), width: width, maxLines: lines)
        .map { $0.replacingOccurrences(of: "á", with: "a") }
      #expect(fast == general, "“\(text)” at \(width)×\(lines)")
    }
  }

  @Test func asciiDisplayWidthIsTheByteCount() {
    #expect(DisplayWidth.of("Opens the monthly invoice") == 25)
    #expect(DisplayWidth.of("tab\there") == 8)
    #expect(DisplayWidth.of("\r\n") == 1)  // one character
  }
}
