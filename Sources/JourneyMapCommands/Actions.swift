import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap actions FILE|DIR...`: what all the maps together ask of each owner.
struct Actions: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actions",
    abstract: "List every opportunity of the maps with its owner, status, impact, effort and due date, grouped by owner.",
    discussion: """
      Each opportunity comes with its map, stage and step, the pain points it addresses and the \
      moments of truth it serves. A directory means every *.journey.json under it.

      Formats: text (terminal), markdown, csv (RFC 4180, UTF-8 with a byte order mark, for \
      spreadsheets; a cell that starts with = + - @ gets a leading ' so it is never a formula), \
      json. --matrix draws the impact × effort matrix as text, markdown or dot.
      """
  )

  @Argument(help: "Maps, or directories of maps.")
  var files: [String]

  @Option(help: "Group by owner, status, map or impact.")
  var by: ActionList.Grouping = .owner

  @Option(help: "Only this owner's opportunities (repeat for several; case does not matter).")
  var owner: [String] = []

  @Option(help: "Only opportunities with this status: idea, planned, doing, done, dropped (repeat for several).")
  var status: [OpportunityStatus] = []

  @Flag(help: "Only open opportunities: not done, not dropped.")
  var open = false

  @Option(help: "text, markdown, csv or json; with --matrix: text, markdown or dot.")
  var format: ActionsFormat = .text

  @Flag(help: "Draw the impact × effort matrix instead of the list.")
  var matrix = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one map or directory") }
    if matrix && (format == .csv || format == .json) { throw ValidationError("--matrix draws text, markdown or dot") }
    if !matrix && format == .dot { throw ValidationError("dot is for --matrix; the list is text, markdown, csv or json") }
  }

  func run() throws {
    let paths: [String]
    do {
      paths = try MapPaths.expand(files)
    } catch {
      throw CommandFailure.usage("\(error.path): no such file or directory")
    }
    guard !paths.isEmpty else { throw CommandFailure.usage("no *.journey.json found in \(files.joined(separator: ", "))") }
    guard let maps = LoadedFile.loadForReading(paths) else { throw CommandFailure.usage() }
    let filter = ActionList.Filter(owners: owner, statuses: Set(status), openOnly: open)
    let list = ActionList(Array(zip(paths, maps)).map { (file: $0.0, map: $0.1) }, by: by, filter: filter)
    KeptUntilExit.keep(maps, list)
    let text: String
    switch (matrix, format) {
    case (true, .markdown): text = ActionMatrix(list).markdown()
    case (true, .dot): text = ActionMatrix(list).dot()
    case (true, _): text = ActionMatrix(list).text()
    case (false, .markdown): text = ActionMarkdown.render(list)
    case (false, .csv): text = ActionCSV.render(list)
    case (false, .json): text = ActionJSON.render(list)
    case (false, _): text = ActionText.render(list)
    }
    switch format {
    case .json, .csv:
      // JSON escapes its own text; the CSV holds cleaned text only (no control characters) and
      // must keep its CRLF line ends.
      Console.data(Array(text.utf8))
    default:
      Console.safeText(SafeText.lines(text))
    }
  }
}
