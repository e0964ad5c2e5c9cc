import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// Nothing typed is ever lost: other writers, failed writes, locks.
@Suite("Never lose a workshop")
struct SafetyTests {
  static func setUp() throws -> (URL, JourneyMap) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-safety-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let map = try Harness.map("maps/support-call.journey.json")
    let file = dir.appendingPathComponent("m.journey.json")
    try Data(MapEncoder.encode(map)).write(to: file)
    return (file, map)
  }

  static func onDisk(_ file: URL) throws -> JourneyMap {
    try #require(MapLoader.load([UInt8](try Data(contentsOf: file))).mapWithConflicts)
  }

  /// Someone else saves the file while we edit it.
  static func otherWriter(_ file: URL, _ map: JourneyMap) throws {
    var other = map
    other.steps[3].title = "Asks the chatbot, twice"
    try Data(MapEncoder.encode(other)).write(to: file)
  }

  @Test func anExternalChangeIsMergedNotOverwritten() throws {
    let (file, map) = try Self.setUp()
    var session = Harness.session(Harness.state(map, path: file.path))
    session.run(try KeyNotation.parse("<Enter><C-u>Opens the invoice<Enter>"))
    try Self.otherWriter(file, map)
    session.run(try KeyNotation.parse("<C-s>"))
    guard case .confirm(let question) = session.state.mode else {
      Issue.record("expected a question about the changed file")
      return
    }
    #expect(question.question.contains("changed on disk"))
    #expect(try Self.onDisk(file).steps[3].title == "Asks the chatbot, twice")  // untouched
    session.run(try KeyNotation.parse("m<C-s>"))
    let saved = try Self.onDisk(file)
    #expect(saved.steps[0].title == "Opens the invoice")
    #expect(saved.steps[3].title == "Asks the chatbot, twice")
    #expect(!session.state.isModified)
  }

  @Test func reloadAndOverwriteAreTheUsersChoice() throws {
    let (file, map) = try Self.setUp()
    var session = Harness.session(Harness.state(map, path: file.path))
    session.run(try KeyNotation.parse("<Enter><C-u>Opens the invoice<Enter>"))
    try Self.otherWriter(file, map)
    session.run(try KeyNotation.parse("<C-s>r"))
    #expect(session.state.map.steps[3].title == "Asks the chatbot, twice")
    #expect(session.state.map.steps[0].title == "Opens the monthly invoice")
    #expect(!session.state.isModified)
    session.run(try KeyNotation.parse("u"))  // our edit comes back
    #expect(session.state.map.steps[0].title == "Opens the invoice")
    try Self.otherWriter(file, map)
    session.run(try KeyNotation.parse("<C-s>o"))
    #expect(try Self.onDisk(file).steps[0].title == "Opens the invoice")
    #expect(try Self.onDisk(file).steps[3].title == "Asks the chatbot")
    session.run(try KeyNotation.parse("+<C-s>"))  // no other writer now: saves at once
    #expect(session.state.mode == .normal && !session.state.isModified)
    #expect(try Self.onDisk(file).steps[0].feeling?.score == 0)
  }

  /// Makes a directory refuse new files: permissions for a normal user; the immutable
  /// attribute for root, whom permissions do not stop. Returns the undo, or nil if neither works.
  static func makeReadOnly(_ dir: URL) -> (() -> Void)? {
    func chattr(_ flag: String) -> Bool {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
      process.arguments = [flag, dir.path]
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { return false }
      process.waitUntilExit()
      return process.terminationStatus == 0
    }
    if getuid() == 0 {
      guard chattr("+i") else { return nil }
      return { _ = chattr("-i") }
    }
    try? FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
    return { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
  }

  @Test func aReadOnlyDirectoryLeavesTheOriginalByteIdentical() throws {
    let (file, map) = try Self.setUp()
    let original = try Data(contentsOf: file)
    var session = Harness.session(Harness.state(map, path: file.path))
    guard let undo = Self.makeReadOnly(file.deletingLastPathComponent()) else {
      if ProcessInfo.processInfo.environment["CI"] != nil {
        Issue.record("cannot make a read-only directory here")
      } else {
        FileHandle.standardError.write(Data("⚠️  SKIPPED a check: cannot make a read-only directory here (chattr)\n".utf8))
      }
      return
    }
    session.run(try KeyNotation.parse("+<C-s>"))
    undo()
    #expect(try Data(contentsOf: file) == original)
    #expect(session.state.isModified)
    #expect(session.screen.text.contains("Could not save"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["m.journey.json"])
    // Saving elsewhere works.
    let other = FileManager.default.temporaryDirectory.appendingPathComponent("jm-other-\(UUID().uuidString).journey.json")
    session.run(try KeyNotation.parse(":w \(other.path)<Enter>"))
    #expect(try Self.onDisk(other).steps[0].feeling?.score == 0)
    #expect(!session.state.isModified)
  }

  /// Two editors each started the same new file: the second save must not replace the first.
  @Test func aNewFileCreatedMeanwhileIsNotOverwritten() throws {
    let (file, map) = try Self.setUp()
    let fresh = file.deletingLastPathComponent().appendingPathComponent("new.journey.json")
    var ids = IDGenerator(seed: 5)
    var session = Harness.session(
      EditorState(map: StarterMap.make(ids: &ids), filePath: fresh.path, isNew: true, size: Size(columns: 120, rows: 40), ids: ids))
    session.run(try KeyNotation.parse("<Enter>Ours<Enter>"))
    try Data(MapEncoder.encode(map)).write(to: fresh)  // the other editor saved first
    session.run(try KeyNotation.parse("<C-s>"))
    #expect(session.state.mode.name == "CONFIRM")
    #expect(session.screen.text.contains("changed on disk"))
    #expect(try Self.onDisk(fresh) == map, "the first editor's file is untouched")
  }

  @Test func locksAndRecoveryFilesBelongToOneProcess() throws {
    let (file, _) = try Self.setUp()
    let files = EditorFiles(mapPath: file.path)
    let me = ProcessIdentity.current
    let other = ProcessIdentity(pid: 1, started: nil)  // pid 1 is always alive
    let gone = ProcessIdentity(pid: 999_999, started: nil)
    #expect(files.lockPath(for: me).hasSuffix("/.m.journey.json.\(me.pid).lock"))
    #expect(files.recoveryPath(for: me).hasSuffix("/.m.journey.json.\(me.pid).recover"))
    files.announce(me)
    #expect(files.liveEditors(besides: me).isEmpty)
    files.announce(other)
    files.announce(gone)
    #expect(files.liveEditors(besides: me) == [other])
    // A recovery file of a live editor is never offered; one of a process that is gone is.
    for owner in [me, other, gone] { try Data("{}".utf8).write(to: URL(fileURLWithPath: files.recoveryPath(for: owner))) }
    #expect(files.orphanedRecoveries(besides: me) == [files.recoveryPath(for: gone)])
    // A process id reused by another program is not the editor that wrote the lock.
    #expect(me.started != nil, "process start times come from /proc")
    let reused = ProcessIdentity(pid: 1, started: 123_456_789_012)
    files.announce(reused)
    #expect(files.liveEditors(besides: me).isEmpty)
    // Quitting removes only this editor's lock.
    files.withdraw(me)
    #expect(!FileManager.default.fileExists(atPath: files.lockPath(for: me)))
    #expect(FileManager.default.fileExists(atPath: files.lockPath(for: reused)))
    files.removeStaleLocks(besides: me)
    #expect(!FileManager.default.fileExists(atPath: files.lockPath(for: gone)))
  }
}
