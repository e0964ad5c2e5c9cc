/// The action list as Markdown (GitHub, pandoc, Marp): a section per group with a table of its
/// opportunities. Every piece of map text is escaped as the exports escape it, so a title can
/// never become a link, an image or HTML; a tracked item's link is the only link, and only an
/// http(s) address is ever made one.
public enum ActionMarkdown {
  public static func render(_ list: ActionList) -> String {
    var out = "# Actions\n\n"
    let open = list.items.filter(\.opportunity.isOpen).count
    out += "\(list.items.count) opportunities, \(open) open, by \(list.grouping.rawValue).\n"
    let showOwner = list.grouping != .owner
    for group in list.groups {
      out += "\n## \(escape(group.title))\n\n"
      out += "| | Opportunity |\(showOwner ? " Owner |" : "") Status | Impact | Effort | Due | Where | Addresses | Moments of truth |\n"
      out += "|---|---|\(showOwner ? "---|" : "")---|---|---|---|---|---|---|\n"
      for item in group.items {
        let o = item.opportunity
        var row = "| \(o.status.glyph) | \(opportunity(o)) |"
        if showOwner { row += " \(o.owner.isEmpty ? "—" : escape(o.owner)) |" }
        row += " \(o.status.rawValue) | \(o.impact?.rawValue ?? "—") | \(o.effort?.rawValue ?? "—") | \(o.due.isEmpty ? "—" : o.due) |"
        row += " \(escape(ActionText.where_(item))) |"
        row += " \(item.addresses.map { escape($0.text) }.joined(separator: "; ")) |"
        row += " \(item.moments.map { "★ " + escape($0.text) }.joined(separator: "; ")) |\n"
        out += row
      }
    }
    return out
  }

  static func escape(_ text: String) -> String { MarkdownExporter.escape(ExportText.clean(text)) }

  /// The opportunity's text, linked to where its work is tracked when it has a link.
  static func opportunity(_ o: Opportunity) -> String {
    let text = escape(o.text)
    guard !o.link.isEmpty, TrackingText.isLink(o.link) else { return text }
    return "[\(text)](\(destination(o.link)))"
  }

  /// A link destination no Markdown reader can misread: characters that end or nest a link,
  /// start a title or split a table cell are percent-encoded (URLs read them the same way).
  static func destination(_ link: String) -> String {
    var out = ""
    for scalar in link.unicodeScalars {
      switch scalar {
      case "(", ")", "<", ">", "[", "]", "\\", "\"", "'", "`", "|", " ", "*", "_", "~", "$", "!", "^", "{", "}", "@":
        out += "%" + hex(scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
