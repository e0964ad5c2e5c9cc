/// A conflict the three-way merge could not decide: both sides changed the same thing
/// differently, or one deleted what the other changed or still uses.
///
/// Conflicts are stored in the merged file itself, under the top-level `x-conflicts` key, so
/// the file stays valid JSON that journeymap can open (git's `<<<<<<<` markers would make it
/// unreadable). `journeymap check` fails while any remain; `journeymap resolve` and the editor
/// clear them.
public struct MergeConflict: Equatable, Sendable {
  public static let extensionKey = "x-conflicts"

  /// Where: `$.title`, `$.steps[id=stp_x].feeling`, `$.processes[id=pr_y]` (a whole element).
  public var path: String
  public var message: String
  /// Each side's value; nil when that side deleted the thing.
  public var ours: JSONValue?
  public var theirs: JSONValue?
  public var base: JSONValue?

  public init(path: String, message: String, ours: JSONValue?, theirs: JSONValue?, base: JSONValue?) {
    self.path = path
    self.message = message
    self.ours = ours
    self.theirs = theirs
    self.base = base
  }

  public var json: JSONValue {
    var members = [JSONMember(key: "path", value: .string(path)), JSONMember(key: "message", value: .string(message))]
    if let ours { members.append(JSONMember(key: "ours", value: ours)) } else { members.append(JSONMember(key: "oursDeleted", value: .bool(true))) }
    if let theirs { members.append(JSONMember(key: "theirs", value: theirs)) } else { members.append(JSONMember(key: "theirsDeleted", value: .bool(true))) }
    if let base { members.append(JSONMember(key: "base", value: base)) }
    return .object(members)
  }

  public init?(json: JSONValue) {
    guard case .object(let members) = json else { return nil }
    func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
    guard case .string(let path)? = value("path") else { return nil }
    var message = ""
    if case .string(let m)? = value("message") { message = m }
    self.init(path: path, message: message, ours: value("ours"), theirs: value("theirs"), base: value("base"))
  }

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
    case .array(let items): return "[\(items.count) items]"
    case .object(let members):
      if case .string(let title)? = members.first(where: { $0.key == "title" || $0.key == "name" || $0.key == "text" })?.value {
        return "\"" + String(ExportText.clean(title).prefix(60)) + "\""
      }
      return "{…}"
    }
  }
}
