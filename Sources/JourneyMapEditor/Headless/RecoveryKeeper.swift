import Dispatch
import Foundation
import JourneyMapCore

/// Keeps the recovery file up to date while there are unsaved changes, without slowing typing:
/// the map (a value, so a free snapshot) is encoded and written on a background queue, at most
/// every half second and within two seconds of any change. The file is removed once the work
/// is saved or deliberately discarded.
public final class RecoveryKeeper: @unchecked Sendable {
  public let path: String
  private let queue = DispatchQueue(label: "journeymap.recovery", qos: .utility)
  /// The document version last written (or removed); touched on the main thread only.
  private var writtenVersion: Int?
  private var fileExists: Bool
  private var lastWrite = DispatchTime(uptimeNanoseconds: 0)
  /// How long to wait after a change before writing, so a burst of typing is one write.
  public var settle: Double = 0.5

  public init(path: String) {
    self.path = path
    fileExists = MapFile.exists(path)
  }

  /// Called by the event loop after every event and on every idle tick.
  public func update(_ state: EditorState, now: DispatchTime = .now()) {
    if !state.isModified {
      if fileExists && state.recovery == nil { remove() }
      return
    }
    guard state.history.currentVersion != writtenVersion else { return }
    let elapsed = Double(now.uptimeNanoseconds &- lastWrite.uptimeNanoseconds) / 1e9
    guard elapsed >= settle else { return }
    write(state)
    lastWrite = now
  }

  /// Writes at once (a signal is about to end the process); returns when the file is on disk.
  public func writeNow(_ state: EditorState) {
    guard state.isModified else { return }
    write(state)
    queue.sync {}
  }

  /// Called when the editor ends normally: unsaved work the user chose to drop is not kept.
  public func finish(_ state: EditorState, keepUnsaved: Bool) {
    if keepUnsaved && state.isModified {
      writeNow(state)
    } else if fileExists {
      remove()
    }
    queue.sync {}
  }

  private func write(_ state: EditorState) {
    let map = state.map
    let path = self.path
    writtenVersion = state.history.currentVersion
    fileExists = true
    queue.async {
      try? MapFile.writeAtomically(MapEncoder.encode(map), to: path)
    }
  }

  private func remove() {
    let path = self.path
    fileExists = false
    writtenVersion = nil
    queue.async { _ = unlink(path) }
  }

  /// A recovery file for this map that holds something the map does not, as an offer.
  public static func offer(for map: JourneyMap, recoveryPath: String) -> RecoveryOffer? {
    guard MapFile.exists(recoveryPath), let bytes = try? MapFile.readAll(recoveryPath),
      let recovered = MapLoader.load(bytes).mapWithConflicts, recovered != map
    else { return nil }
    let changes = MapDiff.compare(map, recovered)
    let text = DiffReport.text(changes, oldName: "file", newName: "unsaved work", stages: recovered.stages.map { ($0.id, $0.name) }, color: false)
    return RecoveryOffer(
      map: recovered, recoveryPath: recoveryPath, differences: text.split(separator: "\n").dropFirst(2).map(String.init),
      changeCount: changes.count)
  }
}
