/// The feeling scale, −2 … +2, as every picture and page shows it: always a number and a word
/// (the room's word, or the scale's name for the score), and a tint behind it that only repeats
/// what the number says, so nothing depends on seeing colour.
enum FeelingScale {
  /// The scale's own names, for a feeling the room gave no word for.
  static let names = ["very negative", "negative", "neutral", "positive", "very positive"]

  /// Light tints, −2 first, under dark text (contrast above 12:1 for #1b1b1b on each).
  static let tints = ["#ffd6d6", "#ffe3c7", "#fff3c4", "#dcf3df", "#c3eacb"]

  /// Class-name suffixes, −2 first: `f-n2` … `f-p2`.
  static let classes = ["n2", "n1", "0", "p1", "p2"]

  static func slot(_ score: Int) -> Int { max(-2, min(2, score)) + 2 }

  /// The word shown beside the number: the room's, else the scale's.
  static func word(_ feeling: Feeling) -> String {
    let word = ExportText.clean(feeling.word)
    return word.isEmpty ? names[slot(feeling.score)] : word
  }
}
