import Foundation
import JourneyMapCore

/// A search across all text in the map.
public struct SearchState: Sendable {
  public struct Match: Equatable, Sendable {
    public var column: Int
    public var lane: Lane
    public var item: Int
  }

  public var query = ""
  public var matches: [Match] = []
  public var current = 0
  /// Whether matches are marked on screen (Esc clears the marks).
  public var highlight = false
  var isStale = false

  mutating func invalidate() { isStale = true }
}

extension EditorState {
  /// Finds every cell whose text contains the query (case- and accent-insensitive), in
  /// reading order: column by column, lane by lane.
  func findMatches(_ query: String) -> [SearchState.Match] {
    let needle = query.folded
    guard !needle.isEmpty else { return [] }
    var matches: [SearchState.Match] = []
    for (column, item) in columns.items.enumerated() {
      switch item {
      case .emptyStage(let stage):
        if map.stages[stage].name.folded.contains(needle) { matches.append(.init(column: column, lane: .step, item: 0)) }
      case .step(let index):
        let s = map.steps[index]
        let stage = columns.stageOfColumn[column]
        if columns.stageRanges[stage].lowerBound == column,
          map.stages[stage].name.folded.contains(needle) || map.stages[stage].description.folded.contains(needle)
        {
          matches.append(.init(column: column, lane: .step, item: 0))
        } else if s.title.folded.contains(needle) {
          matches.append(.init(column: column, lane: .step, item: 0))
        }
        for lane in Lane.allCases where !lane.isRule && lane != .step {
          if lane.isList {
            for (i, text) in items(lane, step: index).enumerated() where text.folded.contains(needle) {
              matches.append(.init(column: column, lane: lane, item: i))
            }
          } else {
            let text = self.text(lane, step: index)
            if !text.isEmpty, text.folded.contains(needle) { matches.append(.init(column: column, lane: lane, item: 0)) }
          }
        }
      }
    }
    return matches
  }

  mutating func runSearch(_ query: String) {
    search.query = query
    search.matches = findMatches(query)
    search.isStale = false
    search.highlight = true
    guard !search.matches.isEmpty else {
      warn("No match for “\(query)”")
      return
    }
    // Start at the first match at or after the cursor.
    search.current = search.matches.firstIndex { $0.column >= cursor.column } ?? 0
    goToMatch()
  }

  mutating func stepSearch(by delta: Int) {
    guard !search.query.isEmpty else {
      inform("/ searches the map")
      return
    }
    if search.isStale {
      search.matches = findMatches(search.query)
      search.isStale = false
    }
    guard !search.matches.isEmpty else {
      warn("No match for “\(search.query)”")
      return
    }
    search.current = (search.current + delta + search.matches.count) % search.matches.count
    search.highlight = true
    goToMatch()
  }

  mutating func goToMatch() {
    let match = search.matches[search.current]
    if match.lane.isDetail && !options.showDetails { options.showDetails = true }
    if match.lane.isBackstageLayer && !options.showBackstage { options.showBackstage = true }
    if options.focusStage, !columnRange.contains(match.column) { options.focusStage = false }
    cursor = Cursor(lane: match.lane, column: match.column, item: match.item)
    clampCursor()
    inform("“\(search.query)”: match \(search.current + 1) of \(search.matches.count) (n next, N previous)")
  }
}

extension String {
  /// For matching: lower case, without accents, so "cafe" finds "Café".
  var folded: String {
    if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
    return folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
