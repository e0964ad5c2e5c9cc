/// The limits of the programs that draw journeymap's exports, in one place, and the warnings an
/// export gets when it goes past one. Each limit is the renderer's own, not a guess about taste:
/// past it the renderer refuses, draws an error message instead, or becomes unusable.
public enum RendererLimits {
  /// Mermaid's `maxEdges` (default 500): one more link and the flowchart does not render at all
  /// ("Edge limit exceeded"). A diagram cannot raise it: it is a secure setting that only the
  /// page embedding Mermaid may change.
  public static let mermaidEdges = 500

  /// Mermaid's `maxTextSize` (default 50,000), counted as JavaScript counts string length
  /// (UTF-16 code units): longer text draws only "Maximum text size in diagram exceeded". Also a
  /// secure setting.
  public static let mermaidTextSize = 50_000

  /// Graphviz's `dot` lays out a few hundred nodes in a second, 1,000 steps' blueprint in about
  /// one, but its time grows much faster than the graph: 5,000 steps took half a minute, and
  /// beyond that minutes. The picture is also unreadable by then.
  public static let graphvizNodes = 2_000

  /// Cairo, which draws Graphviz's PNGs, makes bitmaps of at most 32,767 pixels a side; `dot`
  /// scales a larger picture down to fit, often until nothing can be read.
  static let graphvizBitmapMessage = "too large for cairo-renderer bitmaps"

  /// The advice for any export too large for its renderer: a map of several stages is exported
  /// one stage at a time; a single huge stage can only be split.
  static func smallerExport(_ map: JourneyMap, otherwise: String) -> String {
    guard let first = map.stages.first, map.stages.count > 1 else { return "split the stage into smaller ones, or \(otherwise)" }
    // The first stage as an example, by name when the name can be pasted into a shell as is.
    let name = ExportText.clean(first.name)
    let pastable = !name.isEmpty && name.count <= 40 && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || " -_.,'".unicodeScalars.contains($0) }
    return "export one stage at a time (journeymap export --stage \"\(pastable ? name : first.id)\" …), or \(otherwise)"
  }

  /// Warnings for a Mermaid diagram of `map` with this text and this many links.
  static func mermaid(_ map: JourneyMap, text: String, edges: Int) -> [ExportWarning] {
    var warnings: [ExportWarning] = []
    if edges > mermaidEdges {
      warnings.append(
        ExportWarning(
          problem: "Mermaid draws at most \(mermaidEdges) links and this diagram has \(edges), so Mermaid will refuse it",
          advice: smallerExport(map, otherwise: "draw it with Graphviz (--format svg)")))
    }
    let size = text.utf16.count
    if size > mermaidTextSize {
      warnings.append(
        ExportWarning(
          problem: "Mermaid draws at most \(mermaidTextSize) characters and this diagram has \(size), so Mermaid will show an error instead",
          advice: smallerExport(map, otherwise: "draw it with Graphviz (--format svg)")))
    }
    return warnings
  }

  /// Warnings for a Graphviz graph of `map` with this many nodes.
  static func graphviz(_ map: JourneyMap, nodes: Int) -> [ExportWarning] {
    guard nodes > graphvizNodes else { return [] }
    return [
      ExportWarning(
        problem: "this graph has \(nodes) nodes; Graphviz's dot takes minutes to lay out more than \(graphvizNodes), and the picture is too large to read",
        advice: smallerExport(map, otherwise: "use the Markdown deck (--format md)"))
    ]
  }

  /// What `dot` printed while drawing (its stderr), as warnings: each line is Graphviz's own
  /// message, with advice for those journeymap knows.
  static func graphvizMessages(_ output: String, map: JourneyMap?) -> [ExportWarning] {
    output.split(whereSeparator: \.isNewline).map { line in
      let message = ExportText.clean(String(line))
      let advice: String
      if message.contains(graphvizBitmapMessage) {
        let other = "export svg, which has no such limit"
        advice = map.map { smallerExport($0, otherwise: other) } ?? other
      } else {
        advice = "this is Graphviz's message; the picture may be incomplete"
      }
      return ExportWarning(problem: message, advice: advice)
    }
  }
}
