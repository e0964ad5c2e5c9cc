import ArgumentParser
import JourneyMapCore

/// `journeymap [FILE]`: opens the editor.
struct Edit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Open FILE in the editor (the default when you run `journeymap FILE`)."
  )

  @Argument(help: "The map to open; created from the starter template when it does not exist.")
  var file: String?

  func run() throws {
    Console.error("journeymap: the editor is not available in this build yet; use `journeymap new`, `check` and `fmt`.")
    throw ExitCode(ExitStatus.usage)
  }
}
