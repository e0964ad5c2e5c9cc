import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap export FILE --format …`: slides, pictures and diagrams from a map.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a map as Markdown slides, a web page, Graphviz DOT, Mermaid, an SVG/PNG picture, or CSV.",
    discussion: """
      The format comes from --format, or from the extension of -o (deck.md, map.dot, map.mmd, \
      map.svg, map.png). Without -o the export goes to standard output (SVG too; PNG needs -o).

      Markdown renders as a deck in Marp and pandoc, and reads as a document on GitHub:
        marp deck.md -o deck.html              (or --pdf)
        pandoc deck.md -o deck.pptx            (add --reference-doc corporate.pptx)
        pandoc -s -t revealjs deck.md -o deck.html
        pandoc -t beamer --pdf-engine=xelatex deck.md -o deck.pdf
      --flavor gfm writes one document without slide front matter.

      --format html writes one self-contained web page (no scripts, no downloads): open it in \
      a browser, or print it to PDF (landscape, one stage a page).

      --format slides -o DIR/ writes DIR/slides.md with the emotion curve and the service \
      blueprint as SVG pictures beside it (cd DIR before running pandoc, so it finds them).

      --view journey (default) draws the customer's journey; --view blueprint the service \
      blueprint: customer actions, frontstage, backstage and support with the three lines. \
      svg and png run Graphviz's `dot` (apt-get install graphviz).

      --format csv writes one sticky note per row (Stage, Step, Lane, Text…), the layout \
      `journeymap import` reads back: edit a map in a spreadsheet and import it again.

      --stage NAME exports one stage (by name or id) with the processes serving its steps: for \
      a map too large for its renderer (a warning says so), or a workshop on one stage.
      """
  )

  @Argument(help: "The map to export.")
  var file: String

  @Option(name: .shortAndLong, help: "markdown (md), html, slides (a directory), dot, mermaid (mmd), svg, png or csv.")
  var format: ExportFormatChoice?

  @Option(help: "journey or blueprint (DOT, SVG, PNG and Mermaid).")
  var view: ExportView = .journey

  @Option(help: "Markdown flavour: slides (Marp and pandoc) or gfm (one document).")
  var flavor: MarkdownFlavor = .slides

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output (never a *.journey.json).")
  var output: String?

  @Flag(help: "Replace the -o file if it already exists.")
  var force = false

  @Option(help: "Export only this stage (its name or id), with the processes serving its steps.")
  var stage: String?

  func validate() throws {
    if wantsSlidesDirectory { return try validateSlides() }
    if format == nil && output.flatMap(ExportFormat.init(inferringFrom:)) == nil {
      throw ValidationError("give --format (markdown, html, slides, dot, mermaid, svg, png, csv) or an -o file with one of those extensions (or DIR/ for slides)")
    }
    if resolvedFormat == .png && output == nil { throw ValidationError("png needs -o FILE (it is not text)") }
  }

  var resolvedFormat: ExportFormat {
    if case .file(let chosen) = format { return chosen }
    return output.flatMap(ExportFormat.init(inferringFrom:)) ?? .markdown
  }

  func write(_ bytes: FileBytes, to output: String) throws(CommandFailure) {
    do {
      try MapFile.write(bytes, to: output, policy: force ? .replace : .refuseExisting)
    } catch {
      let exists = error.kind == .exists
      throw CommandFailure.usage(exists ? "\(output) already exists; add --force to replace it" : error.description)
    }
  }

  func run() throws {
    guard case .valid(var map, _) = LoadedFile.load(file) else {
      throw MapFile.exists(file) ? CommandFailure.problems : CommandFailure.usage()
    }
    if let output, let refusal = ExportDestination.refusal(output: output, input: file) { throw CommandFailure.usage(refusal) }
    if let stage {
      do {
        map = map.restricted(toStage: try map.stage(matching: stage).id)
      } catch {
        throw CommandFailure.usage("\(file): \(error)")
      }
    }
    let name = (file as NSString).lastPathComponent
    if wantsSlidesDirectory { return try writeSlides(map, sourceName: name) }
    let format = resolvedFormat
    let export = Exporter.export(
      map, format: format, view: view, flavor: flavor, sourceName: name)
    KeptUntilExit.keep(map, export)
    // A renderer's limit is not an error: the export is written, and the user told what to do.
    for warning in export.warnings { Console.error("journeymap: warning: \(warning)") }
    var bytes = FileBytes.text(export.pieces)
    if format.needsGraphviz {
      do {
        let picture = try Graphviz.draw(export.text, format: format, map: map)
        bytes = .bytes(picture.bytes)
        for warning in picture.warnings { Console.error("journeymap: warning: \(warning)") }
      } catch {
        throw CommandFailure.usage("\(error)")
      }
    }
    if let output {
      try write(bytes, to: output)
      Console.error("wrote \(output)")
    } else {
      // On standard output an export is text for a terminal or a pipe: made safe like every
      // other output. Written to a file (-o), it keeps the map's text, escaped for its format.
      var text: String
      switch bytes {
      case .bytes(let picture): text = String(decoding: picture, as: UTF8.self)
      case .text: text = export.text
      }
      if format == .csv { text = CSVExporter.forStandardOutput(text) }
      Console.safeText(SafeText.lines(text))
    }
  }
}
