import Foundation
import JourneyMapCore
import Testing

/// `journeymap actions` on the example maps, in every format, compared byte for byte with
/// golden files in `Tests/Fixtures/actions` (`JOURNEYMAP_RECORD=1` rewrites them; read the
/// diff before committing). The CSV is read back by Python's `csv` module and must say what the
/// JSON says.
@Suite("Actions")
struct ActionsTests {
  static let directory = CLI.root.appendingPathComponent("Tests/Fixtures/actions")

  static func golden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOURNEYMAP_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    // Bytes, not strings: the CSV's byte order mark and CRLF line ends are part of it.
    let expected = try? Data(contentsOf: url)
    #expect(expected != nil, "missing golden \(name); JOURNEYMAP_RECORD=1 creates it", sourceLocation: sourceLocation)
    #expect(Data(actual.utf8) == expected, "differs from Tests/Fixtures/actions/\(name)", sourceLocation: sourceLocation)
  }

  static let cases: [(arguments: [String], golden: String)] = [
    (["--format", "text"], "maps.txt"),
    (["--format", "markdown"], "maps.md"),
    (["--format", "csv"], "maps.csv"),
    (["--format", "json"], "maps.json"),
    (["--matrix"], "matrix.txt"),
    (["--matrix", "--format", "markdown"], "matrix.md"),
    (["--matrix", "--format", "dot"], "matrix.dot"),
    (["--by", "status"], "by-status.txt"),
    (["--by", "map"], "by-map.txt"),
    (["--by", "impact", "--format", "markdown"], "by-impact.md"),
    (["--open", "--owner", "support operations", "--owner", "Legal"], "open-two-owners.txt"),
    (["--status", "doing", "--status", "planned", "--format", "csv"], "doing-or-planned.csv"),
  ]

  @Test("every format on all of maps/", arguments: cases.indices)
  func format(_ i: Int) throws {
    let (arguments, name) = Self.cases[i]
    let result = try CLI.run(["actions", "maps/"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    try Self.golden(result.stdout, name)
  }

  @Test func aDirectoryMeansEveryMapUnderItAndFilesWork() throws {
    let directory = try CLI.run(["actions", "--format", "json", "maps"])
    let files = try CLI.run(["actions", "--format", "json"] + ExampleMapLintTests.maps.map { $0 })
    // The same maps, named the same way: the same list.
    #expect(directory.stdout.replacingOccurrences(of: "maps//", with: "maps/") == files.stdout)
    #expect(directory.stdout.contains("\"map\": \"maps/support-call.journey.json\""))
  }

  @Test func filtersKeepOnlyWhatTheySay() throws {
    let json = try CLI.run(["actions", "maps/", "--format", "json", "--open"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let actions = (object["groups"] as? [[String: Any]] ?? []).flatMap { $0["actions"] as? [[String: Any]] ?? [] }
    #expect(!actions.isEmpty)
    #expect(actions.allSatisfy { !["done", "dropped"].contains($0["status"] as? String ?? "") })
    let all = try CLI.run(["actions", "maps/", "--format", "json"])
    #expect(all.stdout.contains("\"status\": \"done\"") && all.stdout.contains("\"status\": \"dropped\""))
    let legal = try CLI.run(["actions", "maps/", "--owner", "LEGAL"])
    #expect(legal.stdout.hasPrefix("2 opportunities, 2 open, by owner\n\nLegal (2 open of 2)\n"))
  }

  @Test func usageErrorsExitWith2() throws {
    #expect(try CLI.run(["actions"]).status == 2)
    #expect(try CLI.run(["actions", "maps/", "--format", "dot"]).status == 2)
    #expect(try CLI.run(["actions", "maps/", "--matrix", "--format", "csv"]).status == 2)
    #expect(try CLI.run(["actions", "maps/", "--by", "colour"]).status == 2)
    #expect(try CLI.run(["actions", "maps/", "--status", "someday"]).status == 2)
    #expect(try CLI.run(["actions", "no-such-directory"]).status == 2)
    #expect(try CLI.run(["actions", "Tests/Fixtures/broken/truncated.journey.json"]).status == 2)
  }

  /// The CSV opens in a spreadsheet as it is, and says what the JSON says: parsed back with
  /// Python's csv module, row by row and field by field, allowing only for the documented
  /// neutralisation of formula starts.
  @Test func theCSVReadsBackAsTheJSON() throws {
    guard let python = ExternalProgram.find("python3") else {
      Requirement.unmet("python3, to read the CSV back with its csv module")
      return
    }
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (maps, label) in [(["maps/"], "examples"), ([try HostileActions.write(in: dir)], "hostile")] {
      let csv = try CLI.run(["actions", "--format", "csv"] + maps)
      let json = try CLI.run(["actions", "--format", "json"] + maps)
      #expect(csv.status == 0 && json.status == 0, "\(label): \(csv.stderr)\(json.stderr)")
      try Data(csv.stdout.utf8).write(to: dir.appendingPathComponent("\(label).csv"))
      try Data(json.stdout.utf8).write(to: dir.appendingPathComponent("\(label).json"))
      let script = """
        import csv, json, sys
        raw = open(sys.argv[1], "rb").read()
        assert raw.startswith(b"\\xef\\xbb\\xbf"), "no byte order mark"
        assert b"\\r\\n" in raw and raw.count(b"\\n") == raw.count(b"\\r\\n"), "lines must end with CRLF"
        rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
        doc = json.load(open(sys.argv[2], encoding="utf-8"))
        items = [a for g in doc["groups"] for a in g["actions"]]
        assert len(rows) == len(items), (len(rows), len(items))
        def clean(s):
            s = "".join(" " if c in "\\n\\r\\t\\u2028\\u2029" else c for c in (s or ""))
            s = "".join(c for c in s if not (ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069))
            s = " ".join(s.split(" "))
            while "  " in s: s = s.replace("  ", " ")
            return s.strip(" ")
        def cell(s):
            s = clean(s)
            return "'" + s if s[:1] in ("=", "+", "-", "@", "\\uff1d", "\\uff0b", "\\uff0d", "\\uff20") else s
        problems = 0
        for row, item in zip(rows, items):
            expected = {
              "map": item["map"], "map_title": item["mapTitle"], "stage": item["stage"]["text"], "step": item["step"]["text"],
              "step_id": item["step"]["id"], "opportunity_id": item["id"], "opportunity": item["text"], "owner": item["owner"],
              "status": item["status"], "impact": item["impact"], "effort": item["effort"], "due": item["due"], "link": item["link"],
              "addresses": "; ".join(clean(a["text"]) for a in item["addresses"]),
              "moments_of_truth": "; ".join(clean(m["text"]) for m in item["momentsOfTruth"]),
            }
            for key, value in expected.items():
                if row[key] != cell(value):
                    problems += 1
                    print(item["id"], key, repr(row[key]), "!=", repr(cell(value)))
        for row in rows:
            for key, value in row.items():
                assert value[:1] not in ("=", "+", "-", "@"), ("formula start survived", key, value)
        sys.exit(1 if problems else 0)
        """
      let check = ExternalProgram.run(python, ["-c", script, dir.appendingPathComponent("\(label).csv").path, dir.appendingPathComponent("\(label).json").path])
      #expect(check.status == 0, "\(label): \(check.output)")
    }
  }
}
