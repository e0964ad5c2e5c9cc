/// The action list as CSV for a spreadsheet: RFC 4180 (a header row, fields quoted when they
/// hold a comma, a quote or a line break, quotes doubled, CRLF line ends), UTF-8 with a byte
/// order mark so that Excel reads "£" and "é" as they are, one row per opportunity in the
/// list's order.
///
/// Map text is data, never a formula: a field a spreadsheet would evaluate — one starting with
/// `=`, `+`, `-` or `@` (or their full-width forms) — starts with an apostrophe instead, which
/// spreadsheets show as text and hide. Text is cleaned to one line (control characters
/// dropped), so the file is also safe to print on a terminal.
public enum ActionCSV {
  public static let columns = [
    "map", "map_title", "stage", "step", "step_id", "opportunity_id", "opportunity", "owner", "status", "impact", "effort",
    "due", "link", "addresses", "moments_of_truth",
  ]

  public static func render(_ list: ActionList) -> String {
    var out = "\u{FEFF}"
    out += columns.map(field).joined(separator: ",") + "\r\n"
    for item in list.items {
      let o = item.opportunity
      let values = [
        item.file, item.mapTitle, item.stage.text, item.step.text, item.step.id, o.id, o.text, o.owner, o.status.rawValue,
        o.impact?.rawValue ?? "", o.effort?.rawValue ?? "", o.due, o.link,
        item.addresses.map { ExportText.clean($0.text) }.joined(separator: "; "),
        item.moments.map { ExportText.clean($0.text) }.joined(separator: "; "),
      ]
      out += values.map(field).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One field: cleaned, kept from being a formula, quoted when it must be — the same rules as
  /// the map's own CSV export (``CSVText``).
  static func field(_ raw: String) -> String {
    CSVText.field(CSVText.guarded(ExportText.clean(raw)))
  }
}
