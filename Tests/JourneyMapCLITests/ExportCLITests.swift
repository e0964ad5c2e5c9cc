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

  /// Written with -o, an export goes to the file in the pieces it was made in: the file holds
  /// exactly the golden export, for every format made in pieces.
  @Test(arguments: ["slides.md", "gfm.md", "html"])
  func aFileHoldsTheWholeExport(_ kind: String) throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = CLI.root.appendingPathComponent("maps/onboarding.journey.json").path
    let options = kind == "gfm.md" ? ["--flavor", "gfm"] : []
    let file = "out." + (kind == "html" ? "html" : "md")
    let result = try CLI.run(["export", map, "-o", file] + options, in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let written = try Data(contentsOf: dir.appendingPathComponent(file))
    let golden = try Data(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/exports/onboarding.\(kind)"))
    #expect(written == golden, "the file differs from Tests/Fixtures/exports/onboarding.\(kind)")
  }

  @Test func picturesComeFromGraphviz() throws {
    guard Graphviz.executable() != nil else {
      Requirement.unmet("dot")
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

  @Test func oneStageInEveryFormatAndView() throws {
    let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path
    let runs: [[String]] = [
      ["--format", "md"], ["--format", "md", "--flavor", "gfm"], ["--format", "dot"], ["--format", "dot", "--view", "blueprint"],
      ["--format", "mermaid"], ["--format", "mermaid", "--view", "blueprint"],
    ]
    for options in runs {
      for stage in ["Call support", "stg_call", "call support"] {
        let result = try CLI.run(["export", map, "--stage", stage] + options)
        #expect(result.status == 0, "\(options): \(result.stderr)")
        #expect(result.stdout.contains("Explains the"), "\(options)")
        #expect(!result.stdout.contains("Opens the monthly invoice"), "\(options)")
      }
    }
    if Graphviz.executable() == nil {
      Requirement.unmet("dot")
    } else {
      let dir = try CLI.temporaryDirectory()
      defer { try? FileManager.default.removeItem(at: dir) }
      let result = try CLI.run(["export", map, "--stage", "Resolution", "--view", "blueprint", "-o", "r.svg"], in: dir)
      #expect(result.status == 0, "\(result.stderr)")
      let svg = try String(contentsOf: dir.appendingPathComponent("r.svg"), encoding: .utf8)
      #expect(svg.contains("Resolution") && !svg.contains("Searches the help"))
    }
  }

  @Test func anUnknownStageIsBadUsage() throws {
    let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path
    let result = try CLI.run(["export", map, "--format", "md", "--stage", "Nowhere"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no stage \"Nowhere\""))
    #expect(result.stderr.contains("Call support (stg_call)"))
  }

  /// Past a renderer's limit the export is still written, and stderr says what to do.
  @Test func renderersLimitsAreWarnedAbout() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let big = dir.appendingPathComponent("big.journey.json")
    var map = MapLoader.load([UInt8](try Data(contentsOf: CLI.root.appendingPathComponent("maps/exhibition-tickets.journey.json")))).validMap!
    let original = map
    // 30 copies of the map's 10 steps: 300 steps, more than 500 Mermaid links.
    for copy in 1..<30 {
      map.stages += original.stages.map { Stage(id: $0.id + "_\(copy)", name: $0.name + " \(copy)") }
      map.steps += original.steps.map { step in
        var step = step
        step.id += "_\(copy)"
        step.stage += "_\(copy)"
        step.painPoints = []
        step.opportunities = []
        return step
      }
      map.processes += original.processes.map { process in
        var process = process
        process.id += "_\(copy)"
        process.steps = process.steps.map { $0 + "_\(copy)" }
        return process
      }
    }
    try Data(MapEncoder.encode(map)).write(to: big)
    let mermaid = try CLI.run(["export", big.path, "-o", "big.mmd", "--view", "blueprint"], in: dir)
    #expect(mermaid.status == 0)
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("big.mmd").path))
    #expect(mermaid.stderr.contains("warning: Mermaid draws at most 500 links"), "\(mermaid.stderr)")
    #expect(mermaid.stderr.contains("--stage \"Plan the visit\""), "\(mermaid.stderr)")
    let small = try CLI.run(["export", big.path, "--format", "mermaid", "--view", "blueprint", "--stage", "Book 7"], in: dir)
    #expect(small.status == 0 && !small.stderr.contains("warning"), "\(small.stderr)")
    // The editor says so on its status line.
    let editor = try CLI.run(["big.journey.json", "--keys", ":export mermaid blueprint<Enter>"], in: dir)
    #expect(editor.status == 0)
    #expect(editor.stdout.contains("Exported big.blueprint.mmd, but Mermaid draws at most 500 links"), "\(editor.stdout)")
    // A PNG wider than a bitmap may be is scaled down by dot: its own warning is passed on.
    if Graphviz.executable() == nil {
      Requirement.unmet("dot")
    } else {
      let png = try CLI.run(["export", big.path, "-o", "big.png"], in: dir)
      #expect(png.status == 0)
      #expect(png.stderr.contains("too large for cairo-renderer bitmaps"), "\(png.stderr)")
      #expect(png.stderr.contains("--stage"), "\(png.stderr)")
    }
  }
}
