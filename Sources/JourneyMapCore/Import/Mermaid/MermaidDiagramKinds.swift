/// The first words of Mermaid's other diagram types, so that importing a flowchart says "this
/// is a flowchart" instead of only "expected journey".
enum MermaidDiagramKinds {
  static let names: [(keyword: String, name: String)] = [
    ("flowchart-elk", "flowchart"), ("flowchart", "flowchart"), ("graph", "flowchart"),
    ("sequenceDiagram", "sequence diagram"), ("classDiagram-v2", "class diagram"), ("classDiagram", "class diagram"),
    ("stateDiagram-v2", "state diagram"), ("stateDiagram", "state diagram"), ("erDiagram", "entity relationship diagram"),
    ("gantt", "Gantt chart"), ("pie", "pie chart"), ("gitGraph", "git graph"), ("mindmap", "mindmap"),
    ("timeline", "timeline"), ("quadrantChart", "quadrant chart"), ("requirementDiagram", "requirement diagram"),
    ("C4Context", "C4 diagram"), ("C4Container", "C4 diagram"), ("C4Component", "C4 diagram"),
    ("C4Dynamic", "C4 diagram"), ("C4Deployment", "C4 diagram"), ("sankey-beta", "Sankey diagram"),
    ("sankey", "Sankey diagram"), ("xychart-beta", "XY chart"), ("xychart", "XY chart"), ("block-beta", "block diagram"),
    ("block", "block diagram"), ("packet-beta", "packet diagram"), ("packet", "packet diagram"), ("kanban", "Kanban board"),
    ("architecture-beta", "architecture diagram"), ("radar-beta", "radar chart"), ("treemap-beta", "treemap"),
    ("zenuml", "ZenUML sequence diagram"),
  ]

  /// The kind of diagram a first word names ("flowchart" for `flowchart TD`), if Mermaid has it.
  static func kind(ofFirstWord word: String) -> String? {
    names.first { $0.keyword == word }?.name
  }
}
