import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap lint FILE...`: what in a journey is unfinished or inconsistent.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check the journey and its blueprint for gaps: moments of truth nothing delivers, pain points nobody acts on, owners missing.",
    discussion: """
      `check` says whether a file is a valid map; `lint` says whether the journey is finished. \
      Each finding names its rule; `--rules` lists them with why they matter and how to fix them. \
      A map turns rules off, or waives single findings with a reason, in its "x-lint" setting \
      (docs/format.md). A future-state map is compared with the current-state map it names in \
      x-lint ("current") or with --against.

      Exit status: 0 no finding at or above --fail-on, 1 findings, 2 bad usage or a map that \
      cannot be read.
      """
  )

  @Argument(help: "The maps, or directories of maps (every *.journey.json under them).")
  var files: [String] = []

  @Option(help: "text, or json for scripts.")
  var format: ReportFormat = .text

  @Option(name: .customLong("fail-on"), help: "The lowest severity that fails: error, warning or info.")
  var failOn: LintSeverity = .warning

  @Option(help: "The current-state map to compare moments of truth with (instead of the one x-lint names).")
  var against: String?

  @Flag(name: .shortAndLong, help: "Print nothing for maps without findings.")
  var quiet = false

  @Flag(help: "Also list the findings x-lint waives, with their reasons.")
  var waived = false

  @Flag(help: "List every rule: id, severity, why it matters, how to fix it.")
  var rules = false

  func validate() throws {
    if files.isEmpty && !rules { throw ValidationError("give at least one FILE or directory to lint") }
  }

  func run() throws {
    if rules {
      Console.safeText(SafeText.lines(LintReport.rules))
      return
    }
    let paths: [String]
    do {
      paths = try MapPaths.expand(files)
    } catch {
      throw CommandFailure.usage("\(error.path): no such file or directory")
    }
    var status = ExitStatus.success
    var given: JourneyMap? = nil
    if let against {
      guard let map = LoadedFile.loadForReading(against) else { throw CommandFailure.usage() }
      given = map
    }
    var reports: [LintReport.File] = []
    for path in paths {
      guard let map = LoadedFile.loadForReading(path) else {
        status = ExitStatus.usage
        continue
      }
      var current = given
      if current == nil, let named = LintSettings(map).current {
        let currentPath = MapPaths.relative(named, to: path)
        guard let loaded = LoadedFile.loadForReading(currentPath) else {
          Console.error("journeymap: \(path): x-lint names the current map \(named), which cannot be read")
          status = ExitStatus.usage
          continue
        }
        current = loaded
      }
      let result = Linter.run(map, current: current)
      reports.append(LintReport.File(path: path, map: map, result: result))
      if result.fails(at: failOn) && status == ExitStatus.success { status = ExitStatus.problems }
    }
    KeptUntilExit.keep(reports)
    switch format {
    case .text: Console.safeText(SafeText.lines(LintReport.text(reports, quiet: quiet, showWaived: waived)))
    case .json: Console.data(Array(LintReport.json(reports).utf8))
    }
    if let failure = CommandFailure(worst: status) { throw failure }
  }
}
