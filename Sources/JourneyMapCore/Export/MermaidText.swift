/// Map text made inert for Mermaid. Mermaid reads a diagram in passes before its grammar sees
/// it: front matter (`---`), then `%%{…}%%` directives found *anywhere* in the text (inside
/// comments and quoted labels too), then comments, then `#name;` entity codes, which it decodes
/// only after parsing. So map text never carries `%` (no directive or comment can form, however
/// the percent signs are nested), never a character the grammar reads as syntax, and never HTML:
/// each of those is written as an entity code, which the grammar cannot see and the picture
/// shows as the character. Text never starts a line except in the journey grammar, where a
/// keyword at the start is defused.
enum MermaidText {
  /// Entity codes for everything that is syntax somewhere in Mermaid: `%` (directives,
  /// comments), `#` (entity codes, journey comments), `:` and `;` (journey fields, and what
  /// Mermaid's own `style…:#…;` rewrite looks for), `"` (quoted labels), `&<>` (HTML),
  /// `` ` `` (Markdown strings).
  static let common: [Character: String] = [
    "%": "#37;", "#": "#35;", ":": "#58;", ";": "#59;", "\"": "#34;", "&": "#38;", "<": "#60;", ">": "#62;", "`": "#96;",
  ]

  /// Inside a quoted flowchart label.
  static let labelEscaper = ByteEscaper(common)
  /// A journey title, section or task name.
  static let journeyEscaper = ByteEscaper(common)
  /// A journey actor: actors are separated by commas.
  static let actorEscaper = ByteEscaper(common.merging([",": "#44;"]) { $1 })

  /// Labels longer than this are cut with an ellipsis: a task box is a fixed size, and one huge
  /// cell must not push the whole diagram past Mermaid's text limit.
  static let maxLabel = 200

  /// Text for a quoted flowchart label.
  static func label(_ raw: String) -> String {
    labelEscaper(ExportText.cut(ExportText.clean(raw), to: maxLabel))
  }

  /// Journey words that open a statement when a line starts with them (case-insensitive).
  static let journeyKeywords = ["title", "section", "journey", "acctitle", "accdescr"]

  /// Whether Mermaid's journey lexer would read a line starting with `text` as a keyword:
  /// `journey` anywhere at the start (the lexer matches it without a word boundary), the others
  /// only as words (`title x`, `accDescr {`). "Titles" and "Sectioned" stay as they are, so a
  /// task name comes back from Mermaid unchanged.
  static func readsAsKeyword(_ text: some StringProtocol) -> Bool {
    let lower = text.prefix(9).lowercased()
    if lower.hasPrefix("journey") { return true }
    for word in journeyKeywords where lower.hasPrefix(word) {
      let next = lower.dropFirst(word.count).first
      if next == nil || next == " " || next == "\t" || next == ":" || next == "{" { return true }
    }
    return false
  }

  /// Text for the journey grammar: entity codes for syntax, and a guard against lines that
  /// would read as keywords (`title …`, `section …`).
  static func journey(_ raw: String, fallback: String, isActor: Bool = false) -> String {
    var value = ExportText.cut(ExportText.clean(raw), to: maxLabel)
    if value.isEmpty { value = fallback }
    let out = isActor ? actorEscaper(value) : journeyEscaper(value)
    if readsAsKeyword(out) { return "‣ " + out }
    return out
  }

  /// A `%%` comment line's text: a comment is removed only after directives are read, so it is
  /// escaped like a label.
  static func comment(_ raw: String) -> String { labelEscaper(ExportText.clean(raw)) }
}
