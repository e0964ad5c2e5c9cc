import JourneyMapCore

/// Unsaved work from a session that ended without saving (a closed laptop, a dropped SSH
/// connection, a killed terminal), found beside the map when it is opened again.
public struct RecoveryOffer: Sendable {
  public var map: JourneyMap
  public var recoveryPath: String
  /// What the recovery holds that the file does not, as `journeymap diff` prints it.
  public var differences: [String]
  public var changeCount: Int

  public init(map: JourneyMap, recoveryPath: String, differences: [String], changeCount: Int) {
    self.map = map
    self.recoveryPath = recoveryPath
    self.differences = differences
    self.changeCount = changeCount
  }
}

extension EditorState {
  /// Asks what to do with a recovery file: restore it, discard it, or keep both.
  public mutating func offer(_ recovery: RecoveryOffer) {
    self.recovery = recovery
    mode = .confirm(
      Confirmation(
        kind: .recovery,
        question: "Unsaved work from an earlier session (\(recovery.changeCount) change(s)): r restores it · d discards it · k keeps both"))
  }

  /// A warning shown when the editor opens (the map is open elsewhere).
  public mutating func warnAtStart(_ text: String) { warn(text) }

  mutating func restoreRecovery() -> [Effect] {
    guard let recovery else { return [] }
    usedIDs.formUnion(recovery.map.allIDs)
    commit(.replace(recovery.map), label: "Restore unsaved work")
    self.recovery = nil
    inform("Restored the unsaved work; Ctrl-S saves it (u undoes the restore)")
    return []
  }

  mutating func discardRecovery() -> [Effect] {
    guard let recovery else { return [] }
    self.recovery = nil
    inform("Discarded the unsaved work from the earlier session")
    return [.delete(path: recovery.recoveryPath)]
  }

  mutating func keepBothRecovery() -> [Effect] {
    guard let recovery else { return [] }
    self.recovery = nil
    let copy = RecoveryFile.copyPath(for: filePath)
    inform("Kept both: the unsaved work is in \(copy)")
    return [.write(path: copy, bytes: MapEncoder.encode(recovery.map)), .delete(path: recovery.recoveryPath)]
  }
}
