/// Prints a semantic diff: one change per line, grouped by stage and step, like `diff` but
/// about journeys. Plain text, ANSI colour for terminals, or JSON for scripts.
///
/// The text report is ready for a terminal: every piece of map text (and every file name) goes
/// through ``SafeText`` before the report adds its own colours, so a hostile map cannot smuggle
/// escape sequences into `journeymap diff` or `git diff`.
public enum DiffReport {
  public static func text(_ changes: [MapDifference], oldName: String, newName: String, stages: [(id: String, name: String)], color: Bool) -> String {
    var out = ""
    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func line(_ s: String) {
      out += s
      out += "\n"
    }
    func sign(_ kind: MapDifference.Kind) -> String {
      switch kind {
      case .added: return paint("+", "32")
      case .removed: return paint("-", "31")
      case .changed: return paint("~", "33")
      case .moved: return paint(">", "36")
      }
    }
    func safe(_ s: String?) -> String { SafeText.displayable(s ?? "") }
    func quoted(_ s: String?) -> String { "\"\(safe(s))\"" }
    func detail(_ c: MapDifference) -> String {
      // A field of something inside the step (an opportunity's status) names that thing first.
      var field = c.field ?? ""
      if c.item != nil { field = "opportunity \(quoted(c.itemName)) " + safe(field) }
      if field == "moment of truth" {
        switch c.kind {
        case .added: return "★ marked as a moment of truth" + ((c.new ?? "").isEmpty ? "" : ": \(quoted(c.new))")
        case .removed: return "no longer a moment of truth"
        default: break
        }
      }
      switch c.kind {
      case .added: return "\(safe(field)): \(quoted(c.new))"
      case .removed: return "\(safe(field)): \(quoted(c.old))"
      case .changed:
        var text = "\(safe(field)): \(quoted(c.old)) → \(quoted(c.new))"
        if let note = c.note { text += " (\(safe(note)))" }
        return text
      case .moved:
        if c.field == "stage" { return "moved from stage \(quoted(c.old)) to \(quoted(c.new))" }
        return "moved \(safe(c.note))"
      }
    }
    // git's a/ and b/ prefixes, except before an absolute path.
    func labelled(_ prefix: String, _ name: String) -> String { safe(name.hasPrefix("/") ? name : prefix + name) }
    line(paint("--- " + labelled("a/", oldName), "1"))
    line(paint("+++ " + labelled("b/", newName), "1"))
    let mapChanges = changes.filter { $0.scope == .map }
    if !mapChanges.isEmpty {
      line(paint("map", "1"))
      for c in mapChanges { line("  \(sign(c.kind)) \(detail(c))") }
    }
    let touchpoints = changes.filter { $0.scope == .touchpoint }
    if !touchpoints.isEmpty {
      line(paint("touchpoints", "1"))
      for c in touchpoints {
        let head = "touchpoint \(safe(c.id)) \(quoted(c.name))"
        switch c.kind {
        case .added: line("  \(sign(.added)) \(head) (\(safe(c.new)))")
        case .removed: line("  \(sign(.removed)) \(head) (\(safe(c.old)))")
        default: line("  \(sign(c.kind)) \(head): \(detail(c))")
        }
      }
    }
    // Changes grouped once, by stage and by element, so that the report stays linear however
    // many stages the map has and however many things changed.
    var stageChanges: [String: [MapDifference]] = [:]
    var stepChanges: [String: [MapDifference]] = [:]
    for c in changes {
      if c.scope == .stage, let id = c.id { stageChanges[id, default: []].append(c) }
      if c.scope == .step, let stage = c.stageID { stepChanges[stage, default: []].append(c) }
    }
    var stageOrder = stages
    var listed = Set(stages.map(\.id))
    for c in changes where c.scope == .stage && c.kind == .removed {
      stageOrder.append((c.id ?? "", c.name))
      listed.insert(c.id ?? "")
    }
    for c in changes where c.scope == .step {
      if let stage = c.stageID, listed.insert(stage).inserted { stageOrder.append((stage, stage)) }
    }
    for stage in stageOrder {
      let ofStage = stageChanges[stage.id] ?? []
      let ofSteps = stepChanges[stage.id] ?? []
      guard !ofStage.isEmpty || !ofSteps.isEmpty else { continue }
      line(paint("stage \(safe(stage.id)) \(quoted(stage.name))", "1"))
      for c in ofStage {
        switch c.kind {
        case .added: line("  \(sign(.added)) stage added (\(safe(c.note)))")
        case .removed: line("  \(sign(.removed)) stage removed")
        case .moved: line("  \(sign(.moved)) stage moved: \(safe(c.note))")
        case .changed: line("  \(sign(.changed)) \(detail(c))")
        }
      }
      for mine in groupedByID(ofSteps) {
        let head = "step \(safe(mine[0].id)) \(quoted(mine[0].name))"
        if let whole = mine.first(where: { $0.field == nil && $0.kind != .moved }) {
          line("  \(sign(whole.kind)) \(head)")
          continue
        }
        line("  \(sign(.changed)) \(head)")
        for c in mine { line("      \(sign(c.kind)) \(detail(c))") }
      }
    }
    let processes = changes.filter { $0.scope == .process }
    if !processes.isEmpty {
      line(paint("processes", "1"))
      for mine in groupedByID(processes) {
        let head = "process \(safe(mine[0].id)) \(quoted(mine[0].name))"
        if let whole = mine.first(where: { $0.field == nil }) {
          line("  \(sign(whole.kind)) \(head) (\(safe(whole.new ?? whole.old)))")
          for c in mine where c.field != nil { line("      \(sign(c.kind)) \(detail(c))") }
          continue
        }
        line("  \(sign(.changed)) \(head)")
        for c in mine { line("      \(sign(c.kind)) \(detail(c))") }
      }
    }
    return out
  }

  /// Changes grouped by the id they concern, groups in order of first appearance.
  static func groupedByID(_ changes: [MapDifference]) -> [[MapDifference]] {
    var groups: [[MapDifference]] = []
    var position: [String: Int] = [:]
    for c in changes {
      let id = c.id ?? ""
      if let i = position[id] {
        groups[i].append(c)
      } else {
        position[id] = groups.count
        groups.append([c])
      }
    }
    return groups
  }

  /// The changes as canonical JSON: an array of objects with `scope`, `change`, `id`, `name`,
  /// `stage`, `field`, `old`, `new`, `note`, `item`, `itemName` (absent when empty).
  public static func json(_ changes: [MapDifference]) -> String {
    var w = CanonicalJSONWriter()
    w.beginArray()
    for c in changes {
      w.beginObject()
      w.member("scope", c.scope.rawValue)
      w.member("change", c.kind.rawValue)
      if let id = c.id { w.member("id", id) }
      w.member("name", c.name)
      if let stage = c.stageID { w.member("stage", stage) }
      if let field = c.field { w.member("field", field) }
      if let old = c.old { w.member("old", old) }
      if let new = c.new { w.member("new", new) }
      if let note = c.note { w.member("note", note) }
      if let item = c.item { w.member("item", item) }
      if let itemName = c.itemName { w.member("itemName", itemName) }
      w.endObject()
    }
    w.endArray()
    return String(decoding: w.finish(), as: UTF8.self)
  }
}
