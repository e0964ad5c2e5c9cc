import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap merge-driver BASE OURS THEIRS [MARKER_SIZE PATH]`: git's merge driver.
struct MergeDriver: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-driver",
    abstract: "Three-way merge of maps by id, for git (set up with journeymap git-setup).",
    discussion: """
      Writes the merge to OURS, canonically. Exit 0 when clean; 1 when conflicts were recorded \
      in the file (under x-conflicts: journeymap check lists them, journeymap resolve settles \
      them). When both branches added the file (an empty BASE), merges against an empty map. If \
      any side is not a readable map, falls back to git merge-file and its markers.
      """
  )

  @Argument(help: "The common ancestor (git's %O).") var base: String
  @Argument(help: "Our version; the result is written here (git's %A).") var ours: String
  @Argument(help: "Their version (git's %B).") var theirs: String
  @Argument(help: "Conflict marker size (git's %L).") var markerSize: Int = 7
  @Argument(help: "The path in the repository (git's %P), for messages.") var path: String?

  func run() throws {
    let name = path ?? ours
    // Both branches adding the same file gives an empty ancestor: merge against an empty map, so
    // that both sides' stages and steps are kept and differing titles become recorded conflicts.
    let addedOnBothSides = MapFile.isEmptyRegularFile(base)
    let sides = addedOnBothSides ? [ours, theirs] : [base, ours, theirs]
    guard let maps = LoadedFile.loadForReading(sides) else {
      Console.error("journeymap: \(name): a side is not a readable map; falling back to git merge-file")
      if let failure = CommandFailure(worst: fallback()) { throw failure }
      return
    }
    let (b, o, t) = addedOnBothSides ? (JourneyMap(id: "", title: ""), maps[0], maps[1]) : (maps[0], maps[1], maps[2])
    let result = MapMerge.merge(base: b, ours: o, theirs: t)
    KeptUntilExit.keep(maps, result)
    do {
      try MapFile.write(MapEncoder.encode(result.map), to: ours)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
    if !result.conflicts.isEmpty {
      Console.error("journeymap: \(name): \(result.conflicts.count) conflict(s) recorded in the file:")
      for (i, conflict) in result.conflicts.enumerated() { Console.error("  \(i + 1). \(conflict.summary)") }
      Console.error("journeymap: settle them with `journeymap resolve \(name) --ours|--theirs` or in the editor, then git add")
      throw CommandFailure.problems
    }
  }

  /// git's own line merge, with standard conflict markers.
  func fallback() -> Int32 {
    let result = ExternalProgram.run(
      "git", ["merge-file", "--marker-size=\(markerSize)", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs])
    if result.status == 127 {
      Console.error("journeymap: cannot run git merge-file: \(result.output)")
      return ExitStatus.usage
    }
    return result.status == 0 ? 0 : ExitStatus.problems
  }
}

/// `journeymap resolve FILE --ours|--theirs`: settles recorded merge conflicts.
struct Resolve: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Settle merge conflicts recorded in a map by taking our or their side.",
    discussion: "Without --conflict, every conflict is settled. --list shows them, numbered."
  )

  @Argument(help: "The map with conflicts.") var file: String
  @Flag(help: "Keep our side.") var ours = false
  @Flag(help: "Take their side.") var theirs = false
  @Flag(help: "List the conflicts and change nothing.") var list = false
  @Option(name: .customLong("conflict"), help: "Only this conflict (as numbered by --list); repeatable.") var only: [Int] = []

  func validate() throws {
    if !list && ours == theirs { throw ValidationError("choose --ours or --theirs (or --list)") }
  }

  func run() throws {
    guard let map = LoadedFile.loadForReading(file) else { throw CommandFailure.problems }
    let conflicts = MergeConflict.recorded(in: map)
    if list || conflicts.isEmpty {
      if conflicts.isEmpty { Console.out("\(file): no conflicts") }
      for (i, conflict) in conflicts.enumerated() { Console.out("\(i + 1). \(conflict.summary)") }
      return
    }
    if let bad = only.first(where: { $0 < 1 || $0 > conflicts.count }) {
      Console.error("journeymap: there is no conflict \(bad) (1–\(conflicts.count))")
      throw CommandFailure.usage()
    }
    let outcome: ConflictResolver.Outcome
    do {
      outcome = try ConflictResolver.resolve(map, choosing: ours ? .ours : .theirs, only: only.isEmpty ? nil : Set(only.map { $0 - 1 }))
    } catch {
      Console.error("journeymap: \(error)")
      throw CommandFailure.problems
    }
    // Settling never writes a map that does not pass check (a hand-edited conflict record can
    // hold anything): the file stays as it is and the reason is said.
    let remainingProblems = MapValidator.validate(outcome.map).filter { !$0.isUnresolvedConflict }
    if let problem = remainingProblems.first {
      throw CommandFailure.usage("\(file): settling would give an invalid map (\(problem.path) \(problem.message)); nothing was written")
    }
    do {
      try MapFile.write(MapEncoder.encode(outcome.map), to: file)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
    for note in outcome.notes { Console.out("note: \(note)") }
    let remaining = MergeConflict.recorded(in: outcome.map).count
    Console.out("\(file): resolved \(outcome.resolved) conflict(s) with \(ours ? "ours" : "theirs"); \(remaining) remain")
  }
}
