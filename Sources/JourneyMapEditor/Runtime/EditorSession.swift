#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import JourneyMapCore

/// The editor's shell: feeds events to the update function, carries out its effects (reading and
/// writing files), and renders a frame after every event. The terminal runtime and headless runs
/// both use it, so a scripted run behaves exactly like a person at the keyboard.
///
/// It also keeps the map in step with its file: the version last read or written is the base of
/// every three-way merge with what another writer (a `git pull`, a second editor) put there.
public struct EditorSession: Sendable {
  public private(set) var state: EditorState
  public private(set) var screen: Screen
  /// True once the editor quit.
  public var isFinished: Bool { state.quitting == .now }
  /// How files are written; replaceable so tests can simulate a full disk.
  public var writeFile: @Sendable (FileBytes, String, WritePolicy) throws -> Void = { bytes, path, policy in
    try MapFile.write(bytes, to: path, policy: policy)
  }
  /// Other editors have this map open: saves merge their work in without asking, and
  /// ``pullFromDisk()`` shows their saves (set by the runtime).
  public var collaborating = false

  /// The map as last read from or written to its file: the base of a merge with the disk.
  public private(set) var base: JourneyMap
  /// The map this editor began with: for a new file another editor created meanwhile, what
  /// this editor changed is measured from here (its untouched starter stages are not kept).
  private let initial: JourneyMap
  /// The file's identity when it was last read or written, to notice other writers; nil when
  /// the file did not exist then.
  public private(set) var stamp: FileStamp?

  public init(state: EditorState) {
    var state = state
    state.ensureCursorVisible()
    self.state = state
    screen = Renderer.render(state)
    base = state.map
    initial = state.map
    stamp = state.filePath.flatMap(FileStamp.init(path:))
  }

  /// Handles one event: update, effects, then a new frame.
  public mutating func send(_ event: InputEvent) {
    guard !isFinished else { return }
    var queue = [event]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in state.handle(next) { queue += perform(effect) }
    }
    screen = Renderer.render(state)
  }

  /// Changes the state outside the event flow (the runtime's messages and offers at start).
  public mutating func change(_ body: (inout EditorState) -> Void) {
    body(&state)
    screen = Renderer.render(state)
  }

  /// Runs a whole script of events, stopping early if the editor quits.
  public mutating func run(_ events: [InputEvent]) {
    for event in events {
      if isFinished { break }
      send(event)
    }
  }

  /// Carries out one effect; what happened comes back as events.
  mutating func perform(_ effect: Effect) -> [InputEvent] {
    switch effect {
    case .save(let path, _) where collaborating && path == state.filePath:
      return saveTogether(announce: true)
    case .save(let path, let bytes):
      if path == state.filePath {
        // Another writer (git pull, a second editor) changed or created the file: ask, never
        // clobber. A file that appeared since we opened a new map counts as changed.
        if FileStamp(path: path) != stamp { return [.changedOnDisk(path: path)] }
        return write(bytes, to: path, policy: stamp == nil ? .refuseExisting : .replace)
      }
      // Saving under another name never replaces a file there without asking.
      return write(bytes, to: path, policy: .refuseExisting)
    case .overwrite(let path, let bytes):
      return write(bytes, to: path, policy: WritePolicy(existing: .replace, replaceReadOnly: true))
    case .export(let format, let view, let path, let force):
      return [runExport(format: format, view: view, path: path, force: force)]
    case .write(let path, let bytes, let then):
      // A name already taken gets a number (NAME.recovered-2.journey.json): nothing is replaced.
      var target = path
      for n in 2...99 where MapFile.exists(target) { target = EditorFiles.numbered(path, n) }
      do {
        try writeFile(.bytes(bytes), target, .refuseExisting)
      } catch {
        return [.writeFailed(path: target, reason: Self.reason(error) + (then == nil ? "" : "; the recovery file stays"))]
      }
      if let then {
        unlink(then)
        unlink(EditorFiles.basePath(forRecovery: then))
      }
      return [.wrote(path: target)]
    case .delete(let path):
      unlink(path)
      return []
    case .reloadFromDisk(let path), .mergeWithDisk(let path):
      guard case .success(let disk) = MapDocument(path: path).read(accepting: .allowingConflicts) else {
        return [.writeFailed(path: path, reason: "it cannot be read as a map now (journeymap check \(path))")]
      }
      stamp = disk.stamp
      if case .reloadFromDisk = effect {
        base = disk.map
        return [.reloaded(disk.map)]
      }
      let merged = MapMerge.merge(base: base, ours: state.map, theirs: disk.map)
      base = disk.map
      return [.mergedWithDisk(merged.map, conflicts: merged.conflicts.count)]
    case .quit:
      return []
    }
  }

  private mutating func write(_ bytes: [UInt8], to path: String, policy: WritePolicy) -> [InputEvent] {
    do {
      try writeFile(.bytes(bytes), path, policy)
    } catch let error as FileError where error.kind == .exists && path == state.filePath {
      return [.changedOnDisk(path: path)]
    } catch let error as FileError where error.kind != .other {
      return [.saveRefused(path: path, readOnly: error.kind == .readOnly)]
    } catch {
      return [.saveFailed(path: path, reason: Self.reason(error))]
    }
    // Whatever file the map is saved to becomes its file (the state follows on `.saved`).
    stamp = FileStamp(path: path)
    base = state.map
    return [.saved(path: path)]
  }

  static func reason(_ error: any Error) -> String {
    (error as? FileError)?.reason ?? "\(error)"
  }

  /// Renders and writes an export of the current map; the result comes back as an event.
  func runExport(format: ExportFormat, view: ExportView, path: String, force: Bool) -> InputEvent {
    if let refusal = ExportDestination.refusal(output: path, input: state.filePath) { return .exportFailed(reason: refusal) }
    if !force && MapFile.isRegularFile(path) { return .exportWouldReplace(format: format, view: view, path: path) }
    let name = state.filePath.map { ($0 as NSString).lastPathComponent }
    let export = Exporter.export(state.map, format: format, view: view, sourceName: name)
    do {
      // Written in the pieces it was made in, like `journeymap export -o`.
      var bytes = FileBytes.text(export.pieces)
      var warnings = export.warnings
      if format.needsGraphviz {
        let picture = try Graphviz.draw(export.text, format: format, map: state.map)
        bytes = .bytes(picture.bytes)
        warnings += picture.warnings
      }
      try writeFile(bytes, path, .replace)
      return .exported(path: path, warnings: warnings.map(\.description))
    } catch let error as FileError {
      return .exportFailed(reason: "\(error.path): \(error.reason)")
    } catch {
      return .exportFailed(reason: "\(error)")
    }
  }
}

// MARK: Working on one map with other editors

extension EditorSession {
  /// Merges what others saved since we last read or wrote the file into what this editor shows
  /// (base: the version we last saw; ours: this editor's map; theirs: the file). Returns whether
  /// the file had changed.
  @discardableResult
  public mutating func pullFromDisk() -> Bool {
    guard let path = state.filePath else { return false }
    return FileLock.withLock(onDirectoryOf: path) { pullLocked(path) } == .merged
  }

  /// Saves this editor's changes with whatever the others saved merged in: under a lock on the
  /// map's directory, so two editors saving at once take turns and neither loses the other's work.
  mutating func saveTogether(announce: Bool) -> [InputEvent] {
    guard let path = state.filePath else { return [] }
    return FileLock.withLock(onDirectoryOf: path) { () -> [InputEvent] in
      if pullLocked(path) == .unreadable {
        // Someone left the file broken (conflict markers, a half-done hand edit): writing now
        // would throw their work away. Nothing is written until it reads as a map again.
        return [
          .saveFailed(
            path: path, reason: "the file on disk is not a readable map now (journeymap check \(path) says why); nothing was written")
        ]
      }
      let done: InputEvent = announce ? .saved(path: path) : .autosaved(path: path)
      guard state.isModified || stamp == nil else { return [done] }
      // The version written is the one after the pull above merged the others' saves in (a
      // Ctrl-S noted the version before it).
      state.beginAutosave()
      let bytes = MapEncoder.encode(state.map)
      do {
        try writeFile(.bytes(bytes), path, stamp == nil ? .refuseExisting : .replace)
      } catch let error as FileError where error.kind == .readOnly {
        return [.saveRefused(path: path, readOnly: true)]
      } catch {
        return [.saveFailed(path: path, reason: Self.reason(error))]
      }
      stamp = FileStamp(path: path)
      base = state.map
      return [done]
    }
  }

  /// Saves on its own, quietly: editing together, every change reaches the file within a second.
  public mutating func autosave() {
    let events = saveTogether(announce: false)
    for event in events { send(event) }
  }

  enum Pull { case unchanged, merged, unreadable }

  /// Reads and merges the file if it changed; the caller holds the directory lock.
  @discardableResult
  private mutating func pullLocked(_ path: String) -> Pull {
    let now = FileStamp(path: path)
    guard now != stamp, now != nil else { return .unchanged }
    guard case .success(let disk) = MapDocument(path: path).read(accepting: .allowingConflicts) else {
      // Half a save by a tool that does not write atomically, or a broken file: look again
      // next time rather than merging garbage.
      return .unreadable
    }
    // A file that appeared while this editor had a new, untouched map: adopt it.
    let theirsOnly = stamp == nil && !state.isModified
    var merged: (map: JourneyMap, conflicts: Int)
    if theirsOnly {
      merged = (disk.map, MergeConflict.recorded(in: disk.map).count)
    } else {
      let result = MapMerge.merge(base: stamp == nil ? initial : base, ours: state.map, theirs: disk.map)
      merged = (result.map, result.conflicts.count)
      // Two editors that each began the same new file: the one that created it names the map.
      if stamp == nil { merged.map.id = disk.map.id }
    }
    stamp = disk.stamp
    base = disk.map
    state.absorb(merged.map, conflicts: merged.conflicts, matchesDisk: merged.map == disk.map)
    screen = Renderer.render(state)
    return .merged
  }
}
