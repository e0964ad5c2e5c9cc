import Dispatch
import Foundation
import JourneyMapCore

/// Keeps this editor's recovery file up to date, without slowing typing: the map and the draft
/// (values, so a snapshot is free) are encoded and written on a background queue, a quarter of
/// a second after the last write at the soonest, so that even `kill -9` loses at most about half
/// a second of typing. A burst of keys is one write; a write still running is never queued
/// behind: the newest snapshot replaces any waiting one. The file is removed once the work is
/// saved or deliberately discarded.
public final class RecoveryKeeper: @unchecked Sendable {
  public let path: String
  /// The shortest time between two writes, in nanoseconds.
  public var settle: UInt64 = 250_000_000

  private let queue = DispatchQueue(label: "journeymap.recovery", qos: .utility)
  private let lock = NSLock()
  /// What the file should become next: the newest snapshot, or nothing (guarded by `lock`).
  /// One slot for both, so a removal and a later write can never run out of order.
  private var waiting: Job?
  private enum Job {
    case write(RecoveryContents)
    case remove
  }
  /// The map file's version the work is based on, when it changed (guarded by `lock`).
  private var waitingBase: JourneyMap?
  /// The identity of the base last handed over, on the main thread only.
  private var baseStamp: FileStamp??
  public var basePath: String { EditorFiles.basePath(forRecovery: path) }
  private var writerScheduled = false
  /// Why the last write failed, if it did (guarded by `lock`); cleared by a write that works.
  private var failure: String?
  /// What was last handed to the writer, on the main thread only.
  private var handedOver: Revision?
  private var fileExists: Bool
  private var lastWrite: UInt64 = 0

  /// What the file holds: a document version and an input revision (every key typed in a cell,
  /// a prompt or the form is a new revision).
  struct Revision: Equatable {
    var version: Int
    var input: Int
  }

  public init(path: String) {
    self.path = path
    fileExists = MapFile.exists(path)
  }

  /// Called by the event loop after every event and on every idle tick. `now` is monotonic
  /// nanoseconds.
  public func update(_ state: EditorState, now: UInt64) {
    guard state.hasUnsavedWork else {
      if fileExists && state.recovery == nil { remove() }
      return
    }
    let revision = Revision(version: state.history.currentVersion, input: state.inputRevision)
    guard revision != handedOver, now &- lastWrite >= settle else { return }
    handedOver = revision
    lastWrite = now
    hand(RecoveryContents(map: state.map, draft: state.draft))
  }

  /// The version of the map file this editor's work is based on (read at open, or written or
  /// merged since): kept beside the recovery file, so a restore can merge instead of replace.
  /// Written only when it changes, identified by the file's stamp.
  public func base(_ map: JourneyMap, stamp: FileStamp?) {
    guard baseStamp != .some(stamp) else { return }
    baseStamp = .some(stamp)
    lock.lock()
    waitingBase = map
    lock.unlock()
  }

  /// Writes at once (a signal is about to end the process); returns when the file is on disk,
  /// or why it could not be written.
  @discardableResult
  public func writeNow(_ state: EditorState) -> String? {
    guard state.hasUnsavedWork else { return nil }
    handedOver = Revision(version: state.history.currentVersion, input: state.inputRevision)
    hand(RecoveryContents(map: state.map, draft: state.draft))
    queue.sync {}
    return lastFailure
  }

  /// Why the recovery file could not be written the last time, if it could not.
  public var lastFailure: String? {
    lock.lock()
    defer { lock.unlock() }
    return failure
  }

  /// Called when the editor ends normally: unsaved work the user chose to drop is not kept.
  public func finish(_ state: EditorState, keepUnsaved: Bool) {
    if keepUnsaved && state.hasUnsavedWork {
      writeNow(state)
    } else if fileExists {
      remove()
    }
    queue.sync {}
  }

  private func hand(_ contents: RecoveryContents) {
    fileExists = true
    schedule(.write(contents))
  }

  private func remove() {
    fileExists = false
    handedOver = nil
    baseStamp = nil
    schedule(.remove)
  }

  private func schedule(_ job: Job) {
    lock.lock()
    waiting = job
    let start = !writerScheduled
    writerScheduled = true
    lock.unlock()
    if start { queue.async { self.drain() } }
  }

  /// Carries out the newest job until none is left.
  private func drain() {
    while true {
      lock.lock()
      guard let next = waiting else {
        writerScheduled = false
        lock.unlock()
        return
      }
      waiting = nil
      let base = waitingBase
      if case .write = next { waitingBase = nil }
      lock.unlock()
      switch next {
      case .write(let contents):
        if let base { try? MapFile.write(MapEncoder.encode(base), to: basePath, policy: .ownFile(mode: 0o600)) }
        var reason: String? = nil
        do {
          try MapFile.write(contents.encoded(), to: path, policy: .ownFile(mode: 0o600))
        } catch {
          reason = error.reason
        }
        lock.lock()
        failure = reason
        lock.unlock()
      case .remove:
        _ = unlink(path)
        _ = unlink(basePath)
      }
    }
  }
}

extension EditorState {
  /// Work that exists only in this editor: changes not yet saved, or text being typed.
  public var hasUnsavedWork: Bool {
    if isModified { return true }
    if let draft { return !draft.editor.isEmpty }
    return false
  }
}
