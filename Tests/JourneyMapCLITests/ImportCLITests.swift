import Foundation
import Testing

/// `journeymap import` and `export --format csv` as a user runs them: the golden maps and
/// messages of both corpora through the real binary, where the map goes, what is never
/// overwritten, exit statuses, and terminal safety of everything printed.
@Suite("Import command")
struct ImportCLITests {
  static let corpora = ["Tests/Fixtures/import/mermaid", "Tests/Fixtures/import/csv"]

  static var inputs: [String] {
    corpora.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent(folder).path)) ?? [])
        .filter { [".mmd", ".md", ".csv"].contains(where: $0.hasSuffix) && $0 != "README.md" }.map { folder + "/" + $0 }
    }.sorted()
  }

  /// The binary prints exactly the golden messages and writes exactly the golden map.
  @Test(arguments: inputs)
  func goldenOutputThroughTheBinary(_ path: String) throws {
    let folder = CLI.root.appendingPathComponent((path as NSString).deletingLastPathComponent)
    let name = (path as NSString).lastPathComponent
    let base = String(name[..<name.lastIndex(of: ".")!])
    let result = try CLI.run(["import", name, "-o", "-"], in: folder, environment: ["JOURNEYMAP_SEED": "1"])
    let messages = try String(contentsOf: folder.appendingPathComponent(base + ".messages"), encoding: .utf8)
    #expect(result.stderr == messages, "\(name)")
    if name.hasPrefix("broken-") {
      #expect(result.status == 1, "\(name): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    } else {
      #expect(result.status == 0, "\(name): \(result.stderr)")
      let golden = try String(contentsOf: folder.appendingPathComponent(base + ".journey.json"), encoding: .utf8)
      #expect(result.stdout == golden, "\(name)")
    }
  }

  @Test func writesNextToTheInputAndNeverOverwrites() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = CLI.root.appendingPathComponent("Tests/Fixtures/import/mermaid/mermaid-docs-working-day.mmd")
    try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent("day.mmd"))
    let first = try CLI.run(["import", "day.mmd"], in: dir)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.isEmpty)
    #expect(first.stderr.contains("imported day.mmd into day.journey.json: 2 stages, 5 steps"))
    let written = dir.appendingPathComponent("day.journey.json")
    let bytes = try Data(contentsOf: written)
    #expect(try CLI.run(["check", "day.journey.json"], in: dir).status == 0)
    #expect(try CLI.run(["fmt", "--check", "day.journey.json"], in: dir).status == 0)

    let again = try CLI.run(["import", "day.mmd"], in: dir)
    #expect(again.status == 2)
    #expect(again.stderr.contains("day.journey.json already exists; add --force to replace it"))
    #expect(try Data(contentsOf: written) == bytes)

    let forced = try CLI.run(["import", "day.mmd", "--force"], in: dir, environment: ["JOURNEYMAP_SEED": "3"])
    #expect(forced.status == 0)
    #expect(try Data(contentsOf: written) != bytes, "new ids")

    let onItself = try CLI.run(["import", "day.mmd", "-o", "day.mmd", "--force"], in: dir)
    #expect(onItself.status == 2)
    #expect(onItself.stderr.contains("is the file being imported"))
    #expect(try String(contentsOf: dir.appendingPathComponent("day.mmd"), encoding: .utf8).hasPrefix("journey"))
  }

  @Test func formatFromTheOptionOrTheExtension() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("journey\n  section A\n    Task: 4: Me\n".utf8).write(to: dir.appendingPathComponent("diagram.txt"))
    let unknown = try CLI.run(["import", "diagram.txt"], in: dir)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("give --format mermaid or --format csv"))
    let given = try CLI.run(["import", "diagram.txt", "--format", "mermaid", "-o", "out.journey.json"], in: dir)
    #expect(given.status == 0, "\(given.stderr)")
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.journey.json").path))
    let bad = try CLI.run(["import", "diagram.txt", "--format", "visio"], in: dir)
    #expect(bad.status == 2)

    let stdin = try CLI.run(["import", "-", "--format", "csv"], in: dir, input: Data("Stage,Step,Lane,Text\nA,B,thinking,Hm\n".utf8))
    #expect(stdin.status == 0, "\(stdin.stderr)")
    #expect(stdin.stdout.contains("\"Hm\""))
    #expect(stdin.stderr.isEmpty)

    let missing = try CLI.run(["import", "nope.csv"], in: dir)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.csv: no such file or directory"))
  }

  /// Escape sequences in a title or a cell reach the terminal only as visible symbols.
  @Test func messagesAreSafeForATerminal() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let evil = "Stage,Step,Lane,Text\n\u{1B}]0;pwned\u{07},\u{1B}[2J,\u{1B}]52;c;ZXZpbA==\u{07},x\n,,,\u{202E}reversed\n"
    try Data(evil.utf8).write(to: dir.appendingPathComponent("evil.csv"))
    let csv = try CLI.run(["import", "evil.csv", "-o", "evil.journey.json"], in: dir)
    let mermaid = try CLI.run(["import", CLI.root.appendingPathComponent("Tests/Fixtures/import/mermaid/hostile.mmd").path, "-o", "-"], in: dir)
    for result in [csv, mermaid] {
      #expect(!result.stderr.isEmpty)
      #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) })
      #expect(!result.stderr.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
    }
    #expect(csv.stderr.contains("␛"))
  }

  @Test func exportToCSVAndBack() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path
    let export = try CLI.run(["export", map, "-o", "support.csv"], in: dir)
    #expect(export.status == 0, "\(export.stderr)")
    let back = try CLI.run(["import", "support.csv"], in: dir)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stderr.contains("0 warnings"))
    #expect(try Data(contentsOf: dir.appendingPathComponent("support.journey.json")) == Data(contentsOf: URL(fileURLWithPath: map)))
    let again = try CLI.run(["export", map, "-o", "support.csv"], in: dir)
    #expect(again.status == 2, "an export never replaces a file without --force")
    let stdout = try CLI.run(["export", map, "--format", "csv"], in: dir)
    #expect(stdout.status == 0)
    #expect(stdout.stdout.hasPrefix("Stage,Step,Lane,Text,"))
    #expect(!stdout.stdout.contains("↵"))
    let stage = try CLI.run(["export", map, "--format", "csv", "--stage", "Call support"], in: dir)
    #expect(stage.stdout.contains(",stage,"))
    #expect(!stage.stdout.contains("Opens the monthly invoice,step"))
  }
}
