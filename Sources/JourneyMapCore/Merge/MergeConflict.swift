/// A conflict the three-way merge could not decide: both sides changed the same thing
/// differently, one deleted what the other changed or still uses, both added the same id with
/// different content, or both reordered the same list differently.
///
/// Conflicts are stored in the merged file itself, under the top-level `x-conflicts` key, so
/// the file stays valid JSON that journeymap can open (git's `<<<<<<<` markers would make it
/// unreadable). `journeymap check` fails while any remain; `journeymap resolve` and the editor
/// clear them.
public struct MergeConflict: Equatable, Sendable {
  public static let extensionKey = "x-conflicts"

  public enum Kind: String, Sendable {
    /// The sides hold different values at the path; taking a side sets its value.
    case value
    /// The sides hold the same items in different orders; taking a side reorders those items
    /// (`ours` and `theirs` list them, as ids or values) and adds or removes nothing.
    case order
  }

  /// What else changes when a side is taken, so that the result is that side's intent and a
  /// valid map: the steps of a stage that side deleted go where that side has them, and what
  /// that side's value refers to comes back if it is gone.
  public struct FollowUp: Equatable, Sendable {
    public enum Change: Equatable, Sendable {
      case set(JSONValue)
      case delete
      /// Set only if nothing is there: an element this side's value needs.
      case restore(JSONValue)
    }

    public var path: String
    public var change: Change

    public init(path: String, change: Change) {
      self.path = path
      self.change = change
    }
  }

  /// Where: `$.title`, `$.steps[id=stp_x].feeling`, `$.processes[id=pr_y]` (a whole element),
  /// `$.stages` (an order), `$.steps[id=stp_x]["x-key"]` (an extension key, escaped).
  public var path: String
  public var message: String
  /// Each side's value; nil when that side deleted the thing.
  public var ours: JSONValue?
  public var theirs: JSONValue?
  public var base: JSONValue?
  public var kind: Kind
  public var withOurs: [FollowUp]
  public var withTheirs: [FollowUp]

  public init(
    path: String, message: String, ours: JSONValue?, theirs: JSONValue?, base: JSONValue?, kind: Kind = .value,
    withOurs: [FollowUp] = [], withTheirs: [FollowUp] = []
  ) {
    self.path = path
    self.message = message
    self.ours = ours
    self.theirs = theirs
    self.base = base
    self.kind = kind
    self.withOurs = withOurs
    self.withTheirs = withTheirs
  }

  /// The same conflict seen from the other branch: what a merge with the sides swapped records.
  public var swapped: MergeConflict {
    MergeConflict(path: path, message: message, ours: theirs, theirs: ours, base: base, kind: kind, withOurs: withTheirs, withTheirs: withOurs)
  }

  public var json: JSONValue {
    var members = [JSONMember(key: "path", value: .string(path)), JSONMember(key: "message", value: .string(message))]
    if kind != .value { members.append(JSONMember(key: "kind", value: .string(kind.rawValue))) }
    if let ours { members.append(JSONMember(key: "ours", value: ours)) } else { members.append(JSONMember(key: "oursDeleted", value: .bool(true))) }
    if let theirs { members.append(JSONMember(key: "theirs", value: theirs)) } else { members.append(JSONMember(key: "theirsDeleted", value: .bool(true))) }
    if let base { members.append(JSONMember(key: "base", value: base)) }
    if !withOurs.isEmpty { members.append(JSONMember(key: "withOurs", value: .array(withOurs.map(\.json)))) }
    if !withTheirs.isEmpty { members.append(JSONMember(key: "withTheirs", value: .array(withTheirs.map(\.json)))) }
    return JSONValue.object(members).canonical
  }

  public init?(json: JSONValue) {
    guard case .object(let members) = json else { return nil }
    func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
    guard case .string(let path)? = value("path") else { return nil }
    var message = ""
    if case .string(let m)? = value("message") { message = m }
    var kind = Kind.value
    if case .string(let k)? = value("kind") {
      guard let known = Kind(rawValue: k) else { return nil }
      kind = known
    }
    func followUps(_ key: String) -> [FollowUp]? {
      guard let list = value(key) else { return [] }
      guard case .array(let items) = list else { return nil }
      let read = items.compactMap(FollowUp.init(json:))
      return read.count == items.count ? read : nil
    }
    guard let withOurs = followUps("withOurs"), let withTheirs = followUps("withTheirs") else { return nil }
    self.init(
      path: path, message: message, ours: value("ours"), theirs: value("theirs"), base: value("base"), kind: kind, withOurs: withOurs,
      withTheirs: withTheirs)
  }

  /// A member's segment as paths write it: `.title`, or `["x-key"]` escaped as a JSON string,
  /// so tools can name a key's place exactly as the merge does.
  public static func memberPath(_ key: String) -> String { ConflictPath.member(key) }

  /// The conflicts recorded in a map.
  public static func recorded(in map: JourneyMap) -> [MergeConflict] {
    guard case .array(let items)? = map.extensions[extensionKey] else { return [] }
    return items.compactMap(MergeConflict.init(json:))
  }

  /// One line for people: where, what, and both sides in short.
  public var summary: String {
    "\(path): \(message) — ours: \(MergeConflict.short(ours)); theirs: \(MergeConflict.short(theirs))"
  }

  /// A value in a few words, for messages.
  public static func short(_ value: JSONValue?) -> String {
    guard let value else { return "(deleted)" }
    switch value {
    case .string(let s): return "\"" + String(ExportText.clean(s).prefix(60)) + (s.count > 60 ? "…" : "") + "\""
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array(let items):
      // An order: the first few items say which order it is.
      let names = items.prefix(3).compactMap { item -> String? in
        if case .string(let s) = item { return String(ExportText.clean(s).prefix(20)) }
        return nil
      }
      guard names.count == min(3, items.count), !items.isEmpty else { return "[\(items.count) items]" }
      return "[" + names.joined(separator: ", ") + (items.count > 3 ? ", … (\(items.count) items)" : "") + "]"
    case .object(let members):
      if case .string(let title)? = members.first(where: { $0.key == "title" || $0.key == "name" || $0.key == "text" })?.value {
        return "\"" + String(ExportText.clean(title).prefix(60)) + "\""
      }
      return "{…}"
    }
  }
}

extension MergeConflict.FollowUp {
  var json: JSONValue {
    var members = [JSONMember(key: "path", value: .string(path))]
    switch change {
    case .set(let v): members.append(JSONMember(key: "value", value: v))
    case .delete: members.append(JSONMember(key: "deleted", value: .bool(true)))
    case .restore(let v): members.append(JSONMember(key: "ifMissing", value: v))
    }
    return .object(members)
  }

  init?(json: JSONValue) {
    guard case .object(let members) = json, case .string(let path)? = members.first(where: { $0.key == "path" })?.value else { return nil }
    if let v = members.first(where: { $0.key == "value" })?.value {
      change = .set(v)
    } else if let v = members.first(where: { $0.key == "ifMissing" })?.value {
      change = .restore(v)
    } else if case .bool(true)? = members.first(where: { $0.key == "deleted" })?.value {
      change = .delete
    } else {
      return nil
    }
    self.path = path
  }
}
