/// The map as one self-contained web page: what a team opens in a browser or prints to PDF after
/// the workshop. Everything is in the file (inline CSS, inline SVG, system fonts), and a
/// content-security policy forbids the page any script or any request, so the page works
/// offline forever and map text, escaped everywhere, could not run even if it were not.
///
/// Reading order, which is also the printed order (landscape, A4 or Letter): the header and the
/// journey at a glance (emotion curve, moments of truth) on the first page; then one page per
/// stage (a stage of more than ``stepsPerTable`` steps takes a page per part), each a grid of
/// its steps by every lane with the service blueprint under its three lines; then the action
/// list; then the blueprint's processes in full. Linear in the map.
public enum HTMLExporter {
  /// Steps side by side in one stage grid: what fits the width of a landscape page.
  public static let stepsPerTable = 6

  /// No warnings: browsers have no size limit a map reaches.
  public static func export(_ map: JourneyMap, sourceName: String? = nil) -> ExportResult {
    export(map, sourceName: sourceName, serially: ExportPieces.serially(map))
  }

  /// The page in parts, each written on its own (``Concurrently``) and joined in order: the
  /// opening, runs of stages of about the same number of steps, the actions, the blueprint.
  static func export(_ map: JourneyMap, sourceName: String?, serially: Bool, runs: Int = ExportPieces.runsPerExport) -> ExportResult {
    let page = HTMLPage(index: ExportIndex(map))
    let runs = ExportPieces.stageRuns(page.index, runs: runs)
    let lanes = page.usedLanes()
    let texts = Concurrently.map(runs.count + 3, serially: serially) { k in
      var part = page
      switch k {
      case 0:
        part.reserve(map.steps.count * 300)
        part.head(sourceName: sourceName)
        part.header()
        part.overview()
      case runs.count + 1:
        part.reserve(map.steps.count * 400)
        part.actions()
      case runs.count + 2:
        part.reserve(map.processes.count * 400)
        part.blueprint()
        part.raw("</main>\n</body>\n</html>\n")
      default:
        let run = runs[k - 1]
        part.reserve(ExportPieces.steps(in: run, page.index) * 2_400)
        part.stages(run, lanes: lanes)
      }
      return part.text
    }
    return ExportResult(pieces: texts)
  }

  /// A stage's steps split into tables of at most `size` (``stepsPerTable``), as even as
  /// possible (seven steps are four and three, not six and one).
  static func parts(_ steps: [Int], size: Int = stepsPerTable) -> [ArraySlice<Int>] {
    guard steps.count > size else { return [steps[...]] }
    let count = (steps.count + size - 1) / size
    var parts: [ArraySlice<Int>] = []
    var start = 0
    for k in 0..<count {
      let size = steps.count / count + (k < steps.count % count ? 1 : 0)
      parts.append(steps[start..<start + size])
      start += size
    }
    return parts
  }
}

/// The page being written (or one part of it).
struct HTMLPage: Sendable {
  let index: ExportIndex
  var text = ""
  /// Each step's label, `3. Searches the help centre`, escaped; made once (a label appears in
  /// the grid, the action list and the blueprint).
  let labels: [String]

  init(index: ExportIndex) {
    self.index = index
    var labels = Array(repeating: "", count: index.map.steps.count)
    for i in index.order { labels[i] = "\(index.numbers[i]). " + MarkupText.escape(ExportText.stepTitle(index.map.steps[i])) }
    self.labels = labels
  }

  var map: JourneyMap { index.map }

  mutating func raw(_ s: String) { text += s }

  /// Reserves about the bytes a part will take: a large page is written without copying itself
  /// each time it outgrows its buffer.
  mutating func reserve(_ bytes: Int) { text.reserveCapacity((1 << 14) + bytes) }

  /// A link to a step's column in its stage grid.
  func stepLink(_ i: Int) -> String { "<a href=\"#\(MarkupText.escape(map.steps[i].id))\">\(labels[i])</a>" }

  mutating func head(sourceName: String?) {
    let title = MarkupText.text("Journey map: " + map.title)
    raw("""
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="journeymap (format version \(MapFormat.version))">
      <title>\(title)</title>
      <style>
      \(HTMLStyle.css)</style>
      </head>
      <body>

      """)
    let source = sourceName.map { " from " + MarkdownExporter.comment(MarkupText.text($0)) } ?? ""
    raw("<!-- journeymap: generated\(source) (format version \(MapFormat.version)); edit the map, not this file -->\n")
  }

  /// Title, persona, scenario, state and who was in the room.
  mutating func header() {
    let state = map.state == .current ? "Current state: the journey as it is today" : "Future state: the journey as redesigned"
    raw("<header class=\"map-header\">\n<p class=\"kicker\">Customer journey map · \(state)</p>\n")
    raw("<h1>\(MarkupText.text(map.title))</h1>\n<dl class=\"facts\">\n")
    let persona = map.persona
    var facts: [(String, String)] = []
    if !persona.name.isEmpty { facts.append(("Persona", MarkupText.text(persona.name))) }
    if !persona.goal.isEmpty { facts.append(("Goal", MarkupText.text(persona.goal))) }
    if !persona.description.isEmpty { facts.append(("About", MarkupText.text(persona.description))) }
    if !map.scenario.isEmpty { facts.append(("Scenario", MarkupText.text(map.scenario))) }
    let people = map.stakeholders.map(MarkupText.text).filter { !$0.isEmpty }
    if !people.isEmpty { facts.append(("In the room", people.joined(separator: " · "))) }
    if !map.notes.isEmpty { facts.append(("Notes", MarkupText.text(map.notes))) }
    for (name, value) in facts { raw("<div><dt>\(name)</dt><dd>\(value)</dd></div>\n") }
    raw("</dl>\n</header>\n<main>\n")
  }

  /// The journey at a glance: the emotion curve across every step, the moments of truth and
  /// what supports them, and the stages (links to their grids).
  mutating func overview() {
    raw("<section class=\"overview\" id=\"overview\" aria-labelledby=\"overview-title\">\n")
    raw("<h2 id=\"overview-title\">The journey at a glance</h2>\n")
    let steps = index.order.filter { index.stageOf[$0] != nil }
    guard !steps.isEmpty else {
      raw("<p>No steps yet.</p>\n</section>\n")
      return
    }
    raw("<figure class=\"curve\">\n")
    raw(EmotionCurve(index: index, steps: steps, width: 1200).svg(standalone: false))
    raw("</figure>\n")
    var stages: [String] = []
    for (s, stepsOfStage) in index.stepsByStage.enumerated() {
      let count = stepsOfStage.count == 1 ? "1 step" : "\(stepsOfStage.count) steps"
      stages.append("<li><a href=\"#\(MarkupText.escape(map.stages[s].id))\">\(MarkupText.text(map.stages[s].name))</a> <span class=\"count\">(\(count))</span></li>")
    }
    raw("<nav aria-label=\"Stages\"><ol class=\"stages\">\(stages.joined())</ol></nav>\n")
    let moments = steps.filter { map.steps[$0].momentOfTruth != nil }
    raw("<h3>Moments of truth</h3>\n")
    if moments.isEmpty {
      raw("<p>No moment of truth has been marked yet: which steps make or break the relationship?</p>\n")
    } else {
      raw("<ul class=\"moments\">\n")
      for i in moments {
        let reason = MarkupText.text(map.steps[i].momentOfTruth?.reason ?? "")
        let support = index.processesOf[i].map { p in
          "<a href=\"#\(MarkupText.escape(map.processes[p].id))\">\(MarkupText.text(map.processes[p].title))</a> (\(map.processes[p].lane.rawValue))"
        }
        let supported = support.isEmpty
          ? "<strong class=\"warning\">⚠ Nothing backstage supports this moment.</strong>"
          : "Supported by " + support.joined(separator: ", ") + "."
        raw("<li><span class=\"star\" aria-hidden=\"true\">★</span> <strong>Moment of truth:</strong> \(stepLink(i))")
        raw(reason.isEmpty ? ". " : " — \(reason) ")
        raw("<span class=\"support\">\(supported)</span></li>\n")
      }
      raw("</ul>\n")
    }
    raw("</section>\n")
  }
}
