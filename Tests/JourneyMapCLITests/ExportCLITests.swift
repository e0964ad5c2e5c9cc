import Foundation
import JourneyMapCore
import Testing

@Suite("Export from the command line")
struct ExportCLITests {
  @Test func formatFromOptionOrExtensionAndStdout() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path
    let markdown = try CLI.run(["export", map, "--format", "md"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("---\nmarp: true\n"))
    let golden = try String(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/exports/support-call.slides.md"), encoding: .utf8)
    #expect(markdown.stdout == golden)
    let inferred = try CLI.run(["export", map, "-o", "deck.mmd", "--view", "blueprint"], in: dir)
    #expect(inferred.status == 0)
    let mermaid = try String(contentsOf: dir.appendingPathComponent("deck.mmd"), encoding: .utf8)
    #expect(mermaid.hasPrefix("flowchart TB\n"))
    let gfm = try CLI.run(["export", map, "--format", "markdown", "--flavor", "gfm"])
    #expect(gfm.stdout.hasPrefix("# Calling support about a wrong invoice\n"))
  }

  @Test func picturesComeFromGraphviz() throws {
    guard Graphviz.executable() != nil else {
      if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("dot is required in CI") }
      return
    }
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = CLI.root.appendingPathComponent("maps/onboarding.journey.json").path
    for (view, file) in [("journey", "j.svg"), ("blueprint", "b.png")] {
      let result = try CLI.run(["export", map, "--view", view, "-o", file], in: dir)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let svg = try String(contentsOf: dir.appendingPathComponent("j.svg"), encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("Signs the contract"))
    let png = try Data(contentsOf: dir.appendingPathComponent("b.png"))
    #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func missingGraphvizSaysHowToInstallIt() throws {
    let result = try CLI.run(
      ["export", CLI.root.appendingPathComponent("maps/onboarding.journey.json").path, "--format", "svg"],
      environment: ["PATH": "/nonexistent"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("apt-get install graphviz"))
  }

  @Test func badUsageAndBadMaps() throws {
    let map = CLI.root.appendingPathComponent("maps/onboarding.journey.json").path
    #expect(try CLI.run(["export", map]).status == 2)
    #expect(try CLI.run(["export", map, "--format", "pdf"]).status == 2)
    #expect(try CLI.run(["export", map, "--format", "png"]).status == 2)
    #expect(try CLI.run(["export", map, "--format", "dot", "--view", "side"]).status == 2)
    let broken = try CLI.run(["export", "Tests/Fixtures/broken/duplicate-ids.journey.json", "--format", "md"])
    #expect(broken.status == 1)
    #expect(broken.stdout.contains("duplicate id"))
    #expect(try CLI.run(["export", "missing.journey.json", "--format", "md"]).status == 2)
  }

  @Test func exportFromTheEditorWritesNextToTheMap() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("maps/exhibition-tickets.journey.json"),
      to: dir.appendingPathComponent("tickets.journey.json"))
    let result = try CLI.run(["tickets.journey.json", "--keys", ":export md<Enter>:export mermaid blueprint<Enter>"], in: dir)
    #expect(result.status == 0)
    let deck = try String(contentsOf: dir.appendingPathComponent("tickets.md"), encoding: .utf8)
    #expect(deck.contains("## Booking exhibition tickets for the wrong day"))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tickets.blueprint.mmd").path))
    #expect(result.stdout.contains("Exported tickets.blueprint.mmd"))
  }
}
