/// Settles recorded merge conflicts by taking one side's value for each, then drops references
/// the choice left dangling (a step that was deleted after all is unlinked from its processes).
public enum ConflictResolver {
  public enum Side: String, Sendable {
    case ours
    case theirs
  }

  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  public struct Outcome: Sendable {
    public var map: JourneyMap
    public var resolved: Int
    /// What was cleaned up afterwards, for the user to know.
    public var notes: [String]
  }

  /// Resolves the conflicts at the given positions (0-based; all when nil) with one side.
  public static func resolve(_ map: JourneyMap, choosing side: Side, only positions: Set<Int>? = nil) throws(Failure) -> Outcome {
    let conflicts = MergeConflict.recorded(in: map)
    guard var tree = (try? JSONParser.parse(MapEncoder.encode(map)))?.root.value else {
      throw Failure(description: "cannot read the map back")
    }
    var remaining: [MergeConflict] = []
    var resolved = 0
    for (i, conflict) in conflicts.enumerated() {
      guard positions?.contains(i) ?? true else {
        remaining.append(conflict)
        continue
      }
      let value = side == .ours ? conflict.ours : conflict.theirs
      guard let path = ConflictPath(conflict.path) else { throw Failure(description: "unreadable conflict path \(conflict.path)") }
      path.apply(value, to: &tree)
      resolved += 1
    }
    var root: JSONValue = tree
    ConflictPath.set(remaining.isEmpty ? nil : .array(remaining.map(\.json)), key: MergeConflict.extensionKey, in: &root)
    var writer = CanonicalJSONWriter()
    writer.value(root)
    let loaded = MapLoader.load(writer.finish())
    guard var result = loaded.map else {
      throw Failure(description: loaded.problems.first.map(\.description) ?? "the result is not a map")
    }
    let notes = dropDanglingReferences(&result)
    return Outcome(map: result, resolved: resolved, notes: notes)
  }

  /// Removes references to things that no longer exist: process links to steps, step links to
  /// touchpoints, opportunities' pain points.
  public static func dropDanglingReferences(_ map: inout JourneyMap) -> [String] {
    var notes: [String] = []
    let steps = Set(map.steps.map(\.id))
    for p in map.processes.indices {
      let gone = map.processes[p].steps.filter { !steps.contains($0) }
      if !gone.isEmpty {
        map.processes[p].steps.removeAll { !steps.contains($0) }
        notes.append("process \(map.processes[p].id) no longer serves \(gone.joined(separator: ", "))")
      }
    }
    let touchpoints = Set(map.touchpoints.map(\.id))
    let painPoints = Set(map.steps.flatMap { $0.painPoints.map(\.id) })
    for s in map.steps.indices {
      let gone = map.steps[s].touchpoints.filter { !touchpoints.contains($0) }
      if !gone.isEmpty {
        map.steps[s].touchpoints.removeAll { !touchpoints.contains($0) }
        notes.append("step \(map.steps[s].id) no longer uses \(gone.joined(separator: ", "))")
      }
      for o in map.steps[s].opportunities.indices {
        map.steps[s].opportunities[o].addresses.removeAll { !painPoints.contains($0) }
      }
    }
    return notes
  }
}

/// A conflict's path: `$`, then `.key`, `["key"]` or `[id=X]` (an array element by id).
struct ConflictPath {
  enum Segment: Equatable {
    case key(String)
    case id(String)
  }

  let segments: [Segment]

  init?(_ text: String) {
    guard text.hasPrefix("$") else { return nil }
    var segments: [Segment] = []
    var rest = Substring(text.dropFirst())
    while let first = rest.first {
      if first == "." {
        rest = rest.dropFirst()
        let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
        segments.append(.key(String(rest[..<end])))
        rest = rest[end...]
      } else if rest.hasPrefix("[id=") {
        guard let close = rest.firstIndex(of: "]") else { return nil }
        segments.append(.id(String(rest[rest.index(rest.startIndex, offsetBy: 4)..<close])))
        rest = rest[rest.index(after: close)...]
      } else if rest.hasPrefix("[\"") {
        guard let close = rest.range(of: "\"]") else { return nil }
        segments.append(.key(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound])))
        rest = rest[close.upperBound...]
      } else {
        return nil
      }
    }
    self.segments = segments
  }

  /// Sets (or, with nil, removes) the value at this path.
  func apply(_ value: JSONValue?, to root: inout JSONValue) {
    ConflictPath.apply(value, segments[...], to: &root)
  }

  static func apply(_ value: JSONValue?, _ segments: ArraySlice<Segment>, to node: inout JSONValue) {
    guard let first = segments.first else {
      if let value { node = value }
      return
    }
    let rest = segments.dropFirst()
    switch (first, node) {
    case (.key(let key), .object(var members)):
      if rest.isEmpty {
        members.removeAll { $0.key == key }
        if let value { members.append(JSONMember(key: key, value: value)) }
      } else if let i = members.firstIndex(where: { $0.key == key }) {
        apply(value, rest, to: &members[i].value)
      } else if value != nil {
        var child: JSONValue = rest.first.map { if case .id = $0 { return .array([]) } else { return .object([]) } } ?? .null
        apply(value, rest, to: &child)
        members.append(JSONMember(key: key, value: child))
      }
      node = .object(members)
    case (.id(let id), .array(var items)):
      let index = items.firstIndex { item in
        if case .object(let m) = item, case .string(id)? = m.first(where: { $0.key == "id" })?.value { return true }
        return false
      }
      if rest.isEmpty {
        switch (index, value) {
        case (let i?, let v?): items[i] = v
        case (let i?, nil): items.remove(at: i)
        case (nil, let v?): items.append(v)
        case (nil, nil): break
        }
      } else if let index {
        apply(value, rest, to: &items[index])
      }
      node = .array(items)
    default:
      break
    }
  }

  static func set(_ value: JSONValue?, key: String, in root: inout JSONValue) {
    apply(value, [.key(key)], to: &root)
  }
}
