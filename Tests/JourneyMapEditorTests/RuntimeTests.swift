import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The editor runtime against a fake terminal: signals, recovery files, locks, and two editors
/// on one map, with time under the test's control.
@Suite("Editor runtime", .serialized)
struct RuntimeTests {
  /// A process that has ended (its files are leftovers), and a live one that is not us.
  static let gone = ProcessIdentity(pid: 999_999, started: nil)
  static let other = ProcessIdentity(pid: 1, started: nil)

  static func directory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-runtime-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func mapFile(in dir: URL) throws -> String {
    let path = dir.appendingPathComponent("m.journey.json").path
    try Data(MapEncoder.encode(try Harness.map("maps/support-call.journey.json"))).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func onDisk(_ path: String) throws -> JourneyMap {
    guard case .success(let contents) = MapDocument(path: path).read(accepting: .allowingConflicts) else {
      Issue.record("\(path) is not a readable map")
      throw CancellationError()
    }
    return contents.map
  }

  /// Waits for the background writer (wall time; the half second is the runtime's own clock).
  static func waitFor(_ what: String, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if condition() { return true }
      usleep(10_000)
    }
    Issue.record("timed out waiting for \(what)")
    return false
  }

  static func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

  /// Two editors on one copy of the support-call map in a new folder, the first having
  /// noticed the second (the caller removes the folder).
  static func twoEditors() throws -> (dir: URL, path: String, a: FakeEditor, b: FakeEditor) {
    let dir = try directory()
    let path = try mapFile(in: dir)
    let a = try FakeEditor(path: path, identity: other)
    let b = try FakeEditor(path: path, identity: .current)
    _ = a.idle(1_100)
    return (dir, path, a, b)
  }

  @Test func aSignalKeepsTheCellBeingTypedAndTheNextEditorPutsItBack() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.mapFile(in: dir)
    let files = EditorFiles(mapPath: path)
    let first = try FakeEditor(path: path, identity: Self.gone)
    #expect(FileManager.default.fileExists(atPath: files.lockPath(for: Self.gone)))
    try first.keys("ja")
    try first.keys("Half a sentence the room just said")
    first.signal = SIGHUP
    let outcome = first.idle(10)
    #expect(outcome == .signalled(SIGHUP, keptIn: files.recoveryPath(for: Self.gone)))
    #expect(first.terminal.stopped)
    #expect(Self.contents(files.recoveryPath(for: Self.gone)).contains("Half a sentence the room just said"))
    #expect(!FileManager.default.fileExists(atPath: files.lockPath(for: Self.gone)), "the lock went with the editor")
    #expect(try Self.onDisk(path) == (try Harness.map("maps/support-call.journey.json")), "the map was not written")

    let second = try FakeEditor(path: path, identity: .current)
    #expect(second.terminal.text.contains("typing in “Opens the monthly invoice”, thinking: “Half a sentence the room just said”"))
    try second.keys("r")
    guard case .edit(let edit) = second.state.mode else {
      Issue.record("restoring should put the text back in its cell, being edited; mode is \(second.state.mode.name)")
      return
    }
    #expect(edit.editor.text == "Half a sentence the room just said")
    #expect(edit.target == .listItem(lane: .thinking, step: 0, item: 1, isNew: true))
    try second.keys("<Enter>")
    #expect(second.state.map.steps[0].thoughts == ["That is more than last month.", "Half a sentence the room just said", "Did we add people?"])
    _ = second.idle(10)
    #expect(!FileManager.default.fileExists(atPath: files.recoveryPath(for: Self.gone)), "the leftover was adopted")
    try second.keys("<C-s>q")
    #expect(try Self.onDisk(path).steps[0].thoughts.contains("Half a sentence the room just said"))
  }

  /// A terminal can vanish without a SIGHUP reaching the editor (a killed tmux pane under load):
  /// the editor must notice, keep the work and end, not spin on a dead terminal.
  @Test func aTerminalThatWentAwayEndsTheEditorAndKeepsTheWork() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.mapFile(in: dir)
    let editor = try FakeEditor(path: path, identity: Self.gone)
    try editor.keys("jaTyped just before the window closed")
    editor.terminal.isGone = true
    let outcome = editor.idle(10)
    let recovery = EditorFiles(mapPath: path).recoveryPath(for: Self.gone)
    #expect(outcome == .signalled(1, keptIn: recovery))
    #expect(Self.contents(recovery).contains("Typed just before the window closed"))
  }

  @Test func theRecoveryFileFollowsTypingWithinHalfASecond() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.mapFile(in: dir)
    let editor = try FakeEditor(path: path, identity: Self.gone)
    let recovery = EditorFiles(mapPath: path).recoveryPath(for: Self.gone)
    try editor.keys("<Enter><C-u>")
    var typed = ""
    for word in ["Opens", " the", " invoice", " and", " sighs"] {
      typed += word
      try editor.keys(word)
      // However fast the typing, by half a second later the file holds it.
      for _ in 0..<5 { _ = editor.idle(100) }
      #expect(Self.waitFor("“\(typed)” in the recovery file") { Self.contents(recovery).contains("\"text\": \"\(typed)\"") }, "\(Self.contents(recovery).suffix(300))")
    }
    try editor.keys("<Esc>")
    _ = editor.idle(300)
    #expect(Self.waitFor("the recovery file to go once nothing is unsaved") { !FileManager.default.fileExists(atPath: recovery) })
    try editor.keys("q")
  }

  @Test func aSecondEditorLeavesTheFirstEditorsFilesAlone() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.mapFile(in: dir)
    let files = EditorFiles(mapPath: path)
    let first = try FakeEditor(path: path, identity: Self.other)
    try first.keys("ja")
    try first.keys("Still typing this")
    _ = first.idle(300)
    #expect(Self.waitFor("the first editor's recovery file") { Self.contents(files.recoveryPath(for: Self.other)).contains("Still typing this") })
    let second = try FakeEditor(path: path, identity: .current)
    #expect(second.state.recovery == nil, "a live editor's recovery file is not a crash's leftovers")
    #expect(second.terminal.text.contains("you edit together"))
    try second.keys("q")
    #expect(FileManager.default.fileExists(atPath: files.lockPath(for: Self.other)), "quitting the second editor kept the first's lock")
    #expect(FileManager.default.fileExists(atPath: files.recoveryPath(for: Self.other)))
    try first.keys("<Esc>q")
  }

  /// Two editors on one map, edits alternating: every edit reaches the file and both screens
  /// within a second, without anyone pressing Ctrl-S.
  @Test func twoEditorsShareEveryEdit() throws {
    let (dir, path, a, b) = try Self.twoEditors()
    defer { try? FileManager.default.removeItem(at: dir) }
    var expected: [String] = []
    for round in 0..<20 {
      let (editor, name) = round.isMultiple(of: 2) ? (a, "a") : (b, "b")
      let text = "\(name) says \(round)"
      try editor.keys("0gj$a\(text)<Enter>")
      expected.append(text)
      for _ in 0..<5 {
        _ = a.idle(100)
        _ = b.idle(100)
      }
      let last = try Self.onDisk(path).steps.last!.thoughts
      #expect(Set(expected).isSubset(of: Set(last)), "round \(round): the file has \(last)")
      #expect(a.state.map.steps.last!.thoughts == last, "round \(round): a shows \(a.state.map.steps.last!.thoughts)")
      #expect(b.state.map.steps.last!.thoughts == last, "round \(round): b shows \(b.state.map.steps.last!.thoughts)")
    }
    #expect(!a.state.isModified && !b.state.isModified)
    // Undo stays with each editor's own change: a's undo removes a's last thought only.
    try a.keys("u")
    for _ in 0..<5 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    let after = try Self.onDisk(path).steps.last!.thoughts
    #expect(!after.contains("a says 18") && after.contains("b says 19"), "after a's undo the file has \(after)")
    try a.keys("q")
    try b.keys("q")
  }

  /// An editor's save that first merges what another saved a moment before writes the merged
  /// map, so afterwards nothing is unsaved: quitting asks nothing. (The other's save lands
  /// between this editor's look at the disk and its own save.)
  @Test(arguments: [false, true])
  func aSaveThatMergesFirstLeavesNothingUnsaved(byCtrlS: Bool) throws {
    let (dir, path, a, b) = try Self.twoEditors()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = b.idle(0)
    try b.keys("0gj$ab was here<Enter>")
    _ = a.idle(100)
    try a.keys("0gj$aa was here<Enter>")
    _ = a.idle(150)  // a looks at the disk: nothing new yet
    _ = b.idle(50)  // b saves its change
    if byCtrlS {
      try a.keys("<C-s>")  // a saves at once, merging b's save first
      let modified = a.state.isModified
      #expect(!modified, "Ctrl-S wrote the merged map, yet a shows [+]")
    } else {
      _ = a.idle(100)  // a saves before its next look at the disk, merging b's save first
    }
    for _ in 0..<5 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    let disk = try Self.onDisk(path)
    #expect(disk.steps.last!.thoughts.contains("a was here") && disk.steps.last!.thoughts.contains("b was here"))
    let same = a.state.map == disk && b.state.map == disk
    #expect(same)
    let (aModified, bModified) = (a.state.isModified, b.state.isModified)
    #expect(!aModified, "a shows [+] for a map that is on disk")
    #expect(!bModified)
    #expect(try a.keys("q") == .quit(savedTo: path), "quitting asked about unsaved changes")
    #expect(try b.keys("q") == .quit(savedTo: path))
  }

  /// Steps another editor adds before the cell being typed push it along: the view follows,
  /// so what is being typed stays on screen.
  @Test func theCellBeingTypedStaysOnScreenWhenOthersAddStepsBeforeIt() throws {
    var state = Harness.state(try Harness.map("maps/support-call.journey.json"), size: Size(columns: 80, rows: 24))
    try Harness.send(&state, "$<Enter>")
    guard case .edit = state.mode else {
      Issue.record("not typing: \(state.mode.name)")
      return
    }
    var theirs = state.map
    let stage = theirs.steps[theirs.steps.count - 1].stage
    for n in 0..<4 {
      theirs.steps.insert(Step(id: "stp_theirs_\(n)", stage: stage, title: "Added by the other editor \(n)"), at: theirs.steps.count - 1)
    }
    state.absorb(theirs, conflicts: 0, matchesDisk: true)
    let visible = state.firstColumn..<(state.firstColumn + state.visibleColumnCount)
    #expect(visible.contains(state.cursor.column), "cursor column \(state.cursor.column), view \(visible)")
    guard case .edit = state.mode else {
      Issue.record("typing was interrupted")
      return
    }
  }

  /// When the other editor quits, saving on its own stops, and the editor says so.
  @Test func theLastOtherEditorQuittingIsSaid() throws {
    let (dir, _, a, b) = try Self.twoEditors()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(a.runtime.session.collaborating)
    try b.keys("q")
    _ = a.idle(400)
    #expect(!a.runtime.session.collaborating)
    #expect(a.state.message?.text.hasPrefix("The other journeymap closed this map") == true, "\(a.state.message?.text ?? "no message")")
    try a.keys("q")
  }

  /// The same field changed by both: a conflict both editors show, settled with C.
  @Test func sameFieldEditsBecomeAConflict() throws {
    let (dir, path, a, b) = try Self.twoEditors()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Both rename the first step before either has seen the other's save.
    try a.keys("<Enter><C-u>Reads the invoice<Enter>")
    try b.keys("<Enter><C-u>Skims the invoice<Enter>")
    for _ in 0..<10 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    #expect(MergeConflict.recorded(in: a.state.map).count == 1)
    #expect(MergeConflict.recorded(in: b.state.map).count == 1)
    try b.keys("C<Enter>t")
    for _ in 0..<10 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    let disk = try Self.onDisk(path)
    #expect(MergeConflict.recorded(in: disk).isEmpty)
    #expect(MapValidator.validate(disk).isEmpty)
    #expect(a.state.map.steps[0].title == disk.steps[0].title && b.state.map.steps[0].title == disk.steps[0].title)
    try a.keys("q")
    try b.keys("q")
  }

  /// Two editors start the same new file: it is created once, and both end up with one map.
  @Test func aNewFileIsCreatedOnceAndTheSecondEditorMergesIntoIt() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("new.journey.json").path
    let a = try FakeEditor(path: path, identity: Self.other, isNew: true)
    let b = try FakeEditor(path: path, identity: .current, isNew: true)
    for _ in 0..<15 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    let created = try Self.onDisk(path)
    #expect(a.state.map == created && b.state.map == created)
    try b.keys("<Enter>Fills in the form<Enter>")
    try a.keys("l<Enter>Waits for the reply<Enter>")
    for _ in 0..<10 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    let disk = try Self.onDisk(path)
    #expect(disk.steps.map(\.title).contains("Fills in the form") && disk.steps.map(\.title).contains("Waits for the reply"))
    #expect(disk.stages.count == created.stages.count, "one starter map, not two")
    #expect(a.state.map == disk && b.state.map == disk)
    try a.keys("q")
    try b.keys("q")
  }

  @Test func afterSavingUnderAnotherNameEverythingFollowsTheNewName() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try Self.mapFile(in: dir)
    let other = dir.appendingPathComponent("other.journey.json").path
    let editor = try FakeEditor(path: path, identity: Self.gone)
    try editor.keys(":w \(other)<Enter>")
    #expect(editor.state.filePath == other)
    _ = editor.idle(10)
    let files = EditorFiles(mapPath: other)
    #expect(FileManager.default.fileExists(atPath: files.lockPath(for: Self.gone)))
    #expect(!FileManager.default.fileExists(atPath: EditorFiles(mapPath: path).lockPath(for: Self.gone)))
    try editor.keys("+")
    _ = editor.idle(300)
    #expect(Self.waitFor("recovery beside the new name") { FileManager.default.fileExists(atPath: files.recoveryPath(for: Self.gone)) })
    try editor.keys("<C-s>")
    #expect(editor.state.mode == .normal, "nothing changed on disk: Ctrl-S just saves (\(editor.terminal.text.suffix(200)))")
    #expect(!editor.state.isModified)
    #expect(try Self.onDisk(other).steps[0].feeling?.score == 0)
    try editor.keys("q")
  }
}

/// Faults found by an attacker's pass: each a promise of "no lost word" that must hold.
@Suite("Editor runtime under attack", .serialized)
struct RuntimeAttackTests {
  /// A crashed editor's work, restored later, is merged into the file as it is now: what the
  /// other editor saved since stays.
  @Test func restoringMergesWithWhatOthersSavedSince() throws {
    let dir = try RuntimeTests.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try RuntimeTests.mapFile(in: dir)
    let crashed = try FakeEditor(path: path, identity: RuntimeTests.gone)
    try crashed.keys("jaLost if replaced wholesale<Enter>")
    _ = crashed.idle(300)
    let files = EditorFiles(mapPath: path)
    #expect(RuntimeTests.waitFor("the recovery and its base") {
      RuntimeTests.contents(files.recoveryPath(for: RuntimeTests.gone)).contains("Lost if replaced")
        && FileManager.default.fileExists(atPath: EditorFiles.basePath(forRecovery: files.recoveryPath(for: RuntimeTests.gone)))
    })
    // Meanwhile another editor saved a change of its own.
    var other = try RuntimeTests.onDisk(path)
    other.steps[2].title = "Saved by the other editor"
    try Data(MapEncoder.encode(other)).write(to: URL(fileURLWithPath: path))
    let next = try FakeEditor(path: path, identity: .current)
    try next.keys("r")
    #expect(next.state.map.steps[2].title == "Saved by the other editor")
    #expect(next.state.map.steps[0].thoughts.contains("Lost if replaced wholesale"))
    try next.keys("<C-s>q")
    #expect(!FileManager.default.fileExists(atPath: EditorFiles.basePath(forRecovery: files.recoveryPath(for: RuntimeTests.gone))))
  }

  /// Symlinks planted beside the map by someone sharing the directory are replaced, never
  /// written through; the recovery file is the owner's alone.
  @Test func plantedSymlinksAreNeverWrittenThrough() throws {
    let dir = try RuntimeTests.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try RuntimeTests.mapFile(in: dir)
    let victim = dir.appendingPathComponent("victim.txt")
    try Data("precious\n".utf8).write(to: victim)
    let files = EditorFiles(mapPath: path)
    let me = RuntimeTests.gone
    try FileManager.default.createSymbolicLink(atPath: files.lockPath(for: me), withDestinationPath: victim.path)
    try FileManager.default.createSymbolicLink(atPath: files.recoveryPath(for: me), withDestinationPath: victim.path)
    let editor = try FakeEditor(path: path, identity: me)
    try editor.keys("jaTyped<Enter>")
    _ = editor.idle(300)
    #expect(RuntimeTests.waitFor("the recovery file") { RuntimeTests.contents(files.recoveryPath(for: me)).contains("Typed") })
    #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: files.recoveryPath(for: me))
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    #expect(attributes[.posixPermissions] as? Int == 0o600, "a recovery file holds the map: its owner's only")
    try editor.keys("u<C-s>q")
  }

  /// Editing together, a file someone left broken (conflict markers) is never overwritten.
  @Test func aBrokenFileIsNotOverwrittenByTheOthers() throws {
    let dir = try RuntimeTests.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try RuntimeTests.mapFile(in: dir)
    let a = try FakeEditor(path: path, identity: RuntimeTests.other)
    let b = try FakeEditor(path: path, identity: .current)
    _ = a.idle(400)
    let broken = "<<<<<<< ours\n" + RuntimeTests.contents(path) + "=======\n>>>>>>> theirs\n"
    try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
    try b.keys("jaAfter the break<Enter>")
    for _ in 0..<10 {
      _ = a.idle(100)
      _ = b.idle(100)
    }
    #expect(RuntimeTests.contents(path) == broken, "the broken file was overwritten")
    #expect(b.terminal.text.contains("not a readable"))
    try a.keys("q")
    try b.keys("<C-c>n")
  }

  /// When the recovery file cannot be written, the editor says so instead of claiming the work
  /// is kept.
  @Test func aRecoveryThatCannotBeWrittenIsNotClaimed() throws {
    let dir = try RuntimeTests.directory()
    let path = try RuntimeTests.mapFile(in: dir)
    let editor = try FakeEditor(path: path, identity: RuntimeTests.gone)
    try FileManager.default.removeItem(at: dir)  // nowhere to write anything now
    try editor.keys("jaWords with nowhere to go")
    _ = editor.idle(300)
    editor.signal = SIGTERM
    let outcome = editor.idle(10)
    #expect(outcome == .signalled(SIGTERM, keptIn: nil))
    #expect(editor.runtime.recoveryProblem != nil)
  }
}
