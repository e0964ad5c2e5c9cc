import JourneyMapCore

/// Opening a map for the editor: an existing file must load without problems; a missing file
/// (or no file at all) starts from the starter map, and nothing is written until a save.
public enum MapOpener {
  public typealias Failure = MapDocument.ReadFailure

  public struct Opened: Sendable {
    public var map: JourneyMap
    public var isNew: Bool
    /// The current-state map a future-state map names in `x-lint`, when it can be read: the
    /// editor's findings then compare the moments of truth with it, as `journeymap lint` does.
    public var current: JourneyMap? = nil
  }

  public static func open(_ path: String?, ids: inout IDGenerator) -> Result<Opened, Failure> {
    guard let path, MapFile.exists(path) else {
      return .success(Opened(map: StarterMap.make(ids: &ids), isNew: true))
    }
    // A map whose only problems are recorded merge conflicts opens: the editor settles them.
    switch MapDocument(path: path).read(accepting: .allowingConflicts) {
    case .success(let contents):
      return .success(Opened(map: contents.map, isNew: false, current: currentMap(named: contents.map, besides: path)))
    case .failure(.invalid(let bytes, _)) where bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }):
      // An empty file (just created with touch, say) is a new map: there is nothing to lose.
      return .success(Opened(map: StarterMap.make(ids: &ids), isNew: true))
    case .failure(let failure):
      return .failure(failure)
    }
  }

  /// The map `x-lint.current` names, relative to the map's own file; nil when there is none or
  /// it cannot be read (lint in the editor then compares nothing, and says nothing about it).
  static func currentMap(named map: JourneyMap, besides path: String) -> JourneyMap? {
    guard let name = LintSettings(map).current else { return nil }
    let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let currentPath = name.hasPrefix("/") || directory.isEmpty ? name : directory + "/" + name
    guard case .success(let contents) = MapDocument(path: currentPath).read(accepting: .allowingConflicts) else { return nil }
    return contents.map
  }
}
