/// The action list as canonical JSON for scripts: the grouping, then each group with its
/// opportunities, every field exactly as in the map (JSON escapes its own text; what a
/// terminal would obey is escaped too, see ``TerminalSafeJSON``).
public enum ActionJSON {
  public static func render(_ list: ActionList) -> String {
    var w = CanonicalJSONWriter()
    w.beginObject()
    w.member("by", list.grouping.rawValue)
    w.key(static: "groups")
    w.beginArray()
    for group in list.groups {
      w.beginObject()
      w.member("group", group.key)
      w.member("title", group.title)
      w.key(static: "actions")
      w.beginArray()
      for item in group.items { w.action(item) }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.endObject()
    return TerminalSafeJSON.escape(String(decoding: w.finish(), as: UTF8.self))
  }
}

extension CanonicalJSONWriter {
  fileprivate mutating func action(_ item: ActionItem) {
    let o = item.opportunity
    beginObject()
    member("map", item.file)
    member("mapID", item.mapID)
    member("mapTitle", item.mapTitle)
    reference("stage", item.stage)
    reference("step", item.step)
    member("id", o.id)
    member("text", o.text)
    nullable("owner", o.owner.isEmpty ? nil : o.owner)
    member("status", o.status.rawValue)
    nullable("impact", o.impact?.rawValue)
    nullable("effort", o.effort?.rawValue)
    nullable("due", o.due.isEmpty ? nil : o.due)
    nullable("link", o.link.isEmpty ? nil : o.link)
    references("addresses", item.addresses)
    references("momentsOfTruth", item.moments)
    endObject()
  }

  private mutating func nullable(_ key: StaticString, _ value: String?) {
    self.key(static: key)
    if let value { string(value) } else { null() }
  }

  private mutating func reference(_ key: StaticString, _ r: ActionItem.Reference) {
    self.key(static: key)
    beginObject()
    member("id", r.id)
    member("text", r.text)
    endObject()
  }

  private mutating func references(_ key: StaticString, _ list: [ActionItem.Reference]) {
    self.key(static: key)
    beginArray()
    for r in list {
      beginObject()
      member("id", r.id)
      member("text", r.text)
      endObject()
    }
    endArray()
  }
}
