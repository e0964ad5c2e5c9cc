import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap new FILE`: writes a starter map, or a copy of another map.
struct New: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create a starter map: a few stages with empty steps, ready for a first workshop.",
    discussion: """
      Refuses to overwrite an existing file. With --from, copies an existing map instead, keeping \
      its ids, so that `journeymap new future.journey.json --from current.journey.json --state \
      future` followed by `journeymap diff current.journey.json future.journey.json` reads as the \
      redesign.
      """
  )

  @Argument(help: "The file to create, e.g. onboarding.journey.json.")
  var file: String

  @Option(help: "The map's title.")
  var title: String?

  @Option(help: "The persona whose journey this is.")
  var persona: String?

  @Option(help: "Copy this map (ids and all) instead of starting from the template.")
  var from: String?

  @Option(help: "The stages to start with, separated by commas: \"Order, Installation day, First bill\".")
  var stages: String?

  @Option(help: "The map's state: today's journey or the one being designed.")
  var state: MapState?

  func validate() throws {
    if from != nil && stages != nil { throw ValidationError("--stages starts a new map; --from copies one: give one of them") }
  }

  func run() throws {
    if MapFile.exists(file) {
      throw CommandFailure.usage("\(file): already exists; not overwriting it")
    }
    var ids = IDGenerator.fromEnvironment(ProcessInfo.processInfo.environment)
    var map: JourneyMap
    var sourceState: MapState? = nil
    if let from {
      guard case .valid(let source, _) = LoadedFile.load(from) else {
        throw MapFile.exists(from) ? CommandFailure.problems : CommandFailure.usage()
      }
      map = source
      sourceState = source.state
      if let title { map.title = title }
      if let persona { map.persona.name = persona }
    } else {
      let names = stages.map { $0.split(separator: ",").map { $0.trimmedSpaces.nfc }.filter { !$0.isEmpty } }
      if let names, names.isEmpty { throw CommandFailure.usage("--stages needs at least one stage name") }
      map = StarterMap.make(title: title, persona: persona, stages: names, ids: &ids)
    }
    if let state { map.state = state }
    if let from, map.state == .future, sourceState == .current {
      // The redesign remembers what it redesigns: lint compares its moments of truth with it.
      map.recordCurrentMap(MapPaths.written(from, from: file))
    }
    do {
      try MapFile.write(MapEncoder.encode(map), to: file, policy: .refuseExisting)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
    if let from {
      Console.out("created \(file) from \(from) (\(map.state.rawValue) state, same ids): journeymap diff \(from) \(file) shows the redesign")
    } else {
      Console.out("created \(file): \(map.stages.count) stages, \(map.steps.count) empty steps")
    }
    if !file.hasSuffix(MapFormat.fileExtension) {
      Console.error("note: name it *\(MapFormat.fileExtension) so that git diff and merge drivers apply to it")
    }
  }
}
