/// The action list across maps: every opportunity, filtered and grouped the way a team reviews
/// its commitments — by owner (what each team was asked to do), by status, by map or by impact.
public struct ActionList: Sendable {
  public enum Grouping: String, CaseIterable, Sendable {
    case owner, status, map, impact
  }

  public struct Filter: Sendable {
    /// Owners to keep (compared without case); empty keeps everyone.
    public var owners: [String] = []
    public var statuses: Set<OpportunityStatus> = []
    /// Only what is still to do: not done, not dropped.
    public var openOnly = false

    public init(owners: [String] = [], statuses: Set<OpportunityStatus> = [], openOnly: Bool = false) {
      self.owners = owners
      self.statuses = statuses
      self.openOnly = openOnly
    }

    func keeps(_ item: ActionItem) -> Bool {
      if openOnly && !item.opportunity.isOpen { return false }
      if !statuses.isEmpty && !statuses.contains(item.opportunity.status) { return false }
      if !owners.isEmpty && !owners.contains(where: { $0.trimmedForMatching == item.owner.trimmedForMatching }) { return false }
      return true
    }
  }

  public struct Group: Sendable {
    /// The heading: an owner, a status, a map's file, an impact; "" for "no owner" or "not judged".
    public var key: String
    public var title: String
    public var items: [ActionItem]
  }

  public var grouping: Grouping
  public var groups: [Group]

  public var items: [ActionItem] { groups.flatMap(\.items) }

  /// - Parameter maps: each map with its file name, in the order the files were given.
  public init(_ maps: [(file: String, map: JourneyMap)], by grouping: Grouping, filter: Filter = Filter()) {
    self.grouping = grouping
    var all: [ActionItem] = []
    var fileRank: [String: Int] = [:]
    for (rank, entry) in maps.enumerated() {
      fileRank[entry.file] = rank
      all += ActionItem.items(of: entry.map, file: entry.file).filter(filter.keeps)
    }
    all.sort { ActionList.precedes($0, $1, fileRank: fileRank, byPlace: grouping == .map) }
    var keyed: [String: [ActionItem]] = [:]
    for item in all { keyed[ActionList.key(item, grouping), default: []].append(item) }
    groups = ActionList.keys(of: keyed.keys, grouping, fileRank: fileRank).map { key in
      let items = keyed[key] ?? []
      return Group(key: key, title: ActionList.title(key, grouping, mapTitle: items.first?.mapTitle ?? ""), items: items)
    }
  }

  // MARK: Order

  /// Within a group: what is being done and what is planned before ideas, ideas before what is
  /// closed; then the highest impact, the least effort, the nearest date; then where it is.
  /// Grouped by map, the journey's own order.
  static func precedes(_ a: ActionItem, _ b: ActionItem, fileRank: [String: Int], byPlace: Bool) -> Bool {
    if !byPlace {
      let (x, y) = (a.opportunity, b.opportunity)
      if urgency(x.status) != urgency(y.status) { return urgency(x.status) < urgency(y.status) }
      if levelRank(x.impact, high: true) != levelRank(y.impact, high: true) {
        return levelRank(x.impact, high: true) < levelRank(y.impact, high: true)
      }
      if levelRank(x.effort, high: false) != levelRank(y.effort, high: false) {
        return levelRank(x.effort, high: false) < levelRank(y.effort, high: false)
      }
      if x.due != y.due { return x.due.isEmpty ? false : y.due.isEmpty ? true : x.due < y.due }
    }
    let (fa, fb) = (fileRank[a.file] ?? 0, fileRank[b.file] ?? 0)
    return fa != fb ? fa < fb : a.position < b.position
  }

  static func urgency(_ status: OpportunityStatus) -> Int {
    switch status {
    case .doing: return 0
    case .planned: return 1
    case .idea: return 2
    case .done: return 3
    case .dropped: return 4
    }
  }

  /// High first (for impact) or low first (for effort); not judged last.
  static func levelRank(_ level: Level?, high: Bool) -> Int {
    guard let level else { return 3 }
    let index = Level.allCases.firstIndex(of: level)!
    return high ? 2 - index : index
  }

  // MARK: Groups

  static func key(_ item: ActionItem, _ grouping: Grouping) -> String {
    switch grouping {
    case .owner: return item.owner
    case .status: return item.opportunity.status.rawValue
    case .map: return item.file
    case .impact: return item.opportunity.impact?.rawValue ?? ""
    }
  }

  static func keys(of keys: Dictionary<String, [ActionItem]>.Keys, _ grouping: Grouping, fileRank: [String: Int]) -> [String] {
    switch grouping {
    case .owner:
      // Owners alphabetically (without case), nobody last: the list a meeting goes through.
      return keys.sorted { a, b in
        if a.isEmpty != b.isEmpty { return b.isEmpty }
        let (x, y) = (a.trimmedForMatching, b.trimmedForMatching)
        return x != y ? x < y : a < b
      }
    case .status: return OpportunityStatus.allCases.map(\.rawValue).filter(keys.contains)
    case .map: return keys.sorted { fileRank[$0, default: 0] < fileRank[$1, default: 0] }
    case .impact: return (Level.allCases.reversed().map(\.rawValue) + [""]).filter(keys.contains)
    }
  }

  static func title(_ key: String, _ grouping: Grouping, mapTitle: String) -> String {
    switch grouping {
    case .owner: return key.isEmpty ? "No owner" : key
    case .status: return key
    case .map: return "\(key) — \(ExportText.clean(mapTitle))"
    case .impact: return key.isEmpty ? "Impact not judged" : "\(key) impact"
    }
  }
}

extension String {
  /// For comparing names people type: lower case, spaces collapsed.
  var trimmedForMatching: String { ExportText.clean(self).lowercased() }
}
