import Foundation
import JourneyMapCore
import Testing

/// Mermaid exports checked line by line against what journeymap means to write, and drawn by
/// the real mermaid.js (mermaidx runs Mermaid 11 in QuickJS; `.ci/run` installs it into
/// .build/venv).
@Suite("Mermaid")
struct MermaidRenderTests {
  /// Every line the blueprint flowchart may have. Map text appears only inside quoted labels,
  /// where it holds no `"`, `%`, `:`, `;`, `#` or HTML except as entity codes (`<br/>` is
  /// journeymap's), and in the title comment, which holds no `%`.
  static let blueprintLines = [
    #"flowchart TB"#, #"    %% [^%]*"#, #"    subgraph (customer|frontstage|backstage|support) \["[^"%]*"\]"#,
    #"        direction LR"#, #"        (s|p)[0-9]+\["(#[0-9]+;|<br/>|[^"%:;<>#])*"\]"#, #"        (frontstage|backstage|support)_none\["\(none yet\)"\]"#,
    #"        s[0-9]+( --> s[0-9]+)+"#, #"    end"#, #"    customer ~~~ frontstage ~~~ backstage ~~~ support"#,
    #"    p[0-9]+ -\.-> s[0-9]+"#, #"    classDef (negative|neutral|positive) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}"#,
    #"    class s[0-9]+(,s[0-9]+)* (negative|neutral|positive)"#,
  ]

  static func blueprintProblems(_ text: String) throws -> [String] {
    let patterns = try blueprintLines.map { try Regex("^" + $0 + "$") }
    return text.split(separator: "\n").compactMap { line in
      patterns.contains { (try? $0.wholeMatch(in: line)) != nil } ? nil : String(line.prefix(160))
    }
  }

  static var maps: [String] { Fixtures.exampleMaps + [HostileExportTests.path] }

  @Test(arguments: maps)
  func blueprintLinesAreAllJourneymaps(_ path: String) throws {
    let text = MermaidExporter.export(try Fixtures.load(path), view: .blueprint).text
    for problem in try Self.blueprintProblems(text) { Issue.record("\(path): \(problem)") }
  }

  @Test(arguments: maps)
  func journeyLinesFollowTheGrammar(_ path: String) throws {
    let text = MermaidExporter.export(try Fixtures.load(path), view: .journey).text
    for problem in ExportTests.journeyGrammarProblems(text) { Issue.record("\(path): \(problem)") }
    #expect(!text.contains("%"), "a % could start a directive or comment")
  }

  /// A directive hidden in map text stays text however its percent signs are nested: the old
  /// exporter turned `%%%{init…}%%%` in the title comment into a live `%%{init…}%%`.
  @Test(arguments: ["%%{init: {}}%%", "%%%{init: {}}%%%", "%%%%{init}%%%%", "}%%", "%"])
  func noDirectiveCanForm(_ title: String) {
    let map = JourneyMap(id: "jm_a", title: "a " + title, stages: [Stage(id: "stg_a", name: title)], steps: [Step(id: "stp_a", stage: "stg_a", title: title)])
    for view in ExportView.allCases {
      let text = MermaidExporter.export(map, view: view).text
      let percents = text.split(separator: "\n").map { $0.drop { $0 == " " } }.map { $0.hasPrefix("%% ") ? $0.dropFirst(3) : $0 }
      #expect(!percents.contains { $0.contains("%") }, "\(view): \(text)")
    }
  }

  /// Every Mermaid export (journey and blueprint) of every example map and of the hostile map
  /// parses and renders in the real Mermaid, and nothing of the hostile map comes out live.
  @Test func realMermaidDrawsEveryExport() throws {
    guard let python = Fixtures.mermaidPython() else { return }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-mermaid-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var files: [String] = []
    for path in Self.maps {
      let map = try Fixtures.load(path)
      for view in ExportView.allCases {
        let name = (path as NSString).lastPathComponent.replacingOccurrences(of: ".journey.json", with: ".\(view).mmd")
        let file = dir.appendingPathComponent(name).path
        try Data(MermaidExporter.export(map, view: view).text.utf8).write(to: URL(fileURLWithPath: file))
        files.append(file)
      }
    }
    let result = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/render-mermaid.py").path] + files)
    #expect(result.status == 0, "\(result.output)")
    for file in files { #expect(result.output.contains("ok \(file)\n"), "\(file): \(result.output)") }
    let hostile = files.filter { $0.contains("/hostile.") }.map { $0 + ".svg" }
    #expect(hostile.count == 2)
    let audit = ExternalProgram.run(python, [Fixtures.url("Tests/Tools/audit-markup.py").path, HostileExportTests.marker] + hostile)
    #expect(audit.status == 0, "\(audit.output)")
    for svg in hostile {
      let text = try String(contentsOfFile: svg, encoding: .utf8)
      // The attacks are drawn, as text.
      #expect(text.contains("%%{init"), "\(svg)")
      #expect(text.contains("&lt;script&gt;"), "\(svg)")
    }
  }
}
