import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap diff A B`: what changed between two maps.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed between two maps, by stage and step, addressed by id and name.",
    discussion: "Exit status, like diff: 0 the maps are the same, 1 they differ, 2 an error."
  )

  @Argument(help: "The older map.")
  var old: String

  @Argument(help: "The newer map.")
  var new: String

  @Option(help: "auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: ColorChoice = .auto

  @Option(help: "text, or json for scripts.")
  var format: ReportFormat = .text

  func run() throws {
    guard let maps = LoadedFile.loadForReading([old, new]) else { throw CommandFailure.usage() }
    let (a, b) = (maps[0], maps[1])
    let changes = MapDiff.compare(a, b)
    switch format {
    case .json:
      Console.data(Array(DiffReport.json(changes).utf8))
    case .text where !changes.isEmpty:
      // The report makes map text safe itself, then adds its colours.
      Console.safeText(
        DiffReport.text(changes, oldName: old, newName: new, stages: b.stages.map { ($0.id, $0.name) }, color: color.isOn(forDescriptor: 1)))
    case .text: break
    }
    if !changes.isEmpty { throw CommandFailure.problems }
  }
}

/// `journeymap textconv FILE`: the outline git shows in diffs.
struct Textconv: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "textconv",
    abstract: "Print a line-by-line outline of a map, for git diff (see git-setup).",
    discussion: "A file that is not a valid map is printed as it is, so git can still show it."
  )

  @Argument(help: "The map.")
  var file: String

  func run() throws {
    // git shows this in `git log -p` and `git diff`, on a terminal: every byte of it is made
    // safe, including a file that is not a map at all.
    switch MapDocument(path: file).read(accepting: .anyDecodable) {
    case .success(let contents):
      KeptUntilExit.keep(contents.map)
      Console.safeText(SafeText.lines(Outline.text(contents.map)))
    case .failure(.invalid(let bytes, _)):
      Console.safeText(SafeText.lines(String(decoding: bytes, as: UTF8.self)))
    case .failure(.unreadable(let error)):
      throw CommandFailure.usage("\(error)")
    }
  }
}

extension LoadedFile {
  /// Several maps to read, loaded at once; nil if one cannot be read. As when they are read one
  /// after the other, only the first failure is reported.
  static func loadForReading(_ files: [String]) -> [JourneyMap]? {
    var maps: [JourneyMap] = []
    for (file, outcome) in zip(files, MapLoader.loadFiles(files)) {
      switch outcome {
      case .failure(let error):
        Console.error("journeymap: \(error)")
        return nil
      case .success(let result):
        guard let map = result.mapWithConflicts else {
          for problem in result.problems { Console.error(problem.formatted(file: file)) }
          return nil
        }
        maps.append(map)
      }
    }
    KeptUntilExit.keep(maps)
    return maps
  }
}
