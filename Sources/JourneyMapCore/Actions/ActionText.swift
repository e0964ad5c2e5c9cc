/// The action list for a terminal: a heading per group, then each opportunity on one line with
/// its status, impact, effort and due date, and under it where it is and what it changes.
/// Map text is cleaned to one line here; the command's console makes it terminal-safe.
public enum ActionText {
  public static func render(_ list: ActionList) -> String {
    var out = ""
    let total = list.items.count
    let open = list.items.filter(\.opportunity.isOpen).count
    out += "\(total) opportunit\(total == 1 ? "y" : "ies"), \(open) open, by \(list.grouping.rawValue)\n"
    for group in list.groups {
      let groupOpen = group.items.filter(\.opportunity.isOpen).count
      out += "\n\(ExportText.clean(group.title)) (\(groupOpen) open of \(group.items.count))\n"
      for item in group.items { out += lines(item, showOwner: list.grouping != .owner) }
    }
    return out
  }

  static func lines(_ item: ActionItem, showOwner: Bool) -> String {
    let o = item.opportunity
    let status = o.status.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
    var head = "  \(o.status.glyph) \(status)  I:\(o.impact?.letter ?? "?") E:\(o.effort?.letter ?? "?")"
    head += o.due.isEmpty ? "              " : "  due \(o.due)"
    head += "  \(ExportText.clean(o.text)) (\(o.id))"
    var out = head + "\n"
    let indent = "      "
    out += indent + where_(item) + "\n"
    if showOwner { out += indent + "owner: \(item.owner.isEmpty ? "nobody yet" : item.owner)\n" }
    if !item.addresses.isEmpty {
      out += indent + "addresses: " + item.addresses.map { ExportText.clean($0.text) }.joined(separator: "; ") + "\n"
    }
    if !item.moments.isEmpty {
      out += indent + "★ moments of truth: " + item.moments.map { ExportText.clean($0.text) }.joined(separator: "; ") + "\n"
    }
    if !o.link.isEmpty { out += indent + "link: \(ExportText.clean(o.link))\n" }
    return out
  }

  /// `support-call.journey.json › Notice the problem › Opens the monthly invoice`.
  static func where_(_ item: ActionItem) -> String {
    let step = ExportText.clean(item.step.text)
    return "\(ExportText.clean(item.file)) › \(ExportText.clean(item.stage.text)) › \(step.isEmpty ? item.step.id : step)"
  }
}
