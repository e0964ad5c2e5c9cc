import ArgumentParser
import Foundation
import JourneyMapCore

/// The `journeymap` command: subcommands for files, and the editor when given just a file.
public struct JourneyMapCommand: ParsableCommand {
  public static let version = "0.1.0"

  public static let configuration = CommandConfiguration(
    commandName: "journeymap",
    abstract: "Build customer journey maps live in a workshop, export them, keep them in git.",
    discussion: """
      Maps are plain `.journey.json` files, written canonically so that git diffs show only what \
      changed. Run `journeymap FILE` to open the editor.

      Exit status: 0 success, 1 the file has problems (or differs), 2 usage or I/O error.
      """,
    version: version,
    subcommands: [
      Edit.self, New.self, Check.self, Fmt.self, Export.self, Import.self, Diff.self, Textconv.self, MergeDriver.self, Resolve.self,
      Lint.self, Actions.self, GitSetup.self, Keys.self, Present.self,
    ],
    defaultSubcommand: Edit.self
  )

  public init() {}

  /// Parses the process arguments, runs the command and exits with the documented status.
  ///
  /// ArgumentParser exits with 64 on usage errors; journeymap promises 2 (like `diff` and
  /// `grep`), so usage errors are caught here and reported the same way.
  public static func runAndExit(_ arguments: [String]? = nil) -> Never {
    // Past a file-size limit (ulimit -f) a write must fail with an error we can report, not
    // kill the process before it can say so.
    signal(SIGXFSZ, SIG_IGN)
    if arguments == nil {
      HugePages.restartForLargeInput(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(0)
    } catch let failure as CommandFailure {
      if let message = failure.message { Console.error("journeymap: " + message) }
      Foundation.exit(failure.status)
    } catch {
      // ArgumentParser's own outcomes: help and version (status 0), usage errors, ExitCode.
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { Console.out(message) }
        Foundation.exit(ExitStatus.success)
      }
      if !message.isEmpty { Console.error(message) }
      Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
    }
  }
}

/// The one error a command throws: which exit status it ends with, and what to say, if the
/// command has not already said it. `runAndExit` maps it, in one place.
enum CommandFailure: Error {
  /// Exit 1: a file has problems, is not canonical, or differs; already reported.
  case problems
  /// Exit 2: bad usage, or a file that cannot be read or written.
  case usage(String? = nil)

  /// The failure for the worst status of several files (nil when all succeeded).
  init?(worst status: Int32) {
    switch status {
    case ExitStatus.success: return nil
    case ExitStatus.problems: self = .problems
    default: self = .usage()
    }
  }

  var status: Int32 {
    switch self {
    case .problems: return ExitStatus.problems
    case .usage: return ExitStatus.usage
    }
  }

  var message: String? {
    if case .usage(let message) = self { return message }
    return nil
  }
}

/// Exit statuses scripts can rely on.
public enum ExitStatus {
  public static let success: Int32 = 0
  /// The file has problems, is not canonical, or (for diff) differs.
  public static let problems: Int32 = 1
  /// Bad usage or an I/O error: the command could not do its job.
  public static let usage: Int32 = 2
}
