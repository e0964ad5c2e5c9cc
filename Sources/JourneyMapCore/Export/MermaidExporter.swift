/// Mermaid: the `journey` diagram (sections are stages, tasks are steps, score is the feeling
/// plus 3, actors are the persona and the frontstage teams) or, for the blueprint view, a
/// flowchart with customer actions, frontstage, backstage and support as subgraphs.
///
/// Map text only ever appears escaped by ``MermaidText``; node ids are short sequential names
/// (`s1`, `p1`) rather than map ids, which may contain `-` (an edge to Mermaid).
public enum MermaidExporter {
  /// Warns when the diagram is past Mermaid's limits (``RendererLimits``).
  public static func export(_ map: JourneyMap, view: ExportView) -> ExportResult {
    let index = ExportIndex(map)
    let text: String
    var edges = 0
    switch view {
    case .journey: text = journey(map, index)
    case .blueprint: text = blueprint(map, index, edges: &edges)
    }
    return ExportResult(text: text, warnings: RendererLimits.mermaid(map, text: text, edges: edges))
  }

  static func journey(_ map: JourneyMap, _ index: ExportIndex) -> String {
    var out = "journey\n"
    out.reserveCapacity((1 << 12) + map.steps.count * 160)
    out += "    title " + MermaidText.journey(map.title, fallback: "Customer journey") + "\n"
    let persona = MermaidText.journey(map.persona.name, fallback: "Customer", isActor: true)
    for (s, steps) in index.stepsByStage.enumerated() where !steps.isEmpty {
      out += "    section " + MermaidText.journey(map.stages[s].name, fallback: "Stage \(s + 1)") + "\n"
      for i in steps {
        let step = map.steps[i]
        // Mermaid needs a score: a step whose feeling is not captured is drawn neutral.
        let score = (step.feeling.map { max(-2, min(2, $0.score)) } ?? 0) + 3
        var actors = [persona]
        var seen: Set<String> = [persona]
        for p in index.processesOf[i] where map.processes[p].lane == .frontstage {
          let owner = MermaidText.journey(map.processes[p].owner, fallback: "", isActor: true)
          if !owner.isEmpty && seen.insert(owner).inserted { actors.append(owner) }
        }
        let title = (step.momentOfTruth != nil ? "★ " : "") + ExportText.stepTitle(step)
        out += "      " + MermaidText.journey(title, fallback: "Untitled step") + ": \(score): " + actors.joined(separator: ", ") + "\n"
      }
    }
    return out
  }

  static let lanes: [(ProcessLane, String)] = [
    (.frontstage, "Frontstage (below the line of interaction)"),
    (.backstage, "Backstage (below the line of visibility)"),
    (.support, "Support (below the line of internal interaction)"),
  ]

  /// The flowchart; `edges` counts every link written, as Mermaid counts them against its limit.
  static func blueprint(_ map: JourneyMap, _ index: ExportIndex, edges: inout Int) -> String {
    var out = "flowchart TB\n"
    out.reserveCapacity((1 << 12) + (map.steps.count + map.processes.count) * 200)
    out += "    %% " + MermaidText.comment(map.title) + " — service blueprint\n"
    var stepNode: [String: String] = [:]
    stepNode.reserveCapacity(index.order.count)
    for (n, i) in index.order.enumerated() { stepNode[map.steps[i].id] = "s\(n + 1)" }
    out += "    subgraph customer [\"Customer actions\"]\n"
    out += "        direction LR\n"
    for (n, i) in index.order.enumerated() {
      let step = map.steps[i]
      let title = (step.momentOfTruth != nil ? "★ " : "") + "\(n + 1). " + ExportText.stepTitle(step)
      let feeling = step.feeling.map {
        "<br/>feels " + ExportText.score($0.score) + ($0.word.isEmpty ? "" : " " + MermaidText.label($0.word))
      } ?? ""
      out += "        s\(n + 1)[\"\(MermaidText.label(title))\(feeling)\"]\n"
    }
    if index.order.count > 1 {
      out += "        " + (1...index.order.count).map { "s\($0)" }.joined(separator: " --> ") + "\n"
      edges += index.order.count - 1
    }
    out += "    end\n"
    var processNode: [Int: String] = [:]
    var counter = 0
    for (lane, title) in lanes {
      out += "    subgraph \(lane.rawValue) [\"\(title)\"]\n"
      out += "        direction LR\n"
      let processes = index.processes(in: lane)
      if processes.isEmpty {
        out += "        \(lane.rawValue)_none[\"(none yet)\"]\n"
      }
      for p in processes {
        let process = map.processes[p]
        counter += 1
        let node = "p\(counter)"
        processNode[p] = node
        let detail = [process.owner, process.system].map(ExportText.clean).filter { !$0.isEmpty }.joined(separator: " · ")
        out += "        \(node)[\"\(MermaidText.label(process.title))\(detail.isEmpty ? "" : "<br/>" + MermaidText.label(detail))\"]\n"
      }
      out += "    end\n"
    }
    out += "    customer ~~~ frontstage ~~~ backstage ~~~ support\n"
    edges += 3
    for (p, process) in map.processes.enumerated() {
      guard let node = processNode[p] else { continue }
      for step in process.steps {
        if let target = stepNode[step] {
          out += "    \(node) -.-> \(target)\n"
          edges += 1
        }
      }
    }
    var feelingClasses: [String: [String]] = [:]
    for (n, i) in index.order.enumerated() {
      guard let feeling = map.steps[i].feeling else { continue }
      let name = feeling.score < 0 ? "negative" : feeling.score > 0 ? "positive" : "neutral"
      feelingClasses[name, default: []].append("s\(n + 1)")
    }
    out += "    classDef negative fill:#ffc9c9,stroke:#e03131\n"
    out += "    classDef neutral fill:#fff3bf,stroke:#f59f00\n"
    out += "    classDef positive fill:#d3f9d8,stroke:#2f9e44\n"
    for name in ["negative", "neutral", "positive"] {
      if let nodes = feelingClasses[name] { out += "    class \(nodes.joined(separator: ",")) \(name)\n" }
    }
    return out
  }
}
