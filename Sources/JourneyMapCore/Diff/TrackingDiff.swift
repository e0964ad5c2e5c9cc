extension MapDiff {
  /// Each tracking field of an opportunity kept under the same id, as its own named change
  /// ("status: planned → doing"), so that following up on a workshop reads as progress rather
  /// than as a rewritten opportunity. A field set for the first time is an addition, a field
  /// cleared a removal; the status is always there (idea when absent), so it only changes.
  static func trackingChanges(
    _ old: [Opportunity], _ new: [Opportunity], _ out: inout [MapDifference], id stepID: String, name: String, stage: String
  ) {
    // Most steps keep their opportunities in place: pair by position first, by id otherwise.
    let samePlaces = old.count == new.count && zip(old, new).allSatisfy { $0.id == $1.id }
    let before = samePlaces ? [:] : Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    for (i, o) in new.enumerated() {
      guard let previous = samePlaces ? old[i] : before[o.id] else { continue }
      func change(_ field: String, _ a: String?, _ b: String?) {
        guard a != b else { return }
        let kind: MapDifference.Kind = a == nil ? .added : b == nil ? .removed : .changed
        out.append(
          MapDifference(
            scope: .step, kind: kind, id: stepID, name: name, stageID: stage, field: field, old: a.map(clean), new: b.map(clean),
            item: o.id, itemName: clean(o.text)))
      }
      func text(_ s: String) -> String? { s.isEmpty ? nil : s }
      change("status", previous.status.rawValue, o.status.rawValue)
      change("impact", previous.impact?.rawValue, o.impact?.rawValue)
      change("effort", previous.effort?.rawValue, o.effort?.rawValue)
      change("due", text(previous.due), text(o.due))
      change("link", text(previous.link), text(o.link))
    }
  }
}
