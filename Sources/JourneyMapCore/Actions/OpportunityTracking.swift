/// An opportunity's tracking as text, the same way everywhere it is shown beside other facts:
/// the outline git diffs, the semantic diff, the editor's cells.
public enum OpportunityTracking {
  /// The tracking fields that say something, in file order, as (name, value): an untracked
  /// idea has none. Values are map text, not yet made safe for any output.
  public static func fields(_ o: Opportunity) -> [(name: String, value: String)] {
    var out: [(String, String)] = []
    if o.status != .idea { out.append(("status", o.status.rawValue)) }
    if let impact = o.impact { out.append(("impact", impact.rawValue)) }
    if let effort = o.effort { out.append(("effort", effort.rawValue)) }
    if !o.due.isEmpty { out.append(("due", o.due)) }
    if !o.link.isEmpty { out.append(("link", o.link)) }
    return out
  }

  /// ` [status: doing] [impact: high]…`, for the outline; empty for an untracked idea, so the
  /// outline of a map from before tracking does not change.
  public static func bracketed(_ o: Opportunity) -> String {
    fields(o).map { " [\($0.name): \(ExportText.clean($0.value))]" }.joined()
  }

  /// The few characters a narrow cell has room for: the status glyph, then impact and effort
  /// as letters (`◑ I:H E:L`), then the due date. Empty for an untracked idea, which keeps a
  /// brainstorm's cells as they were.
  public static func compact(_ o: Opportunity) -> String {
    var parts: [String] = []
    if o.status != .idea || o.impact != nil || o.effort != nil { parts.append(o.status.glyph) }
    if let impact = o.impact { parts.append("I:" + impact.letter) }
    if let effort = o.effort { parts.append("E:" + effort.letter) }
    if !o.due.isEmpty { parts.append(o.due) }
    return parts.joined(separator: " ")
  }
}
