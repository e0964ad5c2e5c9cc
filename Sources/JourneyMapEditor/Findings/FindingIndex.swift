import JourneyMapCore

/// What the editor keeps up to date so that lint can judge any one step without a pass over
/// the whole map: how many opportunities address each pain point (a step edited in place
/// changes the counts by its own links only), the map's lint settings, and the current-state
/// map when one was loaded beside this one.
struct FindingIndex: Sendable {
  private(set) var addressCount: [String: Int] = [:]
  private(set) var settings = LintSettings()
  /// Set by whoever opened the map (it is another file); kept across rebuilds.
  var current: LintFacts.CurrentMap?

  init() {}

  init(_ map: JourneyMap, current: LintFacts.CurrentMap? = nil) {
    self.current = current
    rebuild(map)
  }

  mutating func rebuild(_ map: JourneyMap) {
    addressCount = [:]
    addressCount.reserveCapacity(map.steps.count)
    for i in map.steps.indices { count(map.steps[i], by: 1) }
    settings = LintSettings(map)
  }

  /// One step changed in place: only its own links move.
  mutating func replace(_ old: Step, with new: Step) {
    count(old, by: -1)
    count(new, by: 1)
  }

  private mutating func count(_ step: Step, by delta: Int) {
    for o in step.opportunities {
      for id in o.addresses {
        let n = addressCount[id, default: 0] + delta
        addressCount[id] = n > 0 ? n : nil
      }
    }
  }

  func isAddressed(_ painPoint: String) -> Bool { addressCount[painPoint] != nil }
}

extension EditorState {
  /// Compares this map's moments of truth with the current-state map it redesigns (see
  /// ``MapOpener/Opened/current``), so `mot-not-improved` shows in the editor as in `lint`.
  public mutating func compare(withCurrent current: JourneyMap) {
    findingIndex.current = LintFacts.CurrentMap(current)
  }
}
