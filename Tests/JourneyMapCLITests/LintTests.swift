import Foundation
import Testing

/// `journeymap lint`: every rule has a map in `Tests/Fixtures/lint` that triggers it
/// (`RULE.fires.journey.json`) and a near miss that does not (`RULE.clean.journey.json`), and
/// what lint prints for each, as text and as JSON, is a golden file compared byte for byte
/// (`JOURNEYMAP_RECORD=1` rewrites them; read the diff before committing).
@Suite("Lint")
struct LintTests {
  static let directory = CLI.root.appendingPathComponent("Tests/Fixtures/lint")

  /// The rule ids, as `lint --rules` lists them.
  static var rules: [String] {
    get throws {
      let listing = try CLI.run(["lint", "--rules"])
      return listing.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != " " }) }
    }
  }

  static func golden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOURNEYMAP_RECORD"] == "1" {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected != nil, "missing golden \(name); JOURNEYMAP_RECORD=1 creates it", sourceLocation: sourceLocation)
    #expect(actual == expected, "differs from Tests/Fixtures/lint/\(name)", sourceLocation: sourceLocation)
  }

  @Test func everyRuleHasBothMaps() throws {
    let rules = try Self.rules
    #expect(rules.count >= 14)
    for rule in rules {
      for kind in ["fires", "clean"] {
        #expect(FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent("\(rule).\(kind).journey.json").path), "\(rule).\(kind)")
      }
    }
  }

  @Test("each rule fires on its map and not on the near miss, as the goldens say", arguments: try rules)
  func rule(_ rule: String) throws {
    for kind in ["fires", "clean"] {
      let file = "\(rule).\(kind).journey.json"
      let text = try CLI.run(["lint", file], in: Self.directory)
      let json = try CLI.run(["lint", "--format", "json", file], in: Self.directory)
      #expect(text.stderr.isEmpty && json.stderr.isEmpty, "\(text.stderr)\(json.stderr)")
      try Self.golden(text.stdout, "\(rule).\(kind).txt")
      try Self.golden(json.stdout, "\(rule).\(kind).json")
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
      let files = try #require(object["files"] as? [[String: Any]])
      let findings = try #require(files.first?["findings"] as? [[String: Any]])
      let rules = findings.compactMap { $0["rule"] as? String }
      if kind == "fires" {
        #expect(rules.contains(rule), "\(file) does not trigger \(rule)")
        #expect(text.stdout.contains(": \(rule): "))
        // Exit 1 when a finding is at or above the default --fail-on (warning).
        let severe = findings.contains { ($0["severity"] as? String) != "info" }
        #expect(text.status == (severe ? 1 : 0), "\(file): exit \(text.status)")
      } else {
        #expect(!rules.contains(rule), "\(file) triggers \(rule)")
        #expect(text.status == 0)
      }
    }
  }

  @Test func failOnChoosesTheSeverityThatFails() throws {
    let info = "step-without-feeling.fires.journey.json"
    #expect(try CLI.run(["lint", info], in: Self.directory).status == 0)
    #expect(try CLI.run(["lint", "--fail-on", "info", info], in: Self.directory).status == 1)
    let warning = "process-without-owner.fires.journey.json"
    #expect(try CLI.run(["lint", "--fail-on", "error", warning], in: Self.directory).status == 0)
    #expect(try CLI.run(["lint", "--fail-on", "error", "painful-mot-without-opportunity.fires.journey.json"], in: Self.directory).status == 1)
    let bad = try CLI.run(["lint", "--fail-on", "fatal", info], in: Self.directory)
    #expect(bad.status == 2)
  }

  @Test func usageAndUnreadableMapsExitWith2() throws {
    #expect(try CLI.run(["lint"]).status == 2)
    let missing = try CLI.run(["lint", "no-such.journey.json"], in: Self.directory)
    #expect(missing.status == 2 && missing.stderr.contains("no-such.journey.json"))
    let broken = try CLI.run(["lint", "Tests/Fixtures/broken/truncated.journey.json"])
    #expect(broken.status == 2 && !broken.stderr.isEmpty)
    // The current map x-lint names is missing: said, and exit 2.
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(
      at: Self.directory.appendingPathComponent("mot-not-improved.fires.journey.json"), to: dir.appendingPathComponent("future.journey.json"))
    let lost = try CLI.run(["lint", "future.journey.json"], in: dir)
    #expect(lost.status == 2 && lost.stderr.contains("x-lint names the current map"))
  }

  @Test func againstComparesWithTheGivenMapInsteadOfTheNamedOne() throws {
    let file = "future-without-current.fires.journey.json"
    let alone = try CLI.run(["lint", file], in: Self.directory)
    #expect(alone.stdout.contains(": future-without-current: info: "))
    let compared = try CLI.run(["lint", "--against", "mot-not-improved.current.journey.json", file], in: Self.directory)
    #expect(!compared.stdout.contains(": future-without-current: "))
    #expect(compared.stdout.contains("mot-not-improved: warning: moment of truth feels 0, the same as 0"))
    #expect(compared.status == 1)
    let unrelated = try CLI.run(["lint", "--against", "unrelated.current.journey.json", "mot-not-improved.clean.journey.json"], in: Self.directory)
    #expect(unrelated.stdout.contains(": current-map-unrelated: warning: "))
  }

  @Test func waivedFindingsAreListedOnRequestWithTheirReason() throws {
    let file = "unused-waiver.clean.journey.json"
    let plain = try CLI.run(["lint", file], in: Self.directory)
    #expect(plain.stdout == "\(file): no findings (1 waived in x-lint)\n")
    let listed = try CLI.run(["lint", "--waived", "--quiet", file], in: Self.directory)
    #expect(listed.stdout == "\(file): step \"Pays the fee\" (stp_pay): step-without-feeling: waived: no feeling captured (Asked in the next workshop)\n")
    #expect(try CLI.run(["lint", "--quiet", file], in: Self.directory).stdout.isEmpty)
  }

  @Test func aDirectoryMeansEveryMapUnderIt() throws {
    let result = try CLI.run(["lint", "--quiet", "--fail-on", "error", "Tests/Fixtures/lint"])
    let files = Set(result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) })
    #expect(files.contains("Tests/Fixtures/lint/painful-mot-without-opportunity.fires.journey.json"))
    #expect(files.contains("Tests/Fixtures/lint/stage-without-steps.fires.journey.json"))
    #expect(result.status == 1)  // the painful moment of truth and the broken settings are errors
  }

  @Test func theRulesAreListedWithWhyAndFix() throws {
    let listing = try CLI.run(["lint", "--rules"])
    #expect(listing.status == 0)
    #expect(listing.stdout.contains("mot-without-backstage (warning)\n  why: "))
    #expect(listing.stdout.split(separator: "\n").filter { $0.hasPrefix("  fix: ") }.count == (try Self.rules).count)
  }

  @Test func aFutureMapMadeFromACurrentOneRecordsItAndIsComparedWithIt() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("redesign"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("maps/support-call.journey.json"), to: dir.appendingPathComponent("current.journey.json"))
    let created = try CLI.run(["new", "redesign/future.journey.json", "--from", "current.journey.json", "--state", "future"], in: dir)
    #expect(created.status == 0, "\(created.stderr)")
    let text = try String(contentsOf: dir.appendingPathComponent("redesign/future.journey.json"), encoding: .utf8)
    #expect(text.contains("  \"x-lint\": {\n    \"current\": \"../current.journey.json\"\n  }\n"))
    // Nothing redesigned yet: every moment of truth feels as it does today.
    let lint = try CLI.run(["lint", "redesign/future.journey.json"], in: dir)
    #expect(lint.stdout.components(separatedBy: ": mot-not-improved: ").count - 1 == 2)
    #expect(lint.status == 1)
    // A copy in the current state records nothing.
    #expect(try CLI.run(["new", "copy.journey.json", "--from", "current.journey.json"], in: dir).status == 0)
    #expect(!(try String(contentsOf: dir.appendingPathComponent("copy.journey.json"), encoding: .utf8)).contains("x-lint"))
  }

  /// The editor reads the current map x-lint names, so its findings are lint's.
  @Test func theEditorComparesWithTheNamedCurrentMapToo() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["mot-not-improved.fires.journey.json", "mot-not-improved.current.journey.json"] {
      try FileManager.default.copyItem(at: Self.directory.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    let screen = dir.appendingPathComponent("screen.txt")
    let run = try CLI.run(
      ["mot-not-improved.fires.journey.json", "--keys", "}", "--size", "120x40", "--dump-screen", screen.path], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let text = try String(contentsOf: screen, encoding: .utf8)
    #expect(text.contains("mot-not-improved: moment of truth feels 0, the same as 0 in the current map"))
  }
}
