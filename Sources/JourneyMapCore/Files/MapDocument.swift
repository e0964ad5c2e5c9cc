/// A map file: how it is read (one policy per purpose, typed failures), how it is written, and
/// its identity on disk. Every command and the editor read maps through here, so "what counts
/// as a readable map" is decided once.
public struct MapDocument: Sendable {
  /// The path as the user named it (messages use it; writes follow its symlinks).
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// How much is accepted of a file that has problems.
  public enum Acceptance: Sendable {
    /// No problem at all: what `check`, `fmt` and `export` need.
    case valid
    /// Only recorded merge conflicts: `diff`, the merge driver, `resolve` and the editor, which
    /// are the tools that settle them.
    case allowingConflicts
    /// Anything that decodes to a map, problems and all: `textconv`, which only shows it.
    case anyDecodable
  }

  public enum ReadFailure: Error, Sendable {
    /// The file could not be read (missing, a directory, no permission).
    case unreadable(FileError)
    /// The file was read, but it is not an acceptable map; every problem, located.
    case invalid(bytes: [UInt8], problems: [Problem])
  }

  /// What was read.
  public struct Contents: Sendable {
    public var map: JourneyMap
    public var bytes: [UInt8]
    /// Problems tolerated by the acceptance (conflicts, or anything for `.anyDecodable`).
    public var problems: [Problem]
    /// The file's identity when it was read, to notice other writers later.
    public var stamp: FileStamp?
  }

  public func read(accepting acceptance: Acceptance) -> Result<Contents, ReadFailure> {
    let stamp = FileStamp(path: path)
    let bytes: [UInt8]
    do {
      bytes = try MapFile.readAll(path)
    } catch {
      return .failure(.unreadable(error))
    }
    return MapDocument.decode(bytes, accepting: acceptance).map {
      Contents(map: $0.map, bytes: bytes, problems: $0.problems, stamp: stamp)
    }
  }

  /// Loads bytes from anywhere (standard input, a recovery file) under an acceptance.
  public static func decode(_ bytes: [UInt8], accepting acceptance: Acceptance) -> Result<
    (map: JourneyMap, problems: [Problem]), ReadFailure
  > {
    let result = MapLoader.load(bytes)
    let accepted: JourneyMap?
    switch acceptance {
    case .valid: accepted = result.validMap
    case .allowingConflicts: accepted = result.mapWithConflicts
    case .anyDecodable: accepted = result.map
    }
    guard let accepted else { return .failure(.invalid(bytes: bytes, problems: result.problems)) }
    return .success((accepted, result.problems))
  }

  /// Writes a map canonically through the one safe writer; returns the new identity on disk.
  @discardableResult
  public func write(_ map: JourneyMap, policy: WritePolicy = .replace) throws(FileError) -> FileStamp? {
    try write(MapEncoder.encode(map), policy: policy)
  }

  @discardableResult
  public func write(_ bytes: [UInt8], policy: WritePolicy = .replace) throws(FileError) -> FileStamp? {
    try MapFile.write(bytes, to: path, policy: policy)
    return FileStamp(path: path)
  }

  /// The file's identity now, nil when it does not exist.
  public var stamp: FileStamp? { FileStamp(path: path) }

  public var exists: Bool { MapFile.exists(path) }
}
