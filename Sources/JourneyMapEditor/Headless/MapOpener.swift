import JourneyMapCore

/// Opening a map for the editor: an existing file must load without problems; a missing file
/// (or no file at all) starts from the starter map, and nothing is written until a save.
public enum MapOpener {
  public enum Failure: Error, Sendable {
    case unreadable(FileError)
    case invalid([Problem])
  }

  public struct Opened: Sendable {
    public var map: JourneyMap
    public var isNew: Bool
  }

  public static func open(_ path: String?, ids: inout IDGenerator) -> Result<Opened, Failure> {
    guard let path, MapFile.exists(path) else {
      return .success(Opened(map: StarterMap.make(ids: &ids), isNew: true))
    }
    let bytes: [UInt8]
    do {
      bytes = try MapFile.readAll(path)
    } catch {
      return .failure(.unreadable(error))
    }
    // An empty file (just created with touch, say) is a new map: there is nothing to lose.
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .success(Opened(map: StarterMap.make(ids: &ids), isNew: true))
    }
    let result = MapLoader.load(bytes)
    // A map whose only problems are recorded merge conflicts opens: the editor settles them.
    guard let map = result.mapWithConflicts else { return .failure(.invalid(result.problems)) }
    return .success(Opened(map: map, isNew: false))
  }
}
