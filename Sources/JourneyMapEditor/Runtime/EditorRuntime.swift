import Foundation
import Dispatch
import JourneyMapCore

/// The editor as a running program: the event loop, and everything around it that is not
/// editing — this editor's lock and recovery file beside the map, other editors of the same map,
/// and signals, which arrive as plain values between events. The terminal is a
/// ``TerminalDevice``, so all of this runs the same against ncurses and against a test's fake.
public final class EditorRuntime {
  public private(set) var session: EditorSession
  private let terminal: TerminalDevice
  private let me: ProcessIdentity
  private let takeSignal: () -> Int32
  private let now: () -> UInt64
  private var files: EditorFiles
  private var keeper: RecoveryKeeper
  private var lastPeerLook: UInt64 = 0
  private var lastDiskLook: UInt64 = 0
  /// When the map last changed here while editing together (monotonic nanoseconds).
  private var changedAt: UInt64?
  private var seenVersion: Int
  /// Why unsaved work could not be kept in a recovery file, when it could not: said once on
  /// screen, and again when a signal ends the editor.
  public private(set) var recoveryProblem: String?
  private var folderProblem: String?
  private var reportedFailure: String?

  /// How a run ended.
  public enum Outcome: Equatable, Sendable {
    /// The user quit; the map's file, if it was saved.
    case quit(savedTo: String?)
    /// A signal ended it; where the unsaved work was kept, if there was any.
    case signalled(Int32, keptIn: String?)
  }

  /// How often to look for other editors and for their saves; how soon to save after a change
  /// while editing together (the promise is "within a second").
  public var peerInterval: UInt64 = 300_000_000
  /// For a file that does not exist yet and is open in several editors: this editor is the one
  /// that creates it (the longest-running, lowest process id); the others take its map.
  private var createsNewFile = false
  public var diskInterval: UInt64 = 200_000_000
  public var autosaveDelay: UInt64 = 300_000_000

  /// - Parameters:
  ///   - takeSignal: the number of a terminating signal received since the last call, or 0.
  ///   - now: monotonic nanoseconds.
  public init(
    state: EditorState, terminal: TerminalDevice, me: ProcessIdentity = .current, takeSignal: @escaping () -> Int32 = { 0 },
    now: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }
  ) {
    self.terminal = terminal
    self.me = me
    self.takeSignal = takeSignal
    self.now = now
    files = EditorFiles(mapPath: state.filePath)
    keeper = RecoveryKeeper(path: files.recoveryPath(for: me))
    session = EditorSession(state: state)
    seenVersion = state.history.currentVersion
  }

  /// Announces this editor beside the map, offers work a crashed session left, and draws the
  /// first frame.
  public func start() {
    files.removeStaleLocks(besides: me)
    files.announce(me)
    session.change { $0.resumeEmbeddedDraft() }
    offerOrphanedWork()
    lookForOthers(force: true)
    if let path = session.state.filePath {
      let directory = (path as NSString).deletingLastPathComponent
      if access(directory.isEmpty ? "." : directory, W_OK) != 0 {
        folderProblem = "its folder is read-only"
        recoveryProblem = folderProblem
        session.change {
          $0.warn("This map's folder is read-only: unsaved work cannot be kept beside it if the terminal closes; :w OTHER saves elsewhere")
        }
      }
    }
    if session.collaborating {
      let others = files.liveEditors(besides: me).map(\.description).joined(separator: ", ")
      session.change { $0.warn("Also open in another journeymap (\(others)): you edit together, every change is saved and shared within a second") }
      session.pullFromDisk()
    }
    present()
  }

  /// Runs until the user quits or a signal ends it.
  public func run(tickMilliseconds: Int = 100) -> Outcome {
    start()
    while true {
      if let outcome = turn(timeoutMilliseconds: tickMilliseconds) { return outcome }
    }
  }

  /// One turn of the loop: a signal, or at most one input event, then the upkeep.
  public func turn(timeoutMilliseconds: Int) -> Outcome? {
    if let outcome = handleSignal() { return outcome }
    if let event = terminal.nextEvent(timeoutMilliseconds: timeoutMilliseconds) {
      session.send(event)
      present()
    } else if terminal.isGone {
      return end(signal: 1)
    }
    if let outcome = handleSignal() { return outcome }
    if session.isFinished { return finish() }
    upkeep()
    return nil
  }

  // MARK: Upkeep between events

  private func upkeep() {
    let t = now()
    followFileName()
    lookForOthers(force: false)
    if session.collaborating {
      if session.state.history.currentVersion != seenVersion {
        seenVersion = session.state.history.currentVersion
        changedAt = changedAt ?? t
      }
      if t &- lastDiskLook >= diskInterval {
        lastDiskLook = t
        if session.pullFromDisk() { present() }
      }
      if let changed = changedAt, t &- changed >= autosaveDelay, session.state.isModified || (session.stamp == nil && createsNewFile) {
        changedAt = nil
        session.autosave()
        seenVersion = session.state.history.currentVersion
        present()
      } else if changedAt != nil && !session.state.isModified && session.stamp != nil {
        changedAt = nil
      }
    }
    keeper.base(session.base, stamp: session.stamp)
    keeper.update(session.state, now: t)
    let failure = keeper.lastFailure
    recoveryProblem = failure ?? folderProblem
    if failure != reportedFailure {
      reportedFailure = failure
      if let failure {
        session.change { $0.warn("Unsaved work cannot be kept beside the map (\(failure)): save often, or :w OTHER elsewhere") }
        present()
      }
    }
  }

  /// After `:w OTHER` the map's file is another one: the lock and the recovery file move with it.
  private func followFileName() {
    guard let path = session.state.filePath, path != files.mapPath else { return }
    keeper.finish(session.state, keepUnsaved: false)
    files.withdraw(me)
    files = EditorFiles(mapPath: path)
    files.announce(me)
    keeper = RecoveryKeeper(path: files.recoveryPath(for: me))
    lookForOthers(force: true)
  }

  private func lookForOthers(force: Bool) {
    let t = now()
    guard force || t &- lastPeerLook >= peerInterval else { return }
    lastPeerLook = t
    guard session.state.filePath != nil else { return }
    let peers = files.liveEditors(besides: me)
    let others = !peers.isEmpty
    createsNewFile = peers.allSatisfy { me.pid < $0.pid }
    if others && !session.collaborating {
      session.collaborating = true
      // A new map the others cannot see yet: one editor creates the file now, so there is one
      // to share; the others take it as it appears.
      if session.stamp == nil && createsNewFile { changedAt = 0 }
    } else if !others && session.collaborating {
      session.collaborating = false
      // Saving on its own stops with the last other editor: say so, or a `[+]` that no longer
      // goes away would be the only sign.
      let save = session.state.key(.save)
      session.change { $0.inform("The other journeymap closed this map: changes are no longer saved on their own, \(save) saves") }
      present()
    }
  }

  private func offerOrphanedWork() {
    var orphans = files.orphanedRecoveries(besides: me)
    while let path = orphans.first {
      orphans.removeFirst()
      if let offer = RecoveryOffer.make(for: session.state.map, recoveryPath: path, othersLeft: orphans.count) {
        session.change { $0.offer(offer) }
        return
      }
      // It holds nothing the map does not: nothing to ask about.
      _ = unlinkFile(path)
    }
  }

  // MARK: Ending

  private func handleSignal() -> Outcome? {
    let signal = takeSignal()
    guard signal != 0 else { return nil }
    return end(signal: signal)
  }

  /// The terminal closed, or the process was told to stop: keep every word, give the terminal
  /// back.
  private func end(signal: Int32) -> Outcome {
    var kept = session.state.hasUnsavedWork
    keeper.base(session.base, stamp: session.stamp)
    if let failure = keeper.writeNow(session.state), kept {
      recoveryProblem = failure
      kept = false
    }
    files.withdraw(me)
    terminal.stop()
    return .signalled(signal, keptIn: kept ? keeper.path : nil)
  }

  private func finish() -> Outcome {
    // Quitting with unsaved changes means the user chose to drop them.
    keeper.finish(session.state, keepUnsaved: false)
    files.withdraw(me)
    terminal.stop()
    let state = session.state
    return .quit(savedTo: state.isModified ? nil : state.filePath)
  }

  private func present() {
    terminal.present(session.screen, theme: session.state.options.theme)
  }
}

#if canImport(Glibc)
  import Glibc
#endif

private func unlinkFile(_ path: String) -> Bool { unlink(path) == 0 }
