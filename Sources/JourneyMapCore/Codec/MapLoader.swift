/// Reads `.journey.json` bytes: parse, decode, validate, and report every problem with its line
/// and column.
public enum MapLoader {
  /// The outcome of loading: a map when there were no problems, and the problems otherwise.
  public struct Result: Sendable {
    /// The decoded map, even when it has problems (the editor may show it read-only); nil only
    /// when the bytes are not a readable map at all.
    public var map: JourneyMap?
    public var problems: [Problem]

    /// The map, if it loaded without a single problem.
    public var validMap: JourneyMap? { problems.isEmpty ? map : nil }

    /// The map, if its only problems are recorded merge conflicts waiting to be resolved.
    public var mapWithConflicts: JourneyMap? { problems.allSatisfy(\.isUnresolvedConflict) ? map : nil }
  }

  public static func load(_ bytes: [UInt8]) -> Result {
    // Most files are valid: read them straight into the model. Anything else goes through the
    // tree, whose offsets locate every problem.
    if let map = MapReader.read(bytes), MapValidator.validate(map).isEmpty {
      return Result(map: map, problems: [])
    }
    return loadLocatingProblems(bytes)
  }

  /// Parses into a tree with offsets, decodes and validates, and reports every problem at its
  /// line and column. The loader's slow path, and the reference the fast path is tested against.
  static func loadLocatingProblems(_ bytes: [UInt8]) -> Result {
    let parsed: JSONParser.Result
    do {
      parsed = try JSONParser.parse(bytes)
    } catch {
      let location = LineLocator(bytes).location(of: error.offset)
      return Result(map: nil, problems: [Problem(location: location, message: error.message)])
    }
    var decoder = MapDecoder()
    let map = decoder.decodeMap(parsed.root)
    var located: [(offset: Int, problem: Problem)] = parsed.problems.map {
      ($0.offset, Problem(location: nil, message: $0.message))
    }
    for finding in decoder.findings {
      located.append((finding.offset ?? 0, Problem(path: finding.path, id: finding.id, message: finding.message)))
    }
    if let map, !decoder.isNewerVersion {
      // A value with a type error was decoded as empty; the validator would report it again
      // ("has no title"), so problems at or under an already reported path are left out.
      let reported = Set(decoder.findings.compactMap(\.path))
      for issue in MapValidator.validate(map) {
        let (offset, path) = resolve(issue.path, in: parsed.root, keptIndices: decoder.keptIndices)
        if path.selfAndAncestors.contains(where: reported.contains) { continue }
        located.append(
          (offset, Problem(path: path, id: issue.id, message: issue.message, isUnresolvedConflict: issue.isUnresolvedConflict)))
      }
    }
    // Problems are reported in file order; a stable sort keeps the order of several at one place.
    located.sort { $0.offset < $1.offset }
    let locator = LineLocator(bytes)
    let problems = located.map { entry -> Problem in
      var problem = entry.problem
      problem.location = locator.location(of: entry.offset)
      return problem
    }
    return Result(map: map, problems: problems)
  }

  /// Finds the offset of the deepest node a model path reaches, and the path as the file numbers
  /// it: the two differ when malformed elements were dropped while decoding.
  static func resolve(_ path: JSONPath, in root: JSONNode, keptIndices: [Int: [Int]]) -> (Int, JSONPath) {
    var node = root
    var sourcePath = JSONPath.root
    var reached = true
    for component in path.components {
      guard reached else {
        sourcePath.components.append(component)
        continue
      }
      switch (component, node.kind) {
      case (.key(let key), .object(let members)):
        sourcePath.components.append(component)
        if let member = members.first(where: { $0.key == key }) { node = member.value } else { reached = false }
      case (.index(let index), .array(let items)):
        let source = keptIndices[node.offset].map { index < $0.count ? $0[index] : -1 } ?? index
        sourcePath.components.append(.index(source))
        if items.indices.contains(source) { node = items[source] } else { reached = false }
      default:
        sourcePath.components.append(component)
        reached = false
      }
    }
    return (node.offset, sourcePath)
  }
}
