import JourneyMapCore

/// Work the update function asks the shell to do, because it touches the world: writing a file,
/// ending the program. Results come back as events (``InputEvent/saved(path:)``).
public enum Effect: Equatable, Sendable {
  case save(path: String, bytes: [UInt8])
  /// Save even though the file changed on disk, exists, or is read-only: the user said so.
  case overwrite(path: String, bytes: [UInt8])
  /// Read the map file again, dropping our changes (they stay in undo).
  case reloadFromDisk(path: String)
  /// Merge our map with the file on disk, the version we opened as the base.
  case mergeWithDisk(path: String)
  /// Export the current map; the shell renders it (running Graphviz for pictures) and writes it.
  /// Without `force` an existing file is not replaced: the shell asks back.
  case export(format: ExportFormat, view: ExportView, path: String, force: Bool)
  /// Write bytes to a file that is not the map, never over an existing one; once written,
  /// delete `then` (the recovery file a copy was made from), and only then.
  case write(path: String, bytes: [UInt8], then: String? = nil)
  /// Delete a file (a recovery file the user discarded).
  case delete(path: String)
  case quit
}
