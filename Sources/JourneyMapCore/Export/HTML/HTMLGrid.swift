/// The stage grids: for each stage (or part of one), its steps as columns and every lane as a
/// row, the emotion curve drawn through the feeling row, moments of truth marked in the column
/// (★ and the words "Moment of truth", with a tint), and below the three lines of the service
/// blueprint the processes serving the steps, each a box under the steps it serves, linking to
/// its entry in the blueprint section.
extension HTMLPage {
  /// A customer lane: its name and each step's cell (escaped HTML, empty when there is nothing).
  struct Lane: Sendable {
    let name: String
    /// Whether a step has anything in this lane (cheaper than making the cell).
    let has: @Sendable (Step) -> Bool
    let cell: @Sendable (HTMLPage, Int) -> String
  }

  /// The customer lanes in the editor's order; a lane no step of the map uses is left out of
  /// every grid, so all grids have the same rows.
  static let lanes: [Lane] = [
    Lane(name: "Doing", has: { !$0.description.isEmpty }) { page, i in MarkupText.text(page.map.steps[i].description) },
    Lane(name: "Thinking", has: { !$0.thoughts.isEmpty }) { page, i in page.list(page.map.steps[i].thoughts.map { "“" + MarkupText.text($0) + "”" }.filter { $0.count > 2 }) },
    Lane(name: "Feeling", has: { _ in true }) { page, i in page.feelingCell(i) },
    Lane(name: "Touchpoints", has: { !$0.touchpoints.isEmpty }) { page, i in page.list(page.map.steps[i].touchpoints.map { MarkupText.escape(page.index.touchpointText($0)) }) },
    Lane(name: "Moment of truth", has: { $0.momentOfTruth != nil }) { page, i in
      guard let moment = page.map.steps[i].momentOfTruth else { return "" }
      let reason = MarkupText.text(moment.reason)
      return "<span class=\"star\" aria-hidden=\"true\">★</span> <strong>Moment of truth</strong>" + (reason.isEmpty ? "" : ": " + reason)
    },
    Lane(name: "Pain points", has: { !$0.painPoints.isEmpty }) { page, i in
      page.list(page.map.steps[i].painPoints.map { "<span id=\"\(MarkupText.escape($0.id))\">\(MarkupText.text($0.text))</span>" })
    },
    Lane(name: "Opportunities", has: { !$0.opportunities.isEmpty }) { page, i in
      page.list(page.map.steps[i].opportunities.map { o in
        let owner = o.owner.isEmpty ? "<span class=\"unowned\">no owner yet</span>" : MarkupText.text(o.owner)
        return "<span id=\"\(MarkupText.escape(o.id))\">\(MarkupText.text(o.text))</span> <span class=\"owner\">(owner: \(owner))</span>"
      })
    },
    Lane(name: "Metrics", has: { !$0.metrics.isEmpty }) { page, i in
      page.list(page.map.steps[i].metrics.map { "\(MarkupText.text($0.name)): <strong>\(MarkupText.text($0.value))</strong>" })
    },
    Lane(name: "Evidence", has: { $0.evidence != nil }) { page, i in page.map.steps[i].evidence?.rawValue ?? "" },
    Lane(name: "Notes", has: { !$0.notes.isEmpty }) { page, i in MarkupText.text(page.map.steps[i].notes) },
  ]

  func list(_ items: [String]) -> String {
    let items = items.filter { !$0.isEmpty }
    if items.isEmpty { return "" }
    return "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
  }

  /// The feeling as a number and a word, under this step's piece of the emotion curve: a line
  /// from halfway to the previous step's feeling, through this one, to halfway to the next, so
  /// that the pieces join into one curve across the row (and across pages).
  func feelingCell(_ i: Int) -> String {
    guard let feeling = map.steps[i].feeling else { return "<span class=\"unscored\">not scored yet</span>" }
    let position = index.numbers[i] - 1
    func score(_ p: Int) -> Int? {
      guard p >= 0, p < index.order.count else { return nil }
      return map.steps[index.order[p]].feeling?.score
    }
    // 0…40 from +2 (top) to −2 (bottom), 5 units of margin at each end.
    func y(_ s: Int) -> Double { 5 + Double(2 - max(-2, min(2, s))) * 7.5 }
    let n = MarkupText.number
    let here = y(feeling.score)
    var svg = "<svg class=\"piece\" viewBox=\"0 0 100 40\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
    if let before = score(position - 1) {
      svg += "<line x1=\"0\" y1=\"\(n((y(before) + here) / 2))\" x2=\"50\" y2=\"\(n(here))\"/>"
    }
    if let after = score(position + 1) {
      svg += "<line x1=\"50\" y1=\"\(n(here))\" x2=\"100\" y2=\"\(n((here + y(after)) / 2))\"/>"
    }
    svg += "<line class=\"dot\" x1=\"50\" y1=\"\(n(here))\" x2=\"50\" y2=\"\(n(here))\"/></svg>"
    let word = MarkupText.escape(FeelingScale.word(feeling))
    return svg + "<span class=\"score\">\(ExportText.score(feeling.score))</span> <span class=\"word\">\(word)</span>"
  }

  /// The lanes some step of the map fills (Feeling always: an unscored step says so).
  func usedLanes() -> [Lane] {
    Self.lanes.filter { lane in map.steps.contains(where: lane.has) }
  }

  /// The grids of the stages in `run` (indices into `map.stages`), with the lanes `usedLanes()`
  /// gives, found once for the whole page.
  mutating func stages(_ run: Range<Int>, lanes: [Lane]) {
    let stageCount = map.stages.count
    for s in run {
      let steps = index.stepsByStage[s]
      let stage = map.stages[s]
      let parts = HTMLExporter.parts(steps)
      for (k, part) in parts.enumerated() {
        let id = k == 0 ? " id=\"\(MarkupText.escape(stage.id))\"" : ""
        let partName = parts.count > 1 ? " (\(k + 1)/\(parts.count))" : ""
        raw("<section class=\"stage\"\(id)>\n")
        raw("<h2>\(MarkupText.text(stage.name))\(partName) <span class=\"of\">stage \(s + 1) of \(stageCount)</span></h2>\n")
        if k == 0, !stage.description.isEmpty { raw("<p class=\"stage-description\">\(MarkupText.text(stage.description))</p>\n") }
        if part.isEmpty {
          raw("<p>No steps in this stage yet.</p>\n</section>\n")
          continue
        }
        grid(Array(part), lanes: lanes)
        raw("</section>\n")
      }
    }
  }

  /// One table: the steps as columns, the lanes as rows, the blueprint underneath.
  mutating func grid(_ steps: [Int], lanes: [Lane]) {
    let moment = steps.map { map.steps[$0].momentOfTruth != nil }
    func cellClass(_ c: Int, _ extra: String = "") -> String {
      let classes = [moment[c] ? "moment" : "", extra].filter { !$0.isEmpty }
      return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    }
    raw("<table class=\"grid\">\n<colgroup><col class=\"lane\">")
    raw(String(repeating: "<col>", count: steps.count))
    raw("</colgroup>\n<thead>\n<tr><th scope=\"col\" class=\"corner\">Step</th>")
    for (c, i) in steps.enumerated() {
      let mark = moment[c] ? "<span class=\"badge\"><span aria-hidden=\"true\">★</span> Moment of truth</span>" : ""
      raw("<th scope=\"col\" id=\"\(MarkupText.escape(map.steps[i].id))\"\(cellClass(c))>\(labels[i])\(mark)</th>")
    }
    raw("</tr>\n</thead>\n<tbody>\n")
    for lane in lanes {
      raw("<tr><th scope=\"row\">\(lane.name)</th>")
      for (c, i) in steps.enumerated() {
        let feeling = lane.name == "Feeling" ? map.steps[i].feeling.map { "feeling f-" + FeelingScale.classes[FeelingScale.slot($0.score)] } ?? "feeling" : ""
        raw("<td\(cellClass(c, feeling))>\(lane.cell(self, i))</td>")
      }
      raw("</tr>\n")
    }
    raw("</tbody>\n")
    if !map.processes.isEmpty { blueprintRows(steps, cellClass: cellClass) }
    raw("</table>\n")
  }

  /// The three lines and, under each, its lane's processes as boxes spanning the steps they
  /// serve; an empty lane is one empty row, so the lines always show.
  mutating func blueprintRows(_ steps: [Int], cellClass: (Int, String) -> String) {
    let layout = BlueprintLayout(index, columns: steps)
    let width = steps.count + 1
    raw("<tbody class=\"blueprint\">\n")
    for (l, lane) in BlueprintLayout.lanes.enumerated() {
      raw("<tr class=\"line\"><th colspan=\"\(width)\" scope=\"colgroup\">\(lane.line)</th></tr>\n")
      let tracks = layout.tracks[l]
      let rows = max(1, tracks.count)
      let header = "<th scope=\"rowgroup\" rowspan=\"\(rows)\" class=\"lane-name\">\(lane.name)<span class=\"meaning\">\(lane.meaning)</span></th>"
      if tracks.isEmpty {
        raw("<tr class=\"\(lane.lane.rawValue)\">\(header)")
        for c in steps.indices { raw("<td\(cellClass(c, "none"))></td>") }
        raw("</tr>\n")
        continue
      }
      for (t, track) in tracks.enumerated() {
        raw("<tr class=\"\(lane.lane.rawValue)\">\(t == 0 ? header : "")")
        var column = 0
        for span in track {
          while column < span.first {
            raw("<td\(cellClass(column, "none"))></td>")
            column += 1
          }
          let process = map.processes[span.process]
          let detail = [process.owner, process.system].map(MarkupText.text).filter { !$0.isEmpty }.joined(separator: " · ")
          let columns = span.last - span.first + 1
          raw("<td class=\"process\"\(columns > 1 ? " colspan=\"\(columns)\"" : "")><a href=\"#\(MarkupText.escape(process.id))\">\(MarkupText.text(process.title))</a>")
          if !detail.isEmpty { raw("<span class=\"detail\">\(detail)</span>") }
          raw("</td>")
          column = span.last + 1
        }
        while column < steps.count {
          raw("<td\(cellClass(column, "none"))></td>")
          column += 1
        }
        raw("</tr>\n")
      }
    }
    raw("</tbody>\n")
  }
}
