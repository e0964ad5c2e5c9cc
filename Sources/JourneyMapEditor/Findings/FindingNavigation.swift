import JourneyMapCore

/// Going to findings: `:lint` lists them all (Enter goes to the chosen one), and the
/// next/previous keys step through them in reading order, wrapping around; the next finding is
/// one key away, any other one two (`:lint`, then its line).
extension EditorState {
  /// `:lint`: the list of findings, or a word that there are none.
  mutating func listFindings() {
    let (placed, elsewhere) = allFindings()
    let total = placed.count + elsewhere.count
    guard total > 0 else {
      inform("No findings: lint finds nothing to fix in this journey")
      return
    }
    openPrompt(.pickFinding, label: "Findings (\(total)), \(ModeKeymaps.key(.submit, in: ModeKeymaps.prompt)) goes there:")
  }

  /// The `:lint` list's entries: placed findings by their place, then the others. The value is
  /// the entry's position, so choosing one goes to exactly that finding.
  func findingCandidates() -> [Candidate] {
    let (placed, elsewhere) = allFindings()
    var out: [Candidate] = []
    for (i, p) in placed.enumerated() {
      out.append(Candidate(label: EditorState.findingLabel(p.finding), value: "p\(i)"))
    }
    for (i, f) in elsewhere.enumerated() {
      out.append(Candidate(label: EditorState.findingLabel(f), value: "e\(i)"))
    }
    return out
  }

  static func findingLabel(_ f: LintFinding) -> String {
    "\(FindingMarks.glyph(f.severity)) \(LintReport.subject(f.subject)): \(f.message)"
  }

  /// Enter on a `:lint` entry.
  mutating func goToFinding(_ value: String) {
    let (placed, elsewhere) = allFindings()
    guard let number = Int(value.dropFirst()) else { return }
    if value.hasPrefix("p"), placed.indices.contains(number) {
      goTo(placed[number], number: number, of: placed.count)
    } else if value.hasPrefix("e"), elsewhere.indices.contains(number) {
      let f = elsewhere[number]
      warn("\(f.rule): \(LintReport.subject(f.subject)): \(f.message) — \(f.ruleSpec.hint)")
    }
  }

  /// `}` and `{`: the next or previous finding with a cell, after or before the cursor.
  mutating func stepFinding(by delta: Int) {
    let (placed, elsewhere) = allFindings()
    guard !placed.isEmpty else {
      if elsewhere.isEmpty {
        inform("No findings: lint finds nothing to fix in this journey")
      } else {
        inform("No finding in a cell; \(self.key(.lint)) lists the \(elsewhere.count) about the whole map")
      }
      return
    }
    let order = Lane.allCases
    func key(_ column: Int, _ lane: Lane, _ item: Int) -> [Int] { [column, order.firstIndex(of: lane)!, item] }
    let here = key(cursor.column, cursor.lane, cursor.lane.isList ? cursor.item : 0)
    let index: Int
    if delta > 0 {
      index = placed.firstIndex { key($0.column, $0.lane, $0.item).lexicographicallyPrecedes(here) == false && key($0.column, $0.lane, $0.item) != here } ?? 0
    } else {
      index = placed.lastIndex { key($0.column, $0.lane, $0.item).lexicographicallyPrecedes(here) } ?? placed.count - 1
    }
    goTo(placed[index], number: index, of: placed.count)
  }

  private mutating func goTo(_ place: FindingPlace, number: Int, of count: Int) {
    if place.lane.isBackstageLayer && !options.showBackstage { options.showBackstage = true }
    if options.focusStage, !columnRange.contains(place.column) { options.focusStage = false }
    cursor = Cursor(lane: place.lane, column: place.column, item: place.item)
    clampCursor()
    let f = place.finding
    let keys = "\(self.key(.nextFinding)) next, \(self.key(.previousFinding)) previous"
    let text = "\(f.rule): \(f.message) — \(f.ruleSpec.hint) (\(number + 1) of \(count); \(keys))"
    if f.severity == .info { inform(text) } else { warn(text) }
  }
}
