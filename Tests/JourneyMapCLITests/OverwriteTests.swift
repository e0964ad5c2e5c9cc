import Foundation
import JourneyMapCore
import Testing

/// No command overwrites what it was not asked to overwrite, and every write keeps what the
/// user set up: a symlinked map stays a symlink, a read-only map is not replaced unasked.
@Suite("Writing files")
struct OverwriteTests {
  static func setUp() throws -> URL {
    let dir = try CLI.temporaryDirectory()
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: dir.appendingPathComponent("m.journey.json"))
    return dir
  }

  static func bytes(_ dir: URL, _ name: String) throws -> Data { try Data(contentsOf: dir.appendingPathComponent(name)) }

  @Test func exportNeverWritesOverTheMapOrAnyMap() throws {
    let dir = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = try Self.bytes(dir, "m.journey.json")
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("deck.md").path, withDestinationPath: "m.journey.json")
    for arguments in [
      ["-o", "m.journey.json", "--format", "md"], ["-o", "./m.journey.json", "--format", "md", "--force"],
      ["-o", "other.journey.json", "--format", "md", "--force"], ["-o", "deck.md", "--force"],
    ] {
      let result = try CLI.run(["export", "m.journey.json"] + arguments, in: dir)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.contains("choose another"), "\(arguments): \(result.stderr)")
    }
    #expect(try Self.bytes(dir, "m.journey.json") == original)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("other.journey.json").path))
  }

  @Test func exportReplacesAnExistingFileOnlyWithForce() throws {
    let dir = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("my own notes\n".utf8).write(to: dir.appendingPathComponent("notes.md"))
    let refused = try CLI.run(["export", "m.journey.json", "-o", "notes.md"], in: dir)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("notes.md already exists; add --force to replace it"))
    #expect(try Self.bytes(dir, "notes.md") == Data("my own notes\n".utf8))
    let forced = try CLI.run(["export", "m.journey.json", "-o", "notes.md", "--force"], in: dir)
    #expect(forced.status == 0)
    #expect(String(decoding: try Self.bytes(dir, "notes.md"), as: UTF8.self).contains("Calling support"))
  }

  /// fmt, resolve and the editor save through a symlink: the link stays, the target changes.
  @Test func aSymlinkedMapStaysALink() throws {
    let dir = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("shared"), withIntermediateDirectories: true)
    let target = dir.appendingPathComponent("shared/real.journey.json")
    // Not canonical (compact), so fmt has something to write.
    let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: try Self.bytes(dir, "m.journey.json")))
    try compact.write(to: target)
    let link = dir.appendingPathComponent("link.journey.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/real.journey.json")
    #expect(try CLI.run(["fmt", "link.journey.json"], in: dir).status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/real.journey.json")
    #expect(try Data(contentsOf: target) == (try Self.bytes(dir, "m.journey.json")), "the target is formatted")
    let edit = try CLI.run(["link.journey.json", "--keys", "<Enter><C-u>Through the link<Enter><C-s>q"], in: dir)
    #expect(edit.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/real.journey.json")
    #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self).contains("Through the link"))
  }

  @Test func aReadOnlyMapIsNotReplacedUnasked() throws {
    let dir = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("m.journey.json").path
    let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: try Self.bytes(dir, "m.journey.json")))
    try compact.write(to: URL(fileURLWithPath: file))
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
    let fmt = try CLI.run(["fmt", "m.journey.json"], in: dir)
    #expect(fmt.status == 2)
    #expect(fmt.stderr.contains("m.journey.json: is read-only; not replacing it"))
    #expect(try Self.bytes(dir, "m.journey.json") == compact)
    // The editor asks; Esc keeps the file, o replaces it and keeps it read-only.
    let asked = try CLI.run(["m.journey.json", "--keys", "+<C-s>", "--size", "120x30"], in: dir)
    #expect(asked.stdout.contains("m.journey.json is read-only: o replaces it anyway"))
    #expect(try Self.bytes(dir, "m.journey.json") == compact)
    let replaced = try CLI.run(["m.journey.json", "--keys", "+<C-s>o", "--size", "120x30"], in: dir)
    #expect(replaced.stdout.contains("Saved m.journey.json"))
    #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o444)
    #expect(String(decoding: try Self.bytes(dir, "m.journey.json"), as: UTF8.self).contains("\"score\": 0"))
  }

  /// `:export` in the editor refuses a map name and asks before replacing a file.
  @Test func editorExportAsksAndRefuses() throws {
    let dir = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = try Self.bytes(dir, "m.journey.json")
    let onMap = try CLI.run(["m.journey.json", "--keys", ":export md m.journey.json<Enter>", "--size", "140x30"], in: dir)
    #expect(onMap.stdout.contains("m.journey.json is the map being exported"))
    #expect(try Self.bytes(dir, "m.journey.json") == original)
    try Data("keep me\n".utf8).write(to: dir.appendingPathComponent("deck.md"))
    let asked = try CLI.run(["m.journey.json", "--keys", ":export md deck.md<Enter>", "--size", "140x30"], in: dir)
    #expect(asked.stdout.contains("deck.md already exists: o replaces it with the export"))
    #expect(try Self.bytes(dir, "deck.md") == Data("keep me\n".utf8))
    let replaced = try CLI.run(["m.journey.json", "--keys", ":export md deck.md<Enter>o", "--size", "140x30"], in: dir)
    #expect(replaced.stdout.contains("Exported deck.md"))
    #expect(String(decoding: try Self.bytes(dir, "deck.md"), as: UTF8.self).contains("Calling support"))
  }

  /// Saving under another name never replaces a file there unasked.
  @Test func saveAsAsksBeforeReplacing() throws {
    let dir = try Self.setUp()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("{}".utf8).write(to: dir.appendingPathComponent("taken.journey.json"))
    let asked = try CLI.run(["m.journey.json", "--keys", "+:w taken.journey.json<Enter>", "--size", "140x30"], in: dir)
    #expect(asked.stdout.contains("taken.journey.json already exists: o replaces it"))
    #expect(try Self.bytes(dir, "taken.journey.json") == Data("{}".utf8))
  }
}
