import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap git-setup`: the attributes and config that make git diff and merge maps well.
struct GitSetup: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "git-setup",
    abstract: "Set up git to diff maps as outlines and merge them by id (idempotent).",
    discussion: """
      Adds `*.journey.json text eol=lf diff=journeymap merge=journeymap` to the repository's \
      .gitattributes (commit it), and sets the diff and merge drivers in the repository's git \
      config (or yours with --global). Drivers cannot be committed (git will not run commands \
      named by a repository), so each clone runs this once; without it git falls back to plain \
      text diffs and merges. --check only reports what is missing (exit 1 if anything is).
      """
  )

  @Flag(help: "Configure the drivers in your global git config instead of this repository's.")
  var global = false

  @Flag(help: "Report what is missing; change nothing.")
  var check = false

  static let attributesLine = "*.journey.json text eol=lf diff=journeymap merge=journeymap"

  func run() throws {
    let command = Self.journeymapCommand()
    let settings: [(String, String)] = [
      ("diff.journeymap.textconv", "\(command) textconv"),
      // git keeps each blob's outline (in refs/notes/textconv/journeymap), so `git log -p`
      // over many commits runs journeymap once per version of a map, not once per diff.
      ("diff.journeymap.cachetextconv", "true"),
      ("diff.journeymap.xfuncname", "^#+ .*$"),
      ("merge.journeymap.name", "journeymap three-way merge by id"),
      ("merge.journeymap.driver", "\(command) merge-driver %O %A %B %L %P"),
    ]
    let scope = global ? "--global" : "--local"
    var missing = 0
    for (key, value) in settings {
      let current = Git.run(["config", scope, "--get", key]).output.trimmingCharacters(in: .newlines)
      if current == value {
        Console.out("ok       \(key) = \(value)")
      } else if check {
        Console.out("missing  \(key) = \(value)" + (current.isEmpty ? "" : " (now: \(current))"))
        missing += 1
      } else {
        let result = Git.run(["config", scope, key, value])
        guard result.status == 0 else {
          Console.error("journeymap: git config \(key) failed: \(result.output)")
          throw CommandFailure.usage()
        }
        Console.out("set      \(key) = \(value)")
      }
    }
    let top = Git.run(["rev-parse", "--show-toplevel"])
    if top.status == 0 {
      let file = top.output.trimmingCharacters(in: .newlines) + "/.gitattributes"
      // A repository's .gitattributes may be a symlink to anywhere: never write through it.
      if MapFile.resolvingSymlinks(file) != file {
        throw CommandFailure.usage("\(file) is a symlink; add this line to it yourself: \(Self.attributesLine)")
      }
      let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
      if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == Self.attributesLine }) {
        Console.out("ok       .gitattributes: \(Self.attributesLine)")
      } else if check {
        Console.out("missing  .gitattributes: \(Self.attributesLine)")
        missing += 1
      } else {
        let updated = text + (text.isEmpty || text.hasSuffix("\n") ? "" : "\n") + Self.attributesLine + "\n"
        do {
          try MapFile.write(Array(updated.utf8), to: file)
        } catch {
          throw CommandFailure.usage("\(error)")
        }
        Console.out("added    .gitattributes: \(Self.attributesLine) (commit it)")
      }
    } else if !global {
      Console.error("journeymap: not inside a git repository (use --global to configure your user only)")
      throw CommandFailure.usage()
    }
    if check && missing > 0 { throw CommandFailure.problems }
  }

  /// How git should call journeymap: by name when that is this program, else by full path.
  static func journeymapCommand() -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let resolved = URL(fileURLWithPath: me).resolvingSymlinksInPath().path
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let candidate = URL(fileURLWithPath: "\(dir)/journeymap").resolvingSymlinksInPath().path
      if candidate == resolved { return "journeymap" }
    }
    return "'" + resolved.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// Running git.
enum Git {
  static func run(_ arguments: [String]) -> (status: Int32, output: String) {
    let result = ExternalProgram.run("git", arguments)
    return (result.status, result.output)
  }
}
