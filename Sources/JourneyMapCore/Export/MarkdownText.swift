/// Map text made inert for every Markdown reader the deck meets: pandoc (which passes raw HTML
/// and raw LaTeX through, and reads its metadata as Markdown too), Marp (markdown-it) and GitHub.
/// Everything that could be markup is backslash-escaped, so text is text and nothing else: no
/// HTML, entities, links, images, code, math, citations, spans or attributes, and no block
/// structure when the text starts a line.
extension MarkdownExporter {
  /// Escapes map text for inline content, table cells, headings and paragraphs.
  static func escape(_ text: String) -> String {
    var out = markdownEscaper(text)
    guard let first = out.utf8.first else { return out }
    let bytes = out.utf8
    if blockOpeners.contains(first) {
      out.insert("\\", at: out.startIndex)
    } else if let delimiter = listDelimiter(bytes) {
      out.insert("\\", at: delimiter)
    }
    return out
  }

  /// Any ASCII punctuation may be backslash-escaped in every reader, so everything that is
  /// inline markup in one of them is: `<` (HTML, autolinks), `&` (entities), `[]!` (links,
  /// images, spans), `` ` `` (code, raw attributes), `$` (math), `@` (citations), `^~` (super-,
  /// subscript, footnotes), `{}` (attributes), `|` (table cells), `#` (headings), `*_` (emphasis),
  /// `\` itself.
  static let markdownEscaper = ByteEscaper(
    Dictionary(uniqueKeysWithValues: "\\`*_[]<>|#~^@$&!{}".map { ($0, "\\" + String($0)) }))

  /// First characters that open a block when a line starts with them: a list (`-`, `+`), a
  /// setext underline or rule (`-`, `=`), a pandoc fenced div (`:::`) or definition (`:`), a
  /// pandoc list marker in parentheses (`(1)`, `(a)`, `(@)`).
  static let blockOpeners: Set<UInt8> = Set("-+=:(".utf8)

  /// Where a list marker's delimiter is when the text starts with one: `12.`, `3)`, and pandoc's
  /// fancy lists `a.`, `B)`, `iv.` (followed by a space or the end). Escaping the delimiter
  /// leaves the marker plain text.
  static func listDelimiter(_ bytes: String.UTF8View) -> String.Index? {
    var digits = 0
    var letters = 0
    var roman = true
    var i = bytes.startIndex
    while i != bytes.endIndex {
      let b = bytes[i]
      if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
        digits += 1
      } else if (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") {
        letters += 1
        roman = roman && romanNumerals.contains(b | 0x20)
      } else {
        break
      }
      i = bytes.index(after: i)
    }
    guard i != bytes.endIndex, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
    if digits > 0 && letters == 0 { return i }
    guard digits == 0, letters == 1 || (letters > 1 && roman) else { return nil }
    let next = bytes.index(after: i)
    return next == bytes.endIndex || bytes[next] == UInt8(ascii: " ") ? i : nil
  }

  static let romanNumerals: Set<UInt8> = Set("ivxlcdm".utf8)

  /// A YAML front matter value. pandoc reads metadata strings as Markdown, so the value is
  /// escaped exactly like the body, then quoted for YAML (`\` and `"` escaped).
  static func metadata(_ text: String) -> String {
    "\"" + yamlEscaper(escape(text)) + "\""
  }

  static let yamlEscaper = ByteEscaper(["\\": "\\\\", "\"": "\\\""])

  /// Text inside an HTML comment: a comment ends at the first `--` followed by `>` (or `!>`), so
  /// no two dashes may meet, however many there are.
  static func comment(_ text: String) -> String {
    guard text.contains("--") else { return text }
    var out = ""
    var previous: Character? = nil
    for c in text {
      if c == "-" && previous == "-" { out.append(" ") }
      out.append(c)
      previous = c
    }
    return out
  }
}
