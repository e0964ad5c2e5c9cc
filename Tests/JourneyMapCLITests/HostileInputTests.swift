import Foundation
import JourneyMapCore
import Testing

/// Input that is large, strange or not a file at all: a clear error or a working result, never
/// a crash or a hang. The large inputs are generated here rather than kept in the repository.
@Suite("Hostile input")
struct HostileInputTests {
  @Test func aFIFOIsRefusedWithoutBlocking() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("pipe.journey.json").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let check = try CLI.run(["check", "pipe.journey.json"], in: dir)
    #expect(check.status == 2)
    #expect(check.stderr.contains("pipe.journey.json: is not a regular file"))
    let edit = try CLI.run(["pipe.journey.json", "--keys", "q"], in: dir)
    #expect(edit.status == 2)
  }

  @Test func anUnreadableFileIsAnIOError() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("secret.journey.json")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/onboarding.journey.json"), to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    guard let check = try CLI.runUnprivileged(["check", "secret.journey.json"], in: dir) else { return }
    #expect(check.status == 2)
    #expect(check.stderr.contains("secret.journey.json: permission denied"), "\(check.stderr)")
    guard let edit = try CLI.runUnprivileged(["secret.journey.json", "--keys", "q"], in: dir) else { return }
    #expect(edit.status == 2)
    #expect(edit.stderr.contains("permission denied"))
  }

  @Test func aOneMegabyteCellIsShownCutAndExported() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var map = try #require(MapLoader.load([UInt8](try Data(contentsOf: CLI.root.appendingPathComponent("maps/onboarding.journey.json")))).validMap)
    map.steps[0].title = String(repeating: "A very long cell \u{1B}[2J ", count: 1 << 16)  // 1.4 MB, with escapes
    map.steps[0].thoughts = [String(repeating: "漢字😀", count: 100_000)]
    try Data(MapEncoder.encode(map)).write(to: dir.appendingPathComponent("big.journey.json"))
    #expect(try CLI.run(["check", "big.journey.json"], in: dir).status == 0)
    let screen = try CLI.run(["big.journey.json", "--keys", "j<Enter><End>x<Esc>", "--size", "80x24"], in: dir)
    #expect(screen.status == 0)
    #expect(screen.stdout.contains("A very long cell ␛[2J"))
    #expect(!screen.stdout.contains("\u{1B}"))
    for format in ["md", "dot", "mermaid"] {
      #expect(try CLI.run(["export", "big.journey.json", "--format", format, "-o", "out.\(format)"], in: dir).status == 0)
    }
  }

  @Test func oneHundredThousandSteps() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var map = JourneyMap(id: "jm_many", title: "Many steps", stages: [Stage(id: "stg_all", name: "All")])
    map.steps = (0..<100_000).map { Step(id: "stp_\($0)", stage: "stg_all", title: "Step \($0)") }
    try Data(MapEncoder.encode(map)).write(to: dir.appendingPathComponent("many.journey.json"))
    let check = try CLI.run(["check", "many.journey.json"], in: dir)
    #expect(check.status == 0)
    #expect(check.stdout.contains("100000 steps"))
    let edit = try CLI.run(["many.journey.json", "--keys", "$<Enter><C-u>The last one<Enter>0", "--size", "120x40"], in: dir)
    #expect(edit.status == 0)
    #expect(edit.stdout.contains("step 1 of 100000"))
  }

  @Test func aHundredMegabyteFileLoadsOrFailsClearly() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let base = try Data(contentsOf: CLI.root.appendingPathComponent("maps/support-call.journey.json"))
    // The map with a 100 MB extension value: valid, and must be read in linear time.
    var text = String(decoding: base, as: UTF8.self)
    text.removeLast(2)  // "}\n"
    var data = Data(text.utf8)
    data.append(Data(",\n  \"x-padding\": \"".utf8))
    data.append(Data(repeating: UInt8(ascii: "a"), count: 100 << 20))
    data.append(Data("\"\n}\n".utf8))
    try data.write(to: dir.appendingPathComponent("huge.journey.json"))
    let check = try CLI.run(["check", "huge.journey.json"], in: dir)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    // The same size of garbage: one clear message.
    data.replaceSubrange(0..<1, with: Data("[".utf8))
    try data.write(to: dir.appendingPathComponent("garbage.journey.json"))
    let garbage = try CLI.run(["check", "garbage.journey.json"], in: dir)
    #expect(garbage.status == 1)
    #expect(garbage.stdout.split(separator: "\n").count == 1)
  }
}
