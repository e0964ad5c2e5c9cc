/// What `journeymap import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
  /// A Mermaid `journey` diagram, alone (`.mmd`) or in Markdown's ```` ```mermaid ```` blocks.
  case mermaid
  /// Sticky notes, one per row under a header (or a grid of lanes and steps), from Miro, Mural
  /// or a spreadsheet.
  case csv

  /// The format a file name implies: `.mmd`, `.mermaid`, `.md`, `.markdown` → mermaid;
  /// `.csv`, `.tsv` → csv.
  public init?(inferringFrom path: String) {
    switch Importer.fileExtension(path) {
    case "mmd", "mermaid", "md", "markdown": self = .mermaid
    case "csv", "tsv": self = .csv
    default: return nil
    }
  }
}

/// One entry point for every import.
public enum Importer {
  /// The map in `bytes`, read as `format`. `path` names the input: its extension says whether a
  /// Mermaid file is Markdown, and its name is the title when the input has none.
  public static func importMap(_ bytes: [UInt8], format: ImportFormat, path: String, ids: inout IDGenerator) -> ImportResult {
    let title = defaultTitle(forInput: path)
    switch format {
    case .mermaid:
      let markdown: Bool
      switch fileExtension(path) {
      case "md", "markdown": markdown = true
      case "mmd", "mermaid": markdown = false
      // Standard input or another name: Markdown when it holds ```mermaid blocks.
      default: markdown = !MermaidMarkdown.mermaidBlocks(in: bytes).isEmpty
      }
      return MermaidImporter.importMap(bytes, markdown: markdown, fallbackTitle: title, ids: &ids)
    case .csv:
      return CSVImporter.importMap(bytes, fallbackTitle: title, ids: &ids)
    }
  }

  /// Where an import goes by default: next to its input, `NAME.journey.json`.
  public static func defaultOutputPath(forInput path: String) -> String {
    let ext = fileExtension(path)
    var base = path
    if !ext.isEmpty { base.removeLast(ext.count + 1) }
    if base.isEmpty || base.hasSuffix("/") { base += "journey" }
    return base + MapFormat.fileExtension
  }

  /// The input file's name without folder or extension ("onboarding" for docs/onboarding.mmd).
  public static func defaultTitle(forInput path: String) -> String {
    var name = Substring(path.split(separator: "/").last ?? "")
    let ext = fileExtension(path)
    if !ext.isEmpty && name.count > ext.count + 1 { name = name.dropLast(ext.count + 1) }
    let title = String(name).trimmedSpaces
    return title.isEmpty || path == "-" ? "Imported journey" : title
  }

  /// The lower-cased extension of the last path component, or "".
  static func fileExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }
}
