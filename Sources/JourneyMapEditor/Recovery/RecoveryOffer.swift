import JourneyMapCore

/// Unsaved work from a session that ended without saving (a closed laptop, a dropped SSH
/// connection, a killed terminal, `kill -9`), found beside the map when it is opened again.
public struct RecoveryOffer: Sendable {
  public var map: JourneyMap
  /// The map file as the ended session last read or wrote it, when known: the base of a
  /// three-way restore.
  public var base: JourneyMap?
  /// What was being typed when the session ended.
  public var draft: Draft?
  public var recoveryPath: String
  /// What the recovery holds that the file does not, as `journeymap diff` prints it.
  public var differences: [String]
  public var changeCount: Int
  /// Older recovery files of other ended sessions, left beside the map for later.
  public var othersLeft: Int

  public init(map: JourneyMap, draft: Draft? = nil, recoveryPath: String, differences: [String], changeCount: Int, othersLeft: Int = 0) {
    self.map = map
    self.draft = draft
    self.recoveryPath = recoveryPath
    self.differences = differences
    self.changeCount = changeCount
    self.othersLeft = othersLeft
  }

  /// The offer for a recovery file, compared with the map as opened; nil when it holds nothing
  /// the map does not.
  public static func make(for current: JourneyMap, recoveryPath: String, othersLeft: Int = 0) -> RecoveryOffer? {
    guard let bytes = try? MapFile.readAll(recoveryPath), let recovered = RecoveryContents.decode(bytes) else { return nil }
    let typing = recovered.draft.map { !$0.text.isEmpty } ?? false
    guard recovered.map != current || typing else { return nil }
    let changes = MapDiff.compare(current, recovered.map)
    let text = DiffReport.text(
      changes, oldName: "file", newName: "unsaved work", stages: recovered.map.stages.map { ($0.id, $0.name) }, color: false)
    var differences = text.split(separator: "\n").dropFirst(2).map(String.init)
    if let draft = recovered.draft, typing { differences.append("  … " + draft.summary(in: recovered.map)) }
    var offer = RecoveryOffer(
      map: recovered.map, draft: typing ? recovered.draft : nil, recoveryPath: recoveryPath, differences: differences,
      changeCount: changes.count + (typing ? 1 : 0), othersLeft: othersLeft)
    if let bytes = try? MapFile.readAll(EditorFiles.basePath(forRecovery: recoveryPath)),
      case .success(let base) = MapDocument.decode(bytes, accepting: .allowingConflicts)
    {
      offer.base = base.map
    }
    return offer
  }
}

extension Draft {
  /// Where it was being typed and what, in one line for people.
  func summary(in map: JourneyMap) -> String {
    let quoted = "“" + String(text.prefix(80)) + (text.count > 80 ? "…" : "") + "”"
    switch place {
    case .cell(let stepID, let lane, _, _):
      let title = map.steps.first { $0.id == stepID }.map { $0.title.isEmpty ? "untitled step" : $0.title } ?? stepID
      return "typing in “\(title)”, \(lane.label.lowercased()): \(quoted)"
    case .prompt(_, let label): return "typing at the prompt \(label) \(quoted)"
    case .property(let field): return "typing the map's \(field.label.lowercased()): \(quoted)"
    }
  }
}

extension EditorState {
  /// Asks what to do with a recovery file: restore it, discard it, or keep both.
  public mutating func offer(_ recovery: RecoveryOffer) {
    self.recovery = recovery
    let more = recovery.othersLeft > 0 ? " (\(recovery.othersLeft) older one(s) stay beside the map)" : ""
    mode = .confirm(
      Confirmation(
        kind: .recovery,
        question: "Unsaved work from an earlier session (\(recovery.changeCount) change(s))\(more): r restores it · d discards it · k keeps both"))
  }

  /// A warning shown when the editor opens.
  public mutating func warnAtStart(_ text: String) { warn(text) }

  mutating func restoreRecovery() -> [Effect] {
    guard let recovery else { return [] }
    usedIDs.add(idsOf: recovery.map)
    // What others saved since that session ended stays: the recovered work is merged into the
    // map as it is now, from the version it was based on. Without that version, it replaces.
    var restored = recovery.map
    var conflicts = 0
    if let base = recovery.base {
      let merged = MapMerge.merge(base: base, ours: map, theirs: recovery.map)
      restored = merged.map
      conflicts = merged.conflicts.count - MergeConflict.recorded(in: map).count
    }
    if restored != map { commit(.replace(restored), label: "Restore unsaved work") }
    self.recovery = nil
    if let draft = recovery.draft {
      mode = .normal
      reopen(draft)
      inform("Restored the unsaved work and what was being typed: \(ModeKeymaps.key(.keep, in: ModeKeymaps.edit)) keeps it, \(key(.save)) saves")
    } else {
      inform("Restored the unsaved work; \(key(.save)) saves it")
    }
    if conflicts > 0 { warn("Restored the unsaved work: \(conflicts) conflict(s) with what was saved since, \(key(.conflicts)) settles them") }
    // The work now lives in this session (and its own recovery file).
    return [.delete(path: recovery.recoveryPath), .delete(path: EditorFiles.basePath(forRecovery: recovery.recoveryPath))]
  }

  mutating func discardRecovery() -> [Effect] {
    guard let recovery else { return [] }
    self.recovery = nil
    inform("Discarded the unsaved work from the earlier session")
    return [.delete(path: recovery.recoveryPath), .delete(path: EditorFiles.basePath(forRecovery: recovery.recoveryPath))]
  }

  mutating func keepBothRecovery() -> [Effect] {
    guard let recovery else { return [] }
    self.recovery = nil
    let copy = EditorFiles(mapPath: filePath).keptCopyPath
    return [.write(path: copy, bytes: RecoveryContents(map: recovery.map, draft: recovery.draft).encoded(), then: recovery.recoveryPath)]
  }
}
