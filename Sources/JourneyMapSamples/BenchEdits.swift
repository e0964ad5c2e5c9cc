import JourneyMapCore

/// The edits a team makes between two commits, applied to a fraction of the steps so that the
/// benchmark's diff and merge work on changes of a realistic size (about 1% of a large map).
public enum BenchEdits {
  /// Every `every`-th step (starting at `offset`) gets a new title.
  public static func retitle(_ map: JourneyMap, every: Int = 100, offset: Int = 0) -> JourneyMap {
    var map = map
    for i in stride(from: offset, to: map.steps.count, by: every) {
      map.steps[i].title += " (renamed in review)"
    }
    return map
  }

  /// Every `every`-th step (starting at `offset`) feels one point worse and gains a note: the
  /// other facilitator's edit, on other steps than ``retitle(_:every:offset:)`` with offset 0.
  public static func reconsider(_ map: JourneyMap, every: Int = 100, offset: Int = 50) -> JourneyMap {
    var map = map
    for i in stride(from: offset, to: map.steps.count, by: every) {
      let score = map.steps[i].feeling?.score ?? 0
      map.steps[i].feeling = Feeling(score: max(Feeling.range.lowerBound, score - 1), word: "let down")
      map.steps[i].notes += map.steps[i].notes.isEmpty ? "Checked again with the room." : " Checked again with the room."
    }
    return map
  }
}
