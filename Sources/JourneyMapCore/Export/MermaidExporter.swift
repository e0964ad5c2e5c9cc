/// Mermaid: the `journey` diagram (sections are stages, tasks are steps, score is the feeling
/// plus 3, actors are the persona and the frontstage teams) or, for the blueprint view, a
/// flowchart with customer actions, frontstage, backstage and support as subgraphs.
///
/// Mermaid's journey grammar treats `#` as a comment and `:`, `;` and `,` as syntax, and its
/// labels read HTML; those characters are written as Mermaid entity codes (`#35;`), which Mermaid
/// decodes only after parsing.
public enum MermaidExporter {
  public static func export(_ map: JourneyMap, view: ExportView) -> String {
    let index = ExportIndex(map)
    switch view {
    case .journey: return journey(map, index)
    case .blueprint: return blueprint(map, index)
    }
  }

  static func journey(_ map: JourneyMap, _ index: ExportIndex) -> String {
    var out = "journey\n"
    out += "    title " + text(map.title, fallback: "Customer journey") + "\n"
    let persona = text(map.persona.name, fallback: "Customer", isActor: true)
    for (s, steps) in index.stepsByStage.enumerated() where !steps.isEmpty {
      out += "    section " + text(map.stages[s].name, fallback: "Stage \(s + 1)") + "\n"
      for i in steps {
        let step = map.steps[i]
        // Mermaid needs a score: a step whose feeling is not captured is drawn neutral.
        let score = (step.feeling.map { max(-2, min(2, $0.score)) } ?? 0) + 3
        var actors = [persona]
        for p in index.processesOfStep[step.id] ?? [] where map.processes[p].lane == .frontstage {
          let owner = text(map.processes[p].owner, fallback: "", isActor: true)
          if !owner.isEmpty && !actors.contains(owner) { actors.append(owner) }
        }
        let title = (step.momentOfTruth != nil ? "★ " : "") + ExportText.stepTitle(step)
        out += "      " + text(title, fallback: "Untitled step") + ": \(score): " + actors.joined(separator: ", ") + "\n"
      }
    }
    return out
  }

  static func blueprint(_ map: JourneyMap, _ index: ExportIndex) -> String {
    var out = "flowchart TB\n"
    out += "    %% " + ExportText.clean(map.title).replacingOccurrences(of: "%%", with: "%") + " — service blueprint\n"
    // Short sequential node ids: map ids may contain '-', which Mermaid reads as an edge.
    var stepNode: [String: String] = [:]
    for (n, i) in index.order.enumerated() { stepNode[map.steps[i].id] = "s\(n + 1)" }
    out += "    subgraph customer [\"Customer actions\"]\n"
    out += "        direction LR\n"
    for i in index.order {
      let step = map.steps[i]
      let title = (step.momentOfTruth != nil ? "★ " : "") + "\(index.number[step.id] ?? 0). " + ExportText.stepTitle(step)
      let feeling = step.feeling.map { "<br/>feels " + ExportText.score($0.score) + ($0.word.isEmpty ? "" : " " + label(ExportText.clean($0.word))) } ?? ""
      out += "        \(stepNode[step.id]!)[\"\(label(title))\(feeling)\"]\n"
    }
    let nodes = index.order.map { stepNode[map.steps[$0].id]! }
    if nodes.count > 1 { out += "        " + nodes.joined(separator: " --> ") + "\n" }
    out += "    end\n"
    var processNode: [String: String] = [:]
    let lanes: [(ProcessLane, String)] = [
      (.frontstage, "Frontstage (below the line of interaction)"),
      (.backstage, "Backstage (below the line of visibility)"),
      (.support, "Support (below the line of internal interaction)"),
    ]
    var counter = 0
    for (lane, title) in lanes {
      out += "    subgraph \(lane.rawValue) [\"\(title)\"]\n"
      out += "        direction LR\n"
      let processes = map.processes.filter { $0.lane == lane }
      if processes.isEmpty {
        out += "        \(lane.rawValue)_none[\"(none yet)\"]\n"
      }
      for process in processes {
        counter += 1
        let node = "p\(counter)"
        processNode[process.id] = node
        let detail = [process.owner, process.system].map(ExportText.clean).filter { !$0.isEmpty }.joined(separator: " · ")
        out += "        \(node)[\"\(label(ExportText.clean(process.title)))\(detail.isEmpty ? "" : "<br/>" + label(detail))\"]\n"
      }
      out += "    end\n"
    }
    out += "    customer ~~~ frontstage ~~~ backstage ~~~ support\n"
    for process in map.processes {
      guard let node = processNode[process.id] else { continue }
      for step in process.steps {
        if let target = stepNode[step] { out += "    \(node) -.-> \(target)\n" }
      }
    }
    var feelingClasses: [String: [String]] = [:]
    for i in index.order {
      guard let feeling = map.steps[i].feeling else { continue }
      let name = feeling.score < 0 ? "negative" : feeling.score > 0 ? "positive" : "neutral"
      feelingClasses[name, default: []].append(stepNode[map.steps[i].id]!)
    }
    out += "    classDef negative fill:#ffc9c9,stroke:#e03131\n"
    out += "    classDef neutral fill:#fff3bf,stroke:#f59f00\n"
    out += "    classDef positive fill:#d3f9d8,stroke:#2f9e44\n"
    for name in ["negative", "neutral", "positive"] {
      if let nodes = feelingClasses[name] { out += "    class \(nodes.joined(separator: ",")) \(name)\n" }
    }
    return out
  }

  /// Text for the journey grammar: entity codes for what the lexer would take as syntax, and a
  /// guard against lines that would read as keywords (`title …`, `section …`).
  static func text(_ raw: String, fallback: String, isActor: Bool = false) -> String {
    var value = ExportText.clean(raw)
    if value.isEmpty { value = fallback }
    let out = isActor ? actorEscaper(value) : journeyEscaper(value)
    let lower = out.lowercased()
    for keyword in ["title", "section", "journey", "acctitle", "accdescr"] where lower.hasPrefix(keyword) {
      return "‣ " + out
    }
    return out
  }

  static let journeyReplacements: [Character: String] = [
    "#": "#35;", ":": "#58;", ";": "#59;", "&": "#38;", "<": "#60;", ">": "#62;", "%": "#37;", "\"": "#34;", "`": "#96;",
  ]
  static let journeyEscaper = ByteEscaper(journeyReplacements)
  /// Actors are separated by commas.
  static let actorEscaper = ByteEscaper(journeyReplacements.merging([",": "#44;"]) { $1 })

  /// Text inside a quoted flowchart label.
  static func label(_ value: String) -> String { labelEscaper(value) }

  static let labelEscaper = ByteEscaper([
    "#": "#35;", "\"": "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "`": "#96;", "%": "#37;",
  ])
}
