/// The deck's action list and the document's lint summary: what a map asks people to do, in
/// the order a review takes it — open work first, the highest impact first, the least effort
/// first — with where each item stands.
extension MarkdownExporter {
  /// The action table: opportunity, owner, where it stands, (in a document) what it addresses,
  /// and its step. A slide keeps to four columns, so the pain points it addresses are left to
  /// the document and to the table of pain points nobody has taken on.
  static func actionRows(_ map: JourneyMap, _ index: MarkdownIndex, flavor: MarkdownFlavor) -> (header: [String], rows: [[String]]) {
    var painText: [String: String] = [:]
    // Sorted by one number per opportunity (open first, high impact, urgency, low effort, then
    // map order): comparing and moving numbers, not opportunities, keeps the sort cheap.
    var entries: [(key: Int, step: Int, slot: Int)] = []
    for i in index.order {
      for p in map.steps[i].painPoints { painText[p.id] = ExportText.clean(p.text) }
      for (slot, o) in map.steps[i].opportunities.enumerated() {
        var key = o.isOpen ? 0 : 1
        key = key * 8 + ActionList.levelRank(o.impact, high: true)
        key = key * 8 + ActionList.urgency(o.status)
        key = key * 8 + ActionList.levelRank(o.effort, high: false)
        entries.append((key << 40 | entries.count, i, slot))
      }
    }
    entries.sort { $0.key < $1.key }
    let document = flavor == .gfm
    let header = document ? ["Opportunity", "Owner", "Status", "Addresses", "Step"] : ["Opportunity", "Owner", "Status", "Step"]
    let rows = entries.map { entry -> [String] in
      let o = map.steps[entry.step].opportunities[entry.slot]
      var row = [escape(ExportText.clean(o.text)), o.owner.isEmpty ? "**unowned**" : escape(ExportText.clean(o.owner)), status(o)]
      if document { row.append(o.addresses.compactMap { painText[$0] }.map(escape).joined(separator: "; ")) }
      row.append(index.label(entry.step))
      return row
    }
    return (header, rows)
  }

  /// `◑ doing · high impact · low effort · due 2025-02-28`; an untracked idea is `○ idea`.
  static func status(_ o: Opportunity) -> String {
    var parts = ["\(o.status.glyph) \(o.status.rawValue)"]
    if let impact = o.impact { parts.append("\(impact.rawValue) impact") }
    if let effort = o.effort { parts.append("\(effort.rawValue) effort") }
    if !o.due.isEmpty { parts.append("due \(o.due)") }
    return parts.joined(separator: " · ")
  }

  /// The document's last section: what `journeymap lint` finds, and what the map accepts on
  /// purpose (its waivers, with their reasons). A future-state map's comparison with its
  /// current map needs that file, so it is left to `journeymap lint`.
  static func lintSummary(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex) {
    let result = Linter.run(map)
    doc.section("Lint")
    let nouns: [LintSeverity: (String, String)] = [.error: ("error", "errors"), .warning: ("warning", "warnings"), .info: ("note", "notes")]
    let counts = LintSeverity.allCases.reversed().compactMap { severity -> String? in
      let n = result.count(severity)
      guard n > 0, let noun = nouns[severity] else { return nil }
      return "\(n) \(n == 1 ? noun.0 : noun.1)"
    }
    if counts.isEmpty {
      doc.line("`journeymap lint` finds nothing to fix in this journey.")
    } else {
      let list = counts.count == 1 ? counts[0] : counts.dropLast().joined(separator: ", ") + " and " + counts.last!
      doc.line("`journeymap lint` finds \(list).")
    }
    doc.blank()
    func rows(_ findings: [LintFinding], _ last: (LintFinding) -> String) -> [[String]] {
      findings.map { f in
        [f.severity.rawValue, "`\(f.rule)`", escape(LintReport.subject(f.subject)), escape(f.message), last(f)]
      }
    }
    doc.table(
      "Findings", header: ["Severity", "Rule", "Where", "Finding", "Fix"], align: [":--", ":--", ":--", ":--", ":--"],
      rows: rows(result.findings) { escape($0.ruleSpec.hint) }, perSlide: rowsPerSlide)
    let reasons = Dictionary(result.waived.map { ($0.finding.rule + " " + $0.finding.element, $0.reason) }, uniquingKeysWith: { a, _ in a })
    doc.table(
      "Accepted on purpose (x-lint)", header: ["Severity", "Rule", "Where", "Finding", "Why"],
      align: [":--", ":--", ":--", ":--", ":--"],
      rows: rows(result.waived.map(\.finding)) { escape(ExportText.clean(reasons[$0.rule + " " + $0.element] ?? "")) },
      perSlide: rowsPerSlide)
  }
}
