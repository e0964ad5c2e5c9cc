import JourneyMapCore
import JourneyMapEditor
import Testing

/// The shortcuts that keep drawing cheap give the same answers as the general code.
@Suite("Fast text paths")
struct FastTextTests {
  /// WideCharacters skips the emoji-presentation lookup below U+231A and in the box drawing,
  /// block and shape characters: none of those is an emoji-presentation character.
  @Test func noEmojiWhereTheWidthLookupIsSkipped() {
    let skipped = Array(0x300..<0x231A) + Array(0x2500...0x25FC)
    let emoji = skipped.compactMap(Unicode.Scalar.init).filter(\.properties.isEmojiPresentation)
    #expect(emoji.isEmpty, "\(emoji.map { String($0.value, radix: 16) })")
  }

  /// ASCII text is wrapped byte by byte and plain text scalar by scalar; the same text with
  /// every `a` made an `á` (plain, not ASCII) and a `ⓐ` (as wide, and not plain) goes through
  /// the plain and the general path, and all three must break at the same places.
  @Test func asciiAndPlainWrappingAgreeWithTheGeneralPath() {
    var rng = SplitMix64(seed: 11)
    let words = ["a", "an", "banana", "cat", "", "supercalifragilistic", "x", "data-driven", "at", "£15—a", "naïve"]
    for _ in 0..<2000 {
      let count = Int(rng.next() % 12)
      let text = (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: rng.next() % 4 == 0 ? "  " : " ")
      let width = 1 + Int(rng.next() % 14)
      let lines = 1 + Int(rng.next() % 5)
      let fast = TextLayout.wrap(text, width: width, maxLines: lines)
      let plain = TextLayout.wrap(text.replacingOccurrences(of: "a", with: "á"), width: width, maxLines: lines)
        .map { $0.replacingOccurrences(of: "á", with: "a") }
      let general = TextLayout.wrap(text.replacingOccurrences(of: "a", with: "ⓐ"), width: width, maxLines: lines)
        .map { $0.replacingOccurrences(of: "ⓐ", with: "a") }
      #expect(fast == general, "“\(text)” at \(width)×\(lines)")
      #expect(plain == general, "“\(text)” at \(width)×\(lines)")
    }
    #expect(!PlainText.isPlain("ⓐ") && PlainText.isPlain("á"))
  }

  /// Every plain character is one column, its own character whatever comes next, and shown as
  /// it is: what the short paths assume of it.
  @Test func plainCharactersAreWhatTheShortPathsAssume() {
    let plain = PlainText.beyondASCII
    #expect(plain.count > 1_000)
    for scalar in plain {
      let text = String(scalar)
      #expect(DisplayWidth.of(scalar) == 1, "U+\(String(scalar.value, radix: 16))")
      #expect(SafeText.displayable(Character(scalar)) == text, "U+\(String(scalar.value, radix: 16))")
      #expect(!scalar.properties.isEmojiPresentation, "U+\(String(scalar.value, radix: 16))")
    }
    // Side by side, with each other and with ASCII, each stays a character of its own.
    let together = String(String.UnicodeScalarView(plain.flatMap { [$0, "a", $0] }))
    #expect(together.count == together.unicodeScalars.count)
    #expect(PlainText.isPlain(together))
    #expect(DisplayWidth.of(together) == together.reduce(0) { $0 + DisplayWidth.of($1) })
  }

  @Test func asciiDisplayWidthIsTheByteCount() {
    #expect(DisplayWidth.of("Opens the monthly invoice") == 25)
    #expect(DisplayWidth.of("tab\there") == 8)
    #expect(DisplayWidth.of("\r\n") == 1)  // one character
  }
}
