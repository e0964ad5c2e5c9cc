import Foundation
import JourneyMapCore
import JourneyMapSamples
import Testing

/// Exports past a renderer's limit say so, with what to do; exports within every limit say
/// nothing.
@Suite("Renderer limits")
struct ExportLimitTests {
  static func tickets(steps: Int) throws -> JourneyMap {
    SampleMaps.replicated(try Fixtures.load("maps/exhibition-tickets.journey.json"), steps: steps)
  }

  /// Links as Mermaid counts them: each arrow of a chain `a --> b --> c` is one.
  static func mermaidLinks(_ text: String) -> Int {
    text.components(separatedBy: " --> ").count - 1 + text.components(separatedBy: " -.-> ").count - 1
      + text.components(separatedBy: " ~~~ ").count - 1
  }

  @Test func exampleMapsAreWithinEveryLimit() throws {
    for path in Fixtures.exampleMaps + [HostileExportTests.path] {
      let map = try Fixtures.load(path)
      for kind in ExportTests.kinds {
        let result = Exporter.export(map, format: kind.1, view: kind.2, flavor: kind.3)
        #expect(result.warnings.isEmpty, "\(path) \(kind.0): \(result.warnings)")
      }
    }
  }

  @Test func mermaidBlueprintPastFiveHundredLinksSaysSo() throws {
    let small = MermaidExporter.export(try Self.tickets(steps: 200), view: .blueprint)
    #expect(Self.mermaidLinks(small.text) <= RendererLimits.mermaidEdges)
    #expect(small.warnings.isEmpty)
    let large = MermaidExporter.export(try Self.tickets(steps: 300), view: .blueprint)
    let links = Self.mermaidLinks(large.text)
    #expect(links > RendererLimits.mermaidEdges)
    let warning = try #require(large.warnings.first)
    #expect(warning.problem.contains("at most 500 links") && warning.problem.contains("has \(links)"))
    #expect(warning.advice.contains("--stage \"Plan the visit\""))
  }

  @Test func mermaidPastItsTextLimitSaysSo() throws {
    let map = try Self.tickets(steps: 1_000)
    let journey = MermaidExporter.export(map, view: .journey)
    #expect(journey.text.utf16.count > RendererLimits.mermaidTextSize)
    #expect(journey.warnings.contains { $0.problem.contains("at most 50000 characters") })
  }

  @Test func graphvizPastWhatDotLaysOutSaysSo() throws {
    let map = try Self.tickets(steps: 2_100)
    for view in ExportView.allCases {
      let result = DotExporter.export(map, view: view)
      #expect(result.warnings.count == 1, "\(view)")
      #expect(result.warnings.first?.advice.contains("--stage") == true)
    }
    #expect(DotExporter.export(try Self.tickets(steps: 1_000), view: .journey).warnings.isEmpty)
  }

  @Test func oneHugeStageCanOnlyBeSplit() throws {
    var map = try Self.tickets(steps: 300)
    for i in map.steps.indices { map.steps[i].stage = map.stages[0].id }
    map.stages = [map.stages[0]]
    let warning = try #require(MermaidExporter.export(map, view: .blueprint).warnings.first)
    #expect(warning.advice.hasPrefix("split the stage"))
  }

  /// A stage whose name cannot be pasted into a shell is suggested by its id.
  @Test func adviceNamesAStageAUserCanType() throws {
    var map = try Self.tickets(steps: 300)
    map.stages[0].name = "Plan `rm -rf` $HOME"
    let warning = try #require(MermaidExporter.export(map, view: .blueprint).warnings.first)
    #expect(warning.advice.contains("--stage \"\(map.stages[0].id)\""))
  }
}
