import Foundation
import JourneyMapCore
import Testing

/// `export --format html` and `export --format slides -o DIR/`: what a team takes out of the
/// workshop, through the command line as the README shows it.
@Suite("Sharing a map from the command line")
struct SharingCLITests {
  static let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path

  @Test func anHTMLPageByNameOrFormat() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let written = try CLI.run(["export", Self.map, "-o", "page.html"], in: dir)
    #expect(written.status == 0, "\(written.stderr)")
    let page = try String(contentsOf: dir.appendingPathComponent("page.html"), encoding: .utf8)
    let golden = try String(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/exports/support-call.html"), encoding: .utf8)
    // The golden was made with the map's file name as its source, as the command does.
    #expect(page == golden)
    let stdout = try CLI.run(["export", Self.map, "--format", "html"])
    #expect(stdout.status == 0 && stdout.stdout == golden)
    // Written again, it asks for --force.
    #expect(try CLI.run(["export", Self.map, "-o", "page.html"], in: dir).status == 2)
    #expect(try CLI.run(["export", Self.map, "-o", "page.html", "--force"], in: dir).status == 0)
  }

  @Test func oneStageAsAPage() throws {
    let result = try CLI.run(["export", Self.map, "--format", "html", "--stage", "Call support"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("<title>Journey map: Calling support about a wrong invoice — Call support</title>"))
    #expect(result.stdout.contains("Explains the problem to an agent"))
    #expect(!result.stdout.contains("Opens the monthly invoice"))
    #expect(result.stdout.components(separatedBy: "<section class=\"stage\"").count == 2)
  }

  @Test func aSlidesDirectory() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["export", Self.map, "--format", "slides", "-o", "deck/"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("wrote deck/slides.md and 3 pictures beside it"))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("deck").path).sorted()
    #expect(names == ["blueprint-1.svg", "blueprint-2.svg", "emotion-curve.svg", "slides.md"])
    for name in names {
      let golden = try String(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/exports/support-call.slides/\(name)"), encoding: .utf8)
      #expect(try String(contentsOf: dir.appendingPathComponent("deck/\(name)"), encoding: .utf8) == golden, "\(name)")
    }
    // Nothing is replaced without --force, and nothing at all is written when one file would be.
    try FileManager.default.removeItem(at: dir.appendingPathComponent("deck/blueprint-2.svg"))
    let again = try CLI.run(["export", Self.map, "-o", "deck/"], in: dir)
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exist") && again.stderr.contains("--force"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("deck/blueprint-2.svg").path))
    #expect(try CLI.run(["export", Self.map, "-o", "deck/", "--force"], in: dir).status == 0)
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("deck/blueprint-2.svg").path))
  }

  @Test func slidesNeedADirectory() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = try CLI.run(["export", Self.map, "--format", "slides"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("-o DIR/"))
    try Data("x".utf8).write(to: dir.appendingPathComponent("file"))
    let onAFile = try CLI.run(["export", Self.map, "--format", "slides", "-o", "file"], in: dir)
    #expect(onAFile.status == 2)
    #expect(onAFile.stderr.contains("not a directory"))
    #expect(try CLI.run(["export", Self.map, "--format", "slides", "--flavor", "gfm", "-o", "d/"], in: dir).status == 2)
    // A map is never written over, even inside the directory.
    let map = try CLI.run(["export", Self.map, "-o", "x.journey.json/"], in: dir)
    #expect(map.status == 2, "\(map.stderr)")
  }
}
