/// The stage slides: a stage's steps side by side, every lane a row, in two kinds of table —
/// first the experience (doing, thinking, feeling, touchpoints, moment of truth), then the
/// problems and ideas (pain points, opportunities, metrics, evidence; in a document also the
/// processes). Each kind
/// shows as many steps side by side as fit a slide (at most three), so a stage whose steps say
/// little takes few slides. A table too tall for one slide goes on over the next; one cell too
/// long for a slide is cut with "…" (the HTML page and the document show it whole).
extension MarkdownExporter {
  /// Rows (indices into `laneNames`) of the two tables per group of steps. A deck leaves out
  /// the processes: its backstage slides (and blueprint pictures) show which steps each serves.
  static let laneGroups = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
  static let slideLaneGroups = [[0, 1, 2, 3, 4], [5, 6, 7, 8]]

  static let laneNames = [
    "Doing", "Thinking", "Feeling", "Touchpoints", "Moment of truth", "Pain points", "Opportunities", "Metrics", "Evidence",
    "Processes",
  ]


  /// A cell holds at most this many characters on a slide (about a third of a slide's text),
  /// and this many units once escaped (``SlideText``), which a step alone on a slide can show.
  static let cellLimit = 330
  static let fitLimit = 360.0
  /// A step's title over its column, and the stage's description over its first table.
  static let labelLimit = 60.0
  static let descriptionLimit = 200.0

  /// The slides of the stages in `run` (indices into `map.stages`).
  static func stages(_ doc: inout MarkdownDocument, _ map: JourneyMap, _ index: MarkdownIndex, _ run: Range<Int>) {
    for s in run {
      let steps = index.stepsByStage[s]
      let name = ExportText.clean(map.stages[s].name)
      var description = doc.text(map.stages[s].description)
      if doc.flavor == .slides { description = SlideText.fit(description, limit: descriptionLimit) }
      if steps.isEmpty {
        doc.slide(name, level: doc.flavor == .slides ? 2 : 3)
        if !description.isEmpty {
          doc.line(description)
          doc.blank()
        }
        doc.line("No steps in this stage yet.")
        doc.blank()
        continue
      }
      let cells = Dictionary(uniqueKeysWithValues: steps.map { i in
        (i, laneCells(i, index, cut: doc.flavor == .slides).map { doc.flavor == .slides ? SlideText.fit($0, limit: fitLimit) : $0 })
      })
      let labels = Dictionary(uniqueKeysWithValues: steps.map { i in
        (i, doc.flavor == .slides ? SlideText.fit(index.label(i), limit: labelLimit) : index.label(i))
      })
      var heights = CellHeights(cells: cells, labels: labels)
      // A document keeps the two tables of four steps together; a deck sizes each kind apart.
      let parts: [(part: Int, group: ArraySlice<Int>, n: Int, count: Int)]
      if doc.flavor == .slides {
        parts = slideLaneGroups.indices.flatMap { part in
          // Every step shows its experience; only steps with something to fix show in the rest.
          let shown = part == 0 ? steps : steps.filter { i in slideLaneGroups[part].contains { !cells[i]![$0].isEmpty } }
          let groups = slideGroups(shown, lanes: slideLaneGroups[part], heights: &heights, description: part == 0 ? description : "")
          return groups.enumerated().map { (part, $1, $0, groups.count) }
        }
      } else {
        let groups = chunked(steps, 4)
        parts = groups.enumerated().flatMap { n, group in laneGroups.indices.map { ($0, group, n, groups.count) } }
      }
      for (part, group, n, count) in parts {
        let header = [""] + group.map { labels[$0]! }
        let lanes = (doc.flavor == .slides ? slideLaneGroups : laneGroups)[part]
        var rows: [[String]] = []
        var shownLanes: [Int] = []
        for r in lanes where group.contains(where: { !cells[$0]![r].isEmpty }) {
          rows.append(["**\(laneNames[r])**"] + group.map { cells[$0]![r] })
          shownLanes.append(r)
        }
        if part > 0 && rows.isEmpty { continue }
        let title = numbered(part == 0 ? name : name + ": problems and ideas", n, count)
        let intro = n == 0 && part == 0 ? description : ""
        let pages: [ArraySlice<[String]>]
        if doc.flavor == .slides {
          let steps = Array(group)
          let ranges = slides(
            header: heights.header(steps), rows: shownLanes.map { heights.row(lane: $0, steps) }, intro: intro)
          pages = ranges.map { rows[$0] }
        } else {
          pages = [rows[...]]
        }
        for (k, page) in pages.enumerated() {
          doc.slide(title + (k > 0 ? " (continued)" : ""), level: doc.flavor == .slides ? 2 : 3)
          if k == 0, !intro.isEmpty {
            doc.line(intro)
            doc.blank()
          }
          doc.tableBody(header: header, align: align(columns: group.count), rows: Array(page))
        }
      }
    }
  }

  static func align(columns: Int) -> [String] { Array(repeating: ":--", count: columns + 1) }

  /// The rows of one table split into slides that each fit (the first under the stage's
  /// description), from the heights of its header and rows (``SlideBudget/row(_:)``): the
  /// ranges of rows on each slide.
  static func slides(header: Double, rows: [Double], intro: String) -> [Range<Int>] {
    var pages: [Range<Int>] = []
    var start = 0
    var room = SlideBudget.lines - (intro.isEmpty ? 0 : SlideBudget.paragraphAboveTable(intro))
    while start < rows.count {
      var end = start + 1
      // Summed in the order SlideBudget.table sums a table, so the answer is the same.
      var height = header + rows[start]
      while end < rows.count && height + rows[end] <= room {
        height += rows[end]
        end += 1
      }
      pages.append(start..<end)
      start = end
      room = SlideBudget.lines
    }
    return pages.isEmpty ? [0..<rows.count] : pages
  }

  /// Steps side by side in one kind of table (`lanes`): as many (up to ``stepsPerSlide``) as
  /// keep the table on one slide; a step too full to share a slide gets its own.
  static func slideGroups(_ steps: [Int], lanes: [Int], heights: inout CellHeights, description: String) -> [ArraySlice<Int>] {
    func fits(_ group: [Int], first: Bool) -> Bool {
      var height = heights.header(group)
      for r in lanes where group.contains(where: { !heights.cells[$0]![r].isEmpty }) { height += heights.row(lane: r, group) }
      let room = SlideBudget.lines - (first && !description.isEmpty ? SlideBudget.paragraphAboveTable(description) : 0)
      return height <= room
    }
    var groups: [ArraySlice<Int>] = []
    var current: [Int] = []
    for i in steps {
      if current.isEmpty || (current.count < stepsPerSlide && fits(current + [i], first: groups.isEmpty)) {
        current.append(i)
      } else {
        groups.append(current[...])
        current = [i]
      }
    }
    if !current.isEmpty { groups.append(current[...]) }
    return groups
  }

  /// The heights of a stage's table rows on slides (``SlideBudget/row(_:)``), each cell measured
  /// once per column width: choosing how many steps share a slide and where a table breaks asks
  /// for the same cells many times.
  struct CellHeights {
    let cells: [Int: [String]]
    let labels: [Int: String]
    private var lines: [Int: Int] = [:]

    init(cells: [Int: [String]], labels: [Int: String]) {
      self.cells = cells
      self.labels = labels
    }

    /// Lines of one cell (a lane of step `i`, or its label when `lane` is nil) in a table of
    /// `columns` columns.
    private mutating func lines(step i: Int, lane: Int?, columns: Int) -> Int {
      let key = (i << 8) | ((lane ?? 31) << 3) | min(columns, 7)
      if let known = lines[key] { return known }
      let text = lane.map { cells[i]![$0] } ?? labels[i]!
      let n = SlideBudget.lines(text, width: SlideBudget.lineWidth / columns - 2)
      lines[key] = n
      return n
    }

    /// `SlideBudget.row([""] + labels of the group)`.
    mutating func header(_ group: [Int]) -> Double {
      let columns = group.count + 1
      var tallest = SlideBudget.lines("", width: SlideBudget.lineWidth / columns - 2)
      for i in group { tallest = max(tallest, lines(step: i, lane: nil, columns: columns)) }
      return Double(tallest) + SlideBudget.rowPadding
    }

    /// `SlideBudget.row(["**Lane**"] + the group's cells of that lane)`.
    mutating func row(lane r: Int, _ group: [Int]) -> Double {
      let columns = group.count + 1
      var tallest = SlideBudget.lines("**\(laneNames[r])**", width: SlideBudget.lineWidth / columns - 2)
      for i in group { tallest = max(tallest, lines(step: i, lane: r, columns: columns)) }
      return Double(tallest) + SlideBudget.rowPadding
    }
  }

  /// One step's cells, in the order of `laneNames`; lists are joined with "; " (pptx and beamer
  /// drop `<br>`). On slides a cell is cut to ``cellLimit`` characters.
  static func laneCells(_ i: Int, _ index: MarkdownIndex, cut: Bool) -> [String] {
    let step = index.map.steps[i]
    func text(_ raw: String) -> String {
      let clean = ExportText.clean(raw)
      return escape(cut ? ExportText.cut(clean, to: cellLimit) : clean)
    }
    func list(_ items: [String]) -> String {
      let items = items.map(ExportText.clean).filter { !$0.isEmpty }
      guard cut else { return items.map(escape).joined(separator: "; ") }
      // Whole items while they fit, then how many more there are.
      var kept: [String] = []
      var length = 0
      for (n, item) in items.enumerated() {
        let piece = ExportText.cut(item, to: cellLimit)
        let characters = ExportText.characterCount(piece)
        if n > 0 && length + characters > cellLimit {
          kept.append("… \(items.count - n) more")
          break
        }
        kept.append(escape(piece))
        length += characters + 2
      }
      return kept.joined(separator: "; ")
    }
    // Titles only: owners and systems are on the backstage slides. A deck (cut) has no such
    // row (``slideLaneGroups``), so its cell is left empty rather than made and measured.
    let processes = cut ? [] : index.processesOf[i].map { p -> String in
      let process = index.map.processes[p]
      let lane = process.lane == .frontstage ? "Front" : process.lane == .backstage ? "Back" : "Support"
      return "\(lane): " + ExportText.clean(process.title)
    }
    return [
      text(step.description),
      list(step.thoughts),
      feeling(step.feeling),
      list(step.touchpoints.map { index.touchpointText($0) }),
      step.momentOfTruth.map { "★ " + text($0.reason) }.map { $0 == "★ " ? "★" : $0 } ?? "",
      list(step.painPoints.map(\.text)),
      list(step.opportunities.map { ExportText.clean($0.text) + ($0.owner.isEmpty ? "" : " (owner: " + ExportText.clean($0.owner) + ")") }),
      list(step.metrics.map { ExportText.clean($0.name) + ": " + ExportText.clean($0.value) }),
      step.evidence?.rawValue ?? "",
      list(processes),
    ]
  }
}
