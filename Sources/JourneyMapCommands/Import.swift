import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap import FILE`: a new map from a Mermaid journey diagram or a CSV of sticky notes.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Make a map from a Mermaid journey diagram (.mmd, .md) or a CSV of sticky notes (.csv).",
    discussion: """
      The format comes from --format or the file's extension: .mmd, .mermaid, .md and .markdown \
      are Mermaid (in Markdown, the first ```mermaid block holding a journey), .csv and .tsv are \
      sticky notes (Miro, Mural or a spreadsheet; docs/import.md gives the columns).

      The map is written next to the input as NAME.journey.json, or to -o FILE (-o - for \
      standard output). An existing file is never replaced without --force. FILE - reads \
      standard input (give --format; the map goes to standard output unless -o says otherwise).

      Problems in the input are printed as FILE:LINE:COLUMN: message. Warnings say what the \
      import changed or could not place (a clamped score, a sticky note put in "Unsorted"); the \
      map is still written. Exit status: 0 imported, 1 the input cannot be imported, 2 usage or \
      a file that cannot be read or written.
      """
  )

  @Argument(help: "The diagram or CSV to import (- for standard input).")
  var file: String

  @Option(name: .shortAndLong, help: "Where to write the map (default: next to FILE as NAME.journey.json; - for standard output).")
  var output: String?

  @Option(help: "mermaid or csv (default: from FILE's extension).")
  var format: ImportFormatOption?

  @Flag(help: "Replace the output file if it already exists.")
  var force = false

  func validate() throws {
    if format == nil && (file == LoadedFile.standardInput || ImportFormat(inferringFrom: file) == nil) {
      throw ValidationError("give --format mermaid or --format csv (the format cannot be told from \"\(file)\")")
    }
  }

  func run() throws {
    let format = self.format?.format ?? ImportFormat(inferringFrom: file)!
    let fromStandardInput = file == LoadedFile.standardInput
    let name = fromStandardInput ? "<stdin>" : file
    let destination = output ?? (fromStandardInput ? "-" : Importer.defaultOutputPath(forInput: file))
    let toStandardOutput = destination == "-"
    if !toStandardOutput && !fromStandardInput && MapFile.sameFile(destination, file) {
      throw CommandFailure.usage("\(destination) is the file being imported; choose another output")
    }
    let bytes: [UInt8]
    do {
      bytes = fromStandardInput ? try MapFile.readStandardInput() : try MapFile.readAll(file)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
    var ids = IDGenerator.fromEnvironment(ProcessInfo.processInfo.environment)
    let result = Importer.importMap(bytes, format: format, path: file, ids: &ids)
    for message in result.messages { Console.error(message.formatted(file: name)) }
    guard let map = result.map, result.errors.isEmpty else { throw CommandFailure.problems }
    let encoded = MapEncoder.encode(map)
    if toStandardOutput {
      Console.data(encoded)
      return
    }
    do throws(FileError) {
      try MapFile.write(encoded, to: destination, policy: force ? .replace : .refuseExisting)
    } catch {
      throw CommandFailure.usage(error.kind == .exists ? "\(destination) already exists; add --force to replace it" : error.description)
    }
    Console.error("imported \(name) into \(destination): \(map.stages.count) stages, \(map.steps.count) steps, \(result.warnings.count) warnings")
    if !destination.hasSuffix(MapFormat.fileExtension) {
      Console.error("note: name it *\(MapFormat.fileExtension) so that git diff and merge drivers apply to it")
    }
  }
}
