/// A map's `x-lint` setting: rules turned off, findings waived one by one with a reason, and
/// the current-state map a future-state map redesigns (docs/format.md, "Lint settings").
///
/// It lives in an `x-` key so that maps written for lint still open in any journeymap, and so
/// that merges and the editor keep it as they keep every extension.
public struct LintSettings: Equatable, Sendable {
  public struct Waiver: Equatable, Sendable {
    public var rule: String
    public var id: String
    public var reason: String

    public init(rule: String, id: String, reason: String) {
      self.rule = rule
      self.id = id
      self.reason = reason
    }
  }

  public static let key = "x-lint"

  public var off: Set<String> = []
  public var waivers: [Waiver] = []
  /// The current-state map, as written: a path relative to this map's file.
  public var current: String?
  /// What in the setting could not be read, for the `lint-settings-invalid` rule.
  public var problems: [String] = []

  public init() {}

  public init(_ map: JourneyMap) {
    guard let value = map.extensions[LintSettings.key] else { return }
    guard case .object(let members) = value else {
      problems.append("x-lint is not an object")
      return
    }
    for member in members {
      switch (member.key, member.value) {
      case ("off", .array(let items)):
        for item in items {
          guard case .string(let rule) = item else {
            problems.append("x-lint.off holds something that is not a rule id")
            continue
          }
          if LintRules.rule(rule) == nil { problems.append("x-lint.off names \"\(rule)\", which is not a rule") }
          off.insert(rule)
        }
      case ("waive", .array(let items)):
        for item in items { waiver(item) }
      case ("current", .string(let path)) where !path.isEmpty:
        current = path
      default:
        problems.append("x-lint.\(member.key) is not a setting lint knows (off, waive, current), or has the wrong type")
      }
    }
  }

  private mutating func waiver(_ item: JSONValue) {
    guard case .object(let members) = item else {
      problems.append("an x-lint.waive entry is not an object")
      return
    }
    func text(_ key: String) -> String? {
      if case .string(let s)? = members.first(where: { $0.key == key })?.value, !s.isEmpty { return s }
      return nil
    }
    guard let rule = text("rule"), let id = text("id") else {
      problems.append("an x-lint.waive entry needs \"rule\" and \"id\"")
      return
    }
    guard let reason = text("reason") else {
      problems.append("the x-lint.waive entry for \(rule) on \(id) gives no \"reason\"")
      return
    }
    if LintRules.rule(rule) == nil { problems.append("x-lint.waive names \"\(rule)\", which is not a rule") }
    waivers.append(Waiver(rule: rule, id: id, reason: reason))
  }

  /// The waiver that accepts a finding, if any.
  public func waiver(for finding: LintFinding) -> Waiver? {
    waivers.first { $0.rule == finding.rule && $0.id == finding.element }
  }
}
