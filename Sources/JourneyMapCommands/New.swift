import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap new FILE`: writes a starter map.
struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Create a starter map: a few stages with empty steps, ready for a first workshop.",
    discussion: "Refuses to overwrite an existing file."
  )

  @Argument(help: "The file to create, e.g. onboarding.journey.json.")
  var file: String

  @Option(help: "The map's title.")
  var title: String?

  @Option(help: "The persona whose journey this is.")
  var persona: String?

  func run() throws {
    if MapFile.exists(file) {
      Console.error("journeymap: \(file): already exists; not overwriting it")
      throw ExitCode(ExitStatus.problems)
    }
    var ids = IDGenerator.fromEnvironment(ProcessInfo.processInfo.environment)
    let map = StarterMap.make(title: title, persona: persona, ids: &ids)
    do {
      try MapFile.writeAtomically(MapEncoder.encode(map), to: file, createOnly: true)
    } catch {
      Console.error("journeymap: \(error)")
      throw ExitCode(ExitStatus.usage)
    }
    Console.out("created \(file): \(map.stages.count) stages, \(map.steps.count) empty steps")
    if !file.hasSuffix(MapFormat.fileExtension) {
      Console.error("note: name it *\(MapFormat.fileExtension) so that git diff and merge drivers apply to it")
    }
  }
}
