import ArgumentParser
import JourneyMapEditor

/// `journeymap keys`: the editor's action table.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Print every editor key and : command (the same table as the ? help screen)."
  )

  @Flag(help: "As a Markdown table (what the README holds).")
  var markdown = false

  func run() throws {
    Console.safeText(markdown ? ActionTable.markdown : ActionTable.plainText)
  }
}
