import Foundation
import JourneyMapCore
import Testing

/// The editor driven through the real binary: headless runs with --keys, the refusal to draw
/// without a terminal, and the key table in the README.
@Suite("Editor from the command line")
struct EditorCLITests {
  /// Builds a whole small map from an empty file — stages, steps, every lane, a moment of
  /// truth, a backstage process linked to two steps — saves it, and compares the file.
  @Test func buildAMapFromAnEmptyFileWithKeys() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("passport.journey.json")
    _ = FileManager.default.createFile(atPath: file.path, contents: Data())
    let script = try String(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/e2e/passport.keys"), encoding: .utf8)
      .replacingOccurrences(of: "\n", with: "")
    let result = try CLI.run(
      ["passport.journey.json", "--keys", script, "--size", "120x40", "--dump-screen", "screen.txt"], in: dir,
      environment: ["JOURNEYMAP_SEED": "42"])
    #expect(result.status == 0, "\(result.stderr)")
    let saved = try Data(contentsOf: file)
    let expected = try Data(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/e2e/passport.expected.journey.json"))
    #expect(saved == expected, "\(String(decoding: saved, as: UTF8.self))")
    let text = String(decoding: saved, as: UTF8.self)
    for needle in [
      "\"momentOfTruth\"", "\"painPoints\"", "\"opportunities\"", "\"owner\": \"Digital team\"", "\"addresses\"",
      "\"metrics\"", "\"evidence\": \"observed\"", "\"notes\"", "\"description\"", "\"lane\": \"support\"",
      "\"touchpoints\"", "\"feeling\"", "\"thoughts\"",
    ] {
      #expect(text.contains(needle), "saved map lacks \(needle)")
    }
    #expect(try CLI.run(["check", "passport.journey.json"], in: dir).status == 0)
    let screen = try String(contentsOf: dir.appendingPathComponent("screen.txt"), encoding: .utf8)
    #expect(screen.contains("Renewing a passport"))
  }

  @Test func headlessRunPrintsTheScreenAndNeverWritesUnlessSaved() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["new.journey.json", "--keys", "oHello<Enter>q<Esc>", "--size", "80x24"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Hello"))
    #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 25)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new.journey.json").path))
  }

  @Test func withoutATerminalTheEditorSaysSoAndExits2() throws {
    let result = try CLI.run([CLI.root.appendingPathComponent("maps/onboarding.journey.json").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("needs a terminal"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aBrokenMapIsNotOpened() throws {
    let result = try CLI.run(
      ["Tests/Fixtures/broken/dangling-references.journey.json", "--keys", "q"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("dangling-references.journey.json:23:16:"))
  }

  @Test func badKeysAreAUsageError() throws {
    let result = try CLI.run(["maps/onboarding.journey.json", "--keys", "<Nope>"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown key <Nope>"))
  }

  @Test func aRecoveryFileIsOfferedAndCanBeDiscardedOrKeptBeside() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = dir.appendingPathComponent("r.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: map)
    var changed = try #require(MapLoader.load([UInt8](try Data(contentsOf: map))).validMap)
    changed.steps[0].title = "Opens the invoice, worried"
    let recovery = dir.appendingPathComponent(".r.journey.json.recover")
    try Data(MapEncoder.encode(changed)).write(to: recovery)

    // A script's keys never answer the question by accident: it is asked only on request.
    let script = try CLI.run(["r.journey.json", "--keys", "idone<Enter>", "--size", "120x40"], in: dir)
    #expect(script.stderr.contains("holds unsaved work of an ended session"))
    #expect(FileManager.default.fileExists(atPath: recovery.path))
    let offered = try CLI.run(["r.journey.json", "--keys", "", "--size", "120x40", "--offer-recovery"], in: dir)
    #expect(offered.stdout.contains("Unsaved work from an earlier session (1 change(s))"))
    #expect(offered.stdout.contains("Opens the invoice, worried"))

    let kept = try CLI.run(["r.journey.json", "--keys", "k", "--size", "120x40", "--offer-recovery"], in: dir)
    #expect(kept.stdout.contains("Wrote r.recovered.journey.json"))
    let copy = try String(contentsOf: dir.appendingPathComponent("r.recovered.journey.json"), encoding: .utf8)
    #expect(copy.contains("Opens the invoice, worried"))
    #expect(!FileManager.default.fileExists(atPath: recovery.path))

    // Keeping both again never replaces the first copy, and keeps the recovery until written.
    try Data(MapEncoder.encode(changed)).write(to: recovery)
    let again = try CLI.run(["r.journey.json", "--keys", "k", "--size", "120x40", "--offer-recovery"], in: dir)
    #expect(again.stdout.contains("Wrote r.recovered-2.journey.json"))
    #expect(try String(contentsOf: dir.appendingPathComponent("r.recovered.journey.json"), encoding: .utf8) == copy)
    try Data(MapEncoder.encode(changed)).write(to: recovery)
    _ = try CLI.run(["r.journey.json", "--keys", "d", "--size", "120x40", "--offer-recovery"], in: dir)
    #expect(!FileManager.default.fileExists(atPath: recovery.path))
    #expect(try String(contentsOf: map, encoding: .utf8).contains("Opens the monthly invoice"))
  }

  @Test func keysPrintsTheTableAndTheReadmeHoldsTheSameOne() throws {
    let plain = try CLI.run(["keys"])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains(":move-left"))
    let markdown = try CLI.run(["keys", "--markdown"])
    let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
    let begin = "<!-- keys:begin (generated by `journeymap keys --markdown`; a test compares) -->\n"
    let end = "<!-- keys:end -->"
    guard let start = readme.range(of: begin), let stop = readme.range(of: end) else {
      Issue.record("README.md has no key table markers")
      return
    }
    let table = String(readme[start.upperBound..<stop.lowerBound])
    #expect(table == markdown.stdout, "README key table differs from `journeymap keys --markdown`; paste its output between the markers")
  }
}
