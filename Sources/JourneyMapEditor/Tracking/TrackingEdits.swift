import JourneyMapCore

/// Tracking the selected opportunity: one key moves its status on or cycles its impact and
/// effort, and each has a `:` command that sets it outright; the due date and link are
/// commands. Each change is one undo step.
extension EditorState {
  /// The opportunity under the cursor: (step, item).
  func selectedOpportunity() -> (step: Int, item: Int)? {
    guard let step = currentStep, cursor.lane == .opportunities, cursor.item < map.steps[step].opportunities.count else { return nil }
    return (step, cursor.item)
  }

  /// Runs a change on the selected opportunity, or says how to select one.
  private mutating func updateOpportunity(_ command: Action, _ label: String, _ change: (inout Opportunity) -> Void) {
    guard let (step, item) = selectedOpportunity() else {
      warn(":\(command.rawValue) applies to the selected opportunity (move to the opportunities lane)")
      return
    }
    var copy = map.steps[step]
    change(&copy.opportunities[item])
    guard copy != map.steps[step] else { return }
    let o = copy.opportunities[item]
    updateStep(step, label) { $0 = copy }
    inform("“\(o.text)”: \(EditorState.trackingSummary(o))")
  }

  /// `s` (next status) or `:status doing`.
  mutating func setStatus(_ text: String?) {
    var status: OpportunityStatus? = nil
    if let text {
      guard let parsed = OpportunityStatus(rawValue: text.lowercased()) else {
        warn("The status is idea, planned, doing, done or dropped")
        return
      }
      status = parsed
    }
    updateOpportunity(.setStatus, "Set status") { $0.status = status ?? $0.status.next }
  }

  /// `I` / `E` (next level) or `:impact high`, `:effort none`.
  mutating func setLevel(_ action: Action, _ text: String?) {
    let isImpact = action == .setImpact
    var level: Level?? = nil
    if let text {
      if text.lowercased() == "none" {
        level = .some(nil)
      } else if let parsed = Level(rawValue: text.lowercased()) {
        level = .some(parsed)
      } else {
        warn("\(isImpact ? "Impact" : "Effort") is low, medium, high or none")
        return
      }
    }
    updateOpportunity(action, isImpact ? "Set impact" : "Set effort") { o in
      if isImpact {
        o.impact = level ?? Level.cycle(o.impact)
      } else {
        o.effort = level ?? Level.cycle(o.effort)
      }
    }
  }

  /// `:due 2025-06-30`, `:due none`.
  mutating func setDue(_ text: String?) {
    guard let text else {
      warn("Give a date, YYYY-MM-DD (or none)")
      return
    }
    let due = text.lowercased() == "none" ? "" : text
    guard due.isEmpty || TrackingText.isISODate(due) else {
      warn("“\(text)” is not a date: write it YYYY-MM-DD, e.g. 2025-06-30")
      return
    }
    updateOpportunity(.setDue, "Set due date") { $0.due = due }
  }

  /// `:link https://…`, `:link none`.
  mutating func setLink(_ text: String?) {
    guard let text else {
      warn("Give the address where the work is tracked (https://…), or none")
      return
    }
    let link = text.lowercased() == "none" ? "" : text.nfc
    guard link.isEmpty || TrackingText.isLink(link) else {
      warn("A link is an http:// or https:// address without spaces")
      return
    }
    updateOpportunity(.setLink, "Set link") { $0.link = link }
  }

  /// An opportunity in its cell: the status glyph and impact and effort letters first, where a
  /// narrow cell still shows them, then the text and owner as they are edited.
  static func opportunityCellText(_ o: Opportunity) -> String {
    let tracking = OpportunityTracking.compact(Opportunity(id: o.id, text: o.text, status: o.status, impact: o.impact, effort: o.effort))
    let text = opportunityText(o)
    return tracking.isEmpty ? text : tracking + " " + text
  }

  /// `status doing · impact high · effort low · due 2025-06-30`, for messages and hints.
  static func trackingSummary(_ o: Opportunity) -> String {
    var parts = ["status \(o.status.rawValue)"]
    parts.append("impact \(o.impact?.rawValue ?? "not judged")")
    parts.append("effort \(o.effort?.rawValue ?? "not judged")")
    if !o.due.isEmpty { parts.append("due \(o.due)") }
    if !o.link.isEmpty { parts.append(o.link) }
    return parts.joined(separator: " · ")
  }
}
