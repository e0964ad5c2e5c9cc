import Foundation
import JourneyMapCore
import Testing

/// A map whose text attacks every output of `lint` and `actions`: terminal escape sequences in
/// titles and owners, spreadsheet formulas, Markdown and HTML, DOT label syntax, CSV quoting.
enum HostileActions {
  /// Cell starts a spreadsheet evaluates, and text each format must keep inert.
  static let formulas = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "＝1+1"]
  static let markup = ["<script>alert(1)</script>", "[click](javascript:alert(1))", "a | b", "\"quoted\", with comma", "line\nbreak", "}\"]; evil [label=\""]

  static func map() throws -> JourneyMap {
    var map = try TerminalSafetyTests.hostileMap()
    var n = 0
    for i in map.steps.indices {
      for o in map.steps[i].opportunities.indices {
        n += 1
        let attacks = formulas + markup
        map.steps[i].opportunities[o].text = attacks[(n - 1) % attacks.count] + " " + TerminalSafetyTests.attack(n)
        map.steps[i].opportunities[o].owner = [formulas[(n - 1) % formulas.count], TerminalSafetyTests.attack(n)][n % 2]
        map.steps[i].opportunities[o].status = OpportunityStatus.allCases[n % 5]
        map.steps[i].opportunities[o].impact = Level.allCases[n % 3]
        map.steps[i].opportunities[o].effort = Level.allCases[(n + 1) % 3]
        map.steps[i].opportunities[o].link = "https://tracker.example/a?b=<script>&c=\"d\"|e(f)[g]"
      }
      map.steps[i].title = markup[i % markup.count] + " " + TerminalSafetyTests.attack(i)
      // Findings everywhere: no touchpoints, no feelings, an unowned opportunity.
      map.steps[i].touchpoints = []
      map.steps[i].feeling = nil
    }
    map.steps[0].opportunities.append(Opportunity(id: "op_unowned", text: "=cmd|' /C calc'!A0 " + TerminalSafetyTests.attack(1)))
    map.stages.append(Stage(id: "stg_empty", name: "Empty " + TerminalSafetyTests.attack(2)))
    return map
  }

  /// Writes the map into a directory and returns its path.
  static func write(in directory: URL) throws -> String {
    let path = directory.appendingPathComponent("hostile.journey.json").path
    try MapFile.write(MapEncoder.encode(try map()), to: path)
    return path
  }
}

@Suite("Hostile text through lint and actions")
struct HostileActionTests {
  @Test func theHostileMapIsValidAndFullOfFindings() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try HostileActions.write(in: dir)
    #expect(try CLI.run(["check", path]).status == 0)
    let lint = try CLI.run(["lint", path])
    #expect(lint.status == 1)
    #expect(lint.stdout.contains(": opportunity-without-owner: ") && lint.stdout.contains(": stage-without-steps: "))
  }

  @Test("nothing raw reaches the terminal", arguments: [
    ["lint"], ["lint", "--waived"], ["lint", "--format", "json"], ["actions"], ["actions", "--by", "status"], ["actions", "--format", "markdown"],
    ["actions", "--format", "json"], ["actions", "--matrix"], ["actions", "--matrix", "--format", "markdown"], ["actions", "--matrix", "--format", "dot"],
  ])
  func terminalSafe(_ command: [String]) throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(command + [try HostileActions.write(in: dir)])
    #expect(result.status <= 1, "\(result.stderr)")
    #expect(!result.stdout.isEmpty)
    TerminalSafetyTests.expectSafe(result, command.joined(separator: " "))
  }

  @Test func theCSVIsTerminalSafeAndNoCellIsAFormula() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["actions", "--format", "csv", try HostileActions.write(in: dir)])
    #expect(result.status == 0)
    // Its only control characters are the CRLF line ends RFC 4180 asks for.
    TerminalSafetyTests.expectSafe(result.stdout.replacingOccurrences(of: "\r\n", with: "\n"), "actions --format csv")
    #expect(!result.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    // Every field of every row, as a spreadsheet splits them: none starts a formula.
    for line in result.stdout.dropFirst().split(separator: "\r\n") {
      for field in Self.fields(String(line)) {
        #expect(!["=", "+", "-", "@", "＝"].contains(field.first.map(String.init) ?? ""), "formula cell: \(field)")
      }
    }
    #expect(result.stdout.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") text"))
    #expect(result.stdout.contains(",'+1+1 text") && result.stdout.contains(",'@SUM(A1:A2) text"))
  }

  /// RFC 4180 fields of one record (no line breaks inside: the export cleans them out).
  static func fields(_ line: String) -> [String] {
    var out: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(line)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.append("\"")
            chars = chars.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        quoted = true
      } else if c == "," {
        out.append(field)
        field = ""
      } else {
        field.append(c)
      }
    }
    out.append(field)
    return out
  }

  @Test func markdownKeepsMapTextInert() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["actions", "--format", "markdown", try HostileActions.write(in: dir)])
    let text = result.stdout
    #expect(!text.contains("<script>") && text.contains("\\<script\\>"))
    #expect(!text.contains("[click](javascript") && text.contains("\\[click\\](javascript:alert(1))"))
    // Each table row keeps its columns: a | in map text is escaped.
    for line in text.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| |") {
      let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
      #expect(cells == 11, "\(line)")
    }
    // The tracked link is the only link, percent-encoded so that nothing in it ends it early.
    #expect(text.contains("](https://tracker.example/a?b=%3Cscript%3E&c=%22d%22%7Ce%28f%29%5Bg%5D)"))
  }

  @Test func theDotMatrixKeepsLabelsInert() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLI.run(["actions", "--matrix", "--format", "dot", try HostileActions.write(in: dir)])
    #expect(!result.stdout.contains("<script>") && result.stdout.contains("&lt;script&gt;"))
    #expect(!result.stdout.contains("evil [label=\""))
    if let dot = ExternalProgram.find("dot") {
      try Data(result.stdout.utf8).write(to: dir.appendingPathComponent("m.dot"))
      let drawn = ExternalProgram.run(dot, ["-Tsvg", dir.appendingPathComponent("m.dot").path])
      #expect(drawn.status == 0, "\(drawn.output.prefix(400))")
    } else {
      Requirement.unmet("Graphviz dot, to draw the matrix")
    }
  }
}
