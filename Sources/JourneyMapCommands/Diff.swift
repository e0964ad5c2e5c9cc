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
  var color: String = "auto"

  @Option(help: "text, or json for scripts.")
  var format: String = "text"

  func validate() throws {
    guard ["auto", "always", "never"].contains(color) else { throw ValidationError("--color is auto, always or never") }
    guard ["text", "json"].contains(format) else { throw ValidationError("--format is text or json") }
  }

  func run() throws {
    guard let maps = LoadedFile.loadForReading([old, new]) else { throw ExitCode(ExitStatus.usage) }
    let (a, b) = (maps[0], maps[1])
    let changes = MapDiff.compare(a, b)
    if format == "json" {
      print(DiffReport.json(changes), terminator: "")
    } else if !changes.isEmpty {
      let useColor = color == "always" || (color == "auto" && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
      print(DiffReport.text(changes, oldName: old, newName: new, stages: b.stages.map { ($0.id, $0.name) }, color: useColor), terminator: "")
    }
    if !changes.isEmpty { throw ExitCode(ExitStatus.problems) }
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
    let bytes: [UInt8]
    do {
      bytes = try MapFile.readAll(file)
    } catch {
      Console.error("journeymap: \(error)")
      throw ExitCode(ExitStatus.usage)
    }
    if let map = MapLoader.load(bytes).map {
      KeptUntilExit.keep(map)
      print(Outline.text(map), terminator: "")
    } else {
      FileHandle.standardOutput.write(Data(bytes))
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

  /// A map to read (diff, merge): recorded merge conflicts are allowed, other problems are
  /// printed to standard error.
  static func loadForReading(_ file: String) -> JourneyMap? {
    let bytes: [UInt8]
    do {
      bytes = try MapFile.readAll(file)
    } catch {
      Console.error("journeymap: \(error)")
      return nil
    }
    let result = MapLoader.load(bytes)
    guard let map = result.mapWithConflicts else {
      for problem in result.problems { Console.error(problem.formatted(file: file)) }
      return nil
    }
    return map
  }
}
