import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap fmt FILE...`: rewrites maps canonically.
struct Fmt: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Rewrite maps in the canonical layout (what the editor writes).",
    discussion: """
      Files with problems are reported and left untouched. With --check nothing is written: \
      files that are not canonical are listed and the exit status is 1. FILE `-` reads standard \
      input and writes the canonical map to standard output (for editor integrations).
      """
  )

  @Argument(help: "The maps to format.")
  var files: [String]

  @Flag(help: "Only report files that are not canonical.")
  var check = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one FILE to format") }
  }

  func run() throws {
    var status = ExitStatus.success
    func worsen(_ s: Int32) { status = max(status, s) }
    for file in files {
      let map: JourneyMap
      var bytes: [UInt8]
      switch LoadedFile.load(file) {
      case .unreadable:
        worsen(ExitStatus.usage)
        continue
      case .invalid:
        worsen(ExitStatus.problems)
        continue
      case .valid(let loaded, let loadedBytes):
        map = loaded
        bytes = loadedBytes
      }
      let size = bytes.count
      let toStandardOutput = file == LoadedFile.standardInput && !check
      // The input is not needed again when the map goes to standard output: free it first.
      if toStandardOutput { bytes = [] }
      let canonical = MapEncoder.encode(map, expectedSize: size)
      if toStandardOutput {
        Console.data(canonical)
        continue
      }
      if canonical == bytes { continue }
      if check {
        Console.out("\(file): not canonical (run: journeymap fmt \(file))")
        worsen(ExitStatus.problems)
        continue
      }
      do {
        try MapFile.write(canonical, to: file)
        Console.out("formatted \(file)")
      } catch {
        Console.error("journeymap: \(error)")
        worsen(ExitStatus.usage)
      }
    }
    if let failure = CommandFailure(worst: status) { throw failure }
  }
}
