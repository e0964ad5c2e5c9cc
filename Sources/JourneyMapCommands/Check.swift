import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap check FILE...`: validates maps.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate maps and print every problem as FILE:LINE:COLUMN: message.",
    discussion: "Exit status: 0 all valid, 1 a file has problems, 2 a file could not be read."
  )

  @Argument(help: "The maps to check.")
  var files: [String]

  @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
  var quiet = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one FILE to check") }
  }

  func run() throws {
    var status = ExitStatus.success
    for file in files {
      switch LoadedFile.load(file) {
      case .unreadable:
        status = ExitStatus.usage
      case .invalid:
        if status == ExitStatus.success { status = ExitStatus.problems }
      case .valid(let map, _):
        if !quiet {
          Console.out("\(file): ok (\(map.stages.count) stages, \(map.steps.count) steps, \(map.processes.count) processes)")
        }
      }
    }
    if let failure = CommandFailure(worst: status) { throw failure }
  }
}

/// Reading a map for a command: every problem is printed, so commands only decide what to do.
enum LoadedFile {
  case unreadable
  case invalid
  case valid(JourneyMap, bytes: [UInt8])

  /// The file name that means standard input.
  static let standardInput = "-"

  /// A map without a single problem (`check`, `fmt`, `export`, `new --from`); problems go to
  /// standard output, or to standard error when standard output carries the map (`fmt -`).
  static func load(_ file: String) -> LoadedFile {
    let result: Result<(map: JourneyMap, bytes: [UInt8]), MapDocument.ReadFailure>
    if file == standardInput {
      do {
        let bytes = try MapFile.readStandardInput()
        result = MapDocument.decode(bytes, accepting: .valid).map { ($0.map, bytes) }
      } catch {
        result = .failure(.unreadable(error))
      }
    } else {
      result = MapDocument(path: file).read(accepting: .valid).map { ($0.map, $0.bytes) }
    }
    switch result {
    case .success(let loaded):
      // A one-shot command: the map lives until the process exits, never freed piece by piece.
      KeptUntilExit.keep(loaded.map)
      return .valid(loaded.map, bytes: loaded.bytes)
    case .failure(.unreadable(let error)):
      Console.error("journeymap: \(error)")
      return .unreadable
    case .failure(.invalid(_, let problems)):
      let name = file == standardInput ? "<stdin>" : file
      for problem in problems {
        if file == standardInput { Console.error(problem.formatted(file: name)) } else { Console.out(problem.formatted(file: name)) }
      }
      return .invalid
    }
  }

  /// A map to read (diff, merge, resolve): recorded merge conflicts are allowed, other problems
  /// are printed to standard error.
  static func loadForReading(_ file: String) -> JourneyMap? {
    switch MapDocument(path: file).read(accepting: .allowingConflicts) {
    case .success(let contents):
      return contents.map
    case .failure(.unreadable(let error)):
      Console.error("journeymap: \(error)")
    case .failure(.invalid(_, let problems)):
      for problem in problems { Console.error(problem.formatted(file: file)) }
    }
    return nil
  }
}
