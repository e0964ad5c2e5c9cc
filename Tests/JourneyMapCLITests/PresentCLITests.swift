import Foundation
import JourneyMapCore
import Testing

/// `journeymap present` through the real binary: headless runs, what it refuses, and that it
/// never writes.
@Suite("Presenting from the command line")
struct PresentCLITests {
  @Test func headlessRunsDumpTheSlide() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let map = CLI.root.appendingPathComponent("maps/support-call.journey.json").path
    let result = try CLI.run(["present", map, "--keys", "<Right><Right>", "--size", "120x40", "--dump-screen", "slide.txt"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let slide = try String(contentsOf: dir.appendingPathComponent("slide.txt"), encoding: .utf8)
    let lines = slide.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 41)
    #expect(lines[39].contains("Notice the problem · stage 1 of 5"))
    #expect(lines[39].hasSuffix("3 / 11"))
    // The same slide the tests record, as plain text.
    let golden = try String(contentsOf: CLI.root.appendingPathComponent("Tests/Fixtures/screens/present/support-call-120x40-03.txt"), encoding: .utf8)
    let goldenText = golden.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 0 && $0.offset < 80 }.map { String($0.element.dropFirst(4)) }
    #expect(goldenText == lines.prefix(40).map(String.init))
    // Standard output without --dump-screen; the theme changes colours, never text.
    let stdout = try CLI.run(["present", map, "--keys", "<Right><Right>", "--size", "120x40", "--theme", "high-contrast"])
    #expect(stdout.status == 0)
    #expect(stdout.stdout == slide)
    // Leaving ends a headless run too: the last frame is the slide it left from.
    let left = try CLI.run(["present", map, "--keys", "<End>q<Right>", "--size", "80x24"])
    #expect(left.status == 0)
    #expect(left.stdout.contains("17 / 17"))
    #expect(dirEntries(dir) == ["slide.txt"])
  }

  @Test func noKeyWritesAnything() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("m.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), to: file)
    let before = try Data(contentsOf: file)
    let keys = "xDdoHello<Enter>aThought<Enter>5*u<C-r><C-s>:w<Enter>:wq<Enter>ZZ<Paste>pasted</Paste>q"
    let result = try CLI.run(["present", "m.journey.json", "--keys", keys, "--size", "100x30"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: file) == before)
    #expect(dirEntries(dir) == ["m.journey.json"], "no lock, no recovery file, no export")
  }

  @Test func whatItRefuses() throws {
    let missing = try CLI.run(["present", "no-such.journey.json", "--keys", "q"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no-such.journey.json"))
    let broken = try CLI.run(["present", "Tests/Fixtures/broken/dangling-references.journey.json", "--keys", "q"], in: CLI.root)
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("dangling-references.journey.json:23:16:"))
    let noTerminal = try CLI.run(["present", CLI.root.appendingPathComponent("maps/onboarding.journey.json").path])
    #expect(noTerminal.status == 2)
    #expect(noTerminal.stderr.contains("needs a terminal"))
    for bad in [["--size", "big"], ["--theme", "neon"], ["--dump-screen", "x.txt"]] {
      let result = try CLI.run(["present", "maps/onboarding.journey.json"] + bad, in: CLI.root)
      #expect(result.status == 2, "\(bad)")
    }
  }

  func dirEntries(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
  }
}
