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
    if status != ExitStatus.success { throw ExitCode(status) }
  }
}

/// Reading a map for a command: every problem is printed, so commands only decide what to do.
enum LoadedFile {
  case unreadable
  case invalid
  case valid(JourneyMap, bytes: [UInt8])

  /// The file name that means standard input.
  static let standardInput = "-"

  static func load(_ file: String) -> LoadedFile {
    let bytes: [UInt8]
    do {
      bytes = file == standardInput ? try MapFile.readStandardInput() : try MapFile.readAll(file)
    } catch {
      Console.error("journeymap: \(error)")
      return .unreadable
    }
    let result = MapLoader.load(bytes)
    guard let map = result.validMap else {
      let name = file == standardInput ? "<stdin>" : file
      for problem in result.problems {
        // On standard input, standard output is the formatted map: problems go to stderr.
        if file == standardInput { Console.error(problem.formatted(file: name)) } else { Console.out(problem.formatted(file: name)) }
      }
      return .invalid
    }
    KeptUntilExit.keep(map)
    return .valid(map, bytes: bytes)
  }
}
