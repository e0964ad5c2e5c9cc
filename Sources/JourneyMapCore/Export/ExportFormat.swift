/// What `journeymap export` can produce.
public enum ExportFormat: String, CaseIterable, Sendable {
  case markdown
  case dot
  case mermaid
  /// Pictures rendered by Graphviz from the DOT export.
  case svg
  case png
  /// A spreadsheet of sticky notes, one per row, which `journeymap import` reads back.
  case csv
  /// One self-contained web page (prints to PDF from the browser).
  case html

  /// The names people type for the format, the one prompts show first (`md` before `markdown`).
  public var names: [String] {
    switch self {
    case .markdown: return ["md", "markdown"]
    case .dot: return ["dot", "gv", "graphviz"]
    case .mermaid: return ["mermaid", "mmd"]
    case .svg: return ["svg"]
    case .png: return ["png"]
    case .csv: return ["csv"]
    case .html: return ["html", "htm"]
    }
  }

  /// The first name of every format, for prompts and messages: `md`, `dot`, `mermaid`…
  public static var shownNames: [String] { allCases.map { $0.names[0] } }

  /// Accepts any of the names people type (``names``), in any case.
  public init?(name: String) {
    let typed = name.lowercased()
    guard let format = Self.allCases.first(where: { $0.names.contains(typed) }) else { return nil }
    self = format
  }

  /// The format a file name implies: `deck.md` → markdown, `map.svg` → svg.
  public init?(inferringFrom path: String) {
    guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else { return nil }
    self.init(name: String(path[path.index(after: dot)...]))
  }

  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .dot: return "dot"
    case .mermaid: return "mmd"
    case .svg: return "svg"
    case .png: return "png"
    case .csv: return "csv"
    case .html: return "html"
    }
  }

  /// Whether the format needs Graphviz's `dot` program.
  public var needsGraphviz: Bool { self == .svg || self == .png }
}

/// Which picture of the map: the customer's journey, or the service blueprint beneath it.
public enum ExportView: String, CaseIterable, Sendable {
  case journey
  case blueprint
}

/// Markdown for a slide deck (Marp and pandoc) or for a document (GitHub, wikis).
public enum MarkdownFlavor: String, CaseIterable, Sendable {
  case slides
  case gfm
}

/// One entry point for every text export.
public enum Exporter {
  /// The export and the warnings of its renderer's limits (for svg and png: of the DOT text
  /// Graphviz draws them from).
  public static func export(
    _ map: JourneyMap, format: ExportFormat, view: ExportView = .journey, flavor: MarkdownFlavor = .slides,
    sourceName: String? = nil
  ) -> ExportResult {
    switch format {
    case .markdown: return MarkdownExporter.export(map, flavor: flavor, sourceName: sourceName)
    case .dot, .svg, .png: return DotExporter.export(map, view: view, sourceName: sourceName)
    case .mermaid: return MermaidExporter.export(map, view: view)
    case .csv: return CSVExporter.export(map)
    case .html: return HTMLExporter.export(map, sourceName: sourceName)
    }
  }

  /// The export's text alone.
  public static func text(
    _ map: JourneyMap, format: ExportFormat, view: ExportView = .journey, flavor: MarkdownFlavor = .slides,
    sourceName: String? = nil
  ) -> String {
    export(map, format: format, view: view, flavor: flavor, sourceName: sourceName).text
  }

  /// Where an export goes by default: next to the map, named after it.
  /// `maps/support.journey.json` → `maps/support.md`, `maps/support.blueprint.svg`.
  public static func defaultPath(forMap mapPath: String, format: ExportFormat, view: ExportView) -> String {
    var base = mapPath
    for suffix in [MapFormat.fileExtension, ".json"] where base.hasSuffix(suffix) {
      base.removeLast(suffix.count)
      break
    }
    if base.isEmpty { base = "journey" }
    if format == .markdown { return base + ".md" }
    if format == .html || format == .csv { return base + "." + format.fileExtension }
    return base + "." + view.rawValue + "." + format.fileExtension
  }
}
