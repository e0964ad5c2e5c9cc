import JourneyMapCore

/// How a finding shows on screen: a one-character mark beside the cell, line or note it is
/// about — `!` for an error or a warning, `i` for information, coloured by severity (and in the
/// mono theme reversed or bold, so the mark means the same without colour). The mark sits in
/// the blank column before a cell's text, so it never hides a letter of the map.
enum FindingMarks {
  static func glyph(_ severity: LintSeverity) -> String { severity == .info ? "i" : "!" }

  static func style(_ severity: LintSeverity) -> Style {
    switch severity {
    case .error: return .findingError
    case .warning: return .findingWarning
    case .info: return .findingInfo
    }
  }

  static func draw(_ screen: inout Screen, _ finding: LintFinding, column: Int, row: Int) {
    guard column >= 0, column < screen.size.columns, row >= 0, row < screen.size.rows else { return }
    screen.write(glyph(finding.severity), column: column, row: row, style: style(finding.severity))
  }

  /// The worst of several findings (the one a single mark stands for).
  static func worst(_ findings: [LintFinding]) -> LintFinding? { findings.max { $0.severity < $1.severity } }

  /// What the bottom line says when the cursor is on a cell with a finding and nothing else is
  /// being said: the finding, and how to move on.
  static func hint(_ state: EditorState) -> (text: String, style: Style)? {
    guard state.mode == .normal, state.options.view != .wall else { return nil }
    let here = state.findingPlaces(inColumn: state.cursor.column).filter {
      $0.lane == state.cursor.lane && (!$0.lane.isList || $0.item == state.cursor.item || state.itemCountHere == 0)
    }
    guard let f = worst(here.map(\.finding)) else { return nil }
    let more = here.count > 1 ? " (+\(here.count - 1) more)" : ""
    let text = "\(glyph(f.severity)) \(f.rule): \(f.message)\(more) · \(state.key(.nextFinding)) next finding · \(state.key(.lint)) all"
    return (text, f.severity == .info ? .placeholder : .message)
  }

  /// The findings of the columns on screen, each column asked once per frame (grid and wall).
  static func findings(_ state: EditorState, first: Int, last: Int) -> [Int: [EditorState.FindingPlace]] {
    var out: [Int: [EditorState.FindingPlace]] = [:]
    guard first < last else { return out }
    let facts = state.lintFacts
    for column in first..<last {
      let places = state.findingPlaces(inColumn: column, facts: facts)
      if !places.isEmpty { out[column] = places }
    }
    return out
  }
}

extension EditorState {
  /// How many items the list cell under the cursor holds (0 for a cell that is not a list).
  var itemCountHere: Int {
    guard let step = currentStep, cursor.lane.isList else { return 0 }
    return itemCount(cursor.lane, step: step)
  }
}

extension GridRenderer {
  /// The marks of one cell: on the line of each item with a finding, or on the cell's first
  /// row for a finding about the cell as a whole (no touchpoint, no feeling, nothing planned).
  func drawFindingMarks(_ screen: inout Screen, lane: Lane, column: Int, top: Int, lines: [CellLine]) {
    let places = findings[column, default: []].filter { $0.lane == lane }
    guard !places.isEmpty else { return }
    let x = self.x(column) - 1
    var byRow: [Int: [LintFinding]] = [:]
    for place in places {
      var row = top
      if lane.isList, let line = lines.firstIndex(where: { $0.item == place.item }) { row = top + line }
      byRow[row, default: []].append(place.finding)
    }
    for (row, findings) in byRow where row >= geometry.bodyTop && row < geometry.bodyBottom {
      if let worst = FindingMarks.worst(findings) { FindingMarks.draw(&screen, worst, column: x, row: row) }
    }
  }

  /// The feeling lane is drawn as a curve, not cells: its marks go on the lane's top row.
  func drawFeelingMarks(_ screen: inout Screen, top: Int) {
    guard top >= geometry.bodyTop && top < geometry.bodyBottom else { return }
    for column in firstColumn..<lastColumn {
      let here = findings[column, default: []].filter { $0.lane == .feeling }.map(\.finding)
      if let worst = FindingMarks.worst(here) { FindingMarks.draw(&screen, worst, column: x(column) - 1, row: top) }
    }
  }

  /// An empty stage's finding, beside its "(no steps yet)" header.
  func drawHeaderMark(_ screen: inout Screen, column: Int) {
    let here = findings[column, default: []].filter { $0.lane == .step }.map(\.finding)
    if let worst = FindingMarks.worst(here) { FindingMarks.draw(&screen, worst, column: x(column) - 1, row: geometry.stepRow) }
  }
}
