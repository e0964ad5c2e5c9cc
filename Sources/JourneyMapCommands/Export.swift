import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap export FILE --format …`: slides, pictures and diagrams from a map.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a map as Markdown slides, Graphviz DOT, Mermaid, or an SVG/PNG picture.",
    discussion: """
      The format comes from --format, or from the extension of -o (deck.md, map.dot, map.mmd, \
      map.svg, map.png). Without -o the export goes to standard output (SVG too; PNG needs -o).

      Markdown renders as a deck in Marp and pandoc, and reads as a document on GitHub:
        marp deck.md -o deck.html              (or --pdf)
        pandoc deck.md -o deck.pptx            (add --reference-doc corporate.pptx)
        pandoc -s -t revealjs deck.md -o deck.html
        pandoc -t beamer --pdf-engine=xelatex deck.md -o deck.pdf
      --flavor gfm writes one document without slide front matter.

      --view journey (default) draws the customer's journey; --view blueprint the service \
      blueprint: customer actions, frontstage, backstage and support with the three lines. \
      svg and png run Graphviz's `dot` (apt-get install graphviz).
      """
  )

  @Argument(help: "The map to export.")
  var file: String

  @Option(name: .shortAndLong, help: "markdown (md), dot, mermaid (mmd), svg or png.")
  var format: String?

  @Option(help: "journey or blueprint (DOT, SVG, PNG and Mermaid).")
  var view: String = "journey"

  @Option(help: "Markdown flavour: slides (Marp and pandoc) or gfm (one document).")
  var flavor: String = "slides"

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    if let format, ExportFormat(name: format) == nil {
      throw ValidationError("unknown format \"\(format)\": use markdown, dot, mermaid, svg or png")
    }
    if format == nil && output.flatMap(ExportFormat.init(inferringFrom:)) == nil {
      throw ValidationError("give --format (markdown, dot, mermaid, svg, png) or an -o file with one of those extensions")
    }
    guard ExportView(rawValue: view) != nil else { throw ValidationError("--view is journey or blueprint") }
    guard MarkdownFlavor(rawValue: flavor) != nil else { throw ValidationError("--flavor is slides or gfm") }
    if resolvedFormat == .png && output == nil { throw ValidationError("png needs -o FILE (it is not text)") }
  }

  var resolvedFormat: ExportFormat {
    format.flatMap(ExportFormat.init(name:)) ?? output.flatMap(ExportFormat.init(inferringFrom:)) ?? .markdown
  }

  func run() throws {
    guard case .valid(let map, _) = LoadedFile.load(file) else {
      throw ExitCode(MapFile.exists(file) ? ExitStatus.problems : ExitStatus.usage)
    }
    let format = resolvedFormat
    let name = (file as NSString).lastPathComponent
    let text = Exporter.text(
      map, format: format, view: ExportView(rawValue: view)!, flavor: MarkdownFlavor(rawValue: flavor)!, sourceName: name)
    do {
      let bytes = format.needsGraphviz ? try Graphviz.render(text, format: format) : Array(text.utf8)
      if let output {
        try MapFile.writeAtomicallyOrPlain(bytes, to: output)
        Console.error("wrote \(output)")
      } else {
        FileHandle.standardOutput.write(Data(bytes))
      }
    } catch let error as Graphviz.Failure {
      Console.error("journeymap: \(error)")
      throw ExitCode(ExitStatus.usage)
    } catch {
      Console.error("journeymap: \(error)")
      throw ExitCode(ExitStatus.usage)
    }
  }
}
