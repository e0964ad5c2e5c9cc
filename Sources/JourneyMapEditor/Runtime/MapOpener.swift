import JourneyMapCore

/// Opening a map for the editor: an existing file must load without problems; a missing file
/// (or no file at all) starts from the starter map, and nothing is written until a save.
public enum MapOpener {
  public typealias Failure = MapDocument.ReadFailure

  public struct Opened: Sendable {
    public var map: JourneyMap
    public var isNew: Bool
  }

  public static func open(_ path: String?, ids: inout IDGenerator) -> Result<Opened, Failure> {
    guard let path, MapFile.exists(path) else {
      return .success(Opened(map: StarterMap.make(ids: &ids), isNew: true))
    }
    // A map whose only problems are recorded merge conflicts opens: the editor settles them.
    switch MapDocument(path: path).read(accepting: .allowingConflicts) {
    case .success(let contents):
      return .success(Opened(map: contents.map, isNew: false))
    case .failure(.invalid(let bytes, _)) where bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }):
      // An empty file (just created with touch, say) is a new map: there is nothing to lose.
      return .success(Opened(map: StarterMap.make(ids: &ids), isNew: true))
    case .failure(let failure):
      return .failure(failure)
    }
  }
}
