import Foundation
import JourneyMapCore
import Testing

/// A real git repository in a temporary directory, set up with `journeymap git-setup`.
struct GitRepository {
  let directory: URL

  init() throws {
    directory = try CLI.temporaryDirectory()
    try git("init", "-q", "-b", "main")
    try git("config", "user.email", "facilitator@example.com")
    try git("config", "user.name", "Facilitator")
    try git("config", "commit.gpgsign", "false")
    let setup = try CLI.run(["git-setup"], in: directory)
    #expect(setup.status == 0, "git-setup: \(setup.stdout)\(setup.stderr)")
  }

  static var available: Bool {
    let ok = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
    if !ok { Requirement.unmet("git") }
    return ok
  }

  @discardableResult
  func git(_ arguments: String..., allowFailure: Bool = false) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = arguments
    process.currentDirectoryURL = directory
    // The driver command git-setup wrote is the test build of journeymap.
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["HOME"] = directory.path
    process.environment = environment
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("git-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: out) }
    let handle = try FileHandle(forWritingTo: out)
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    let output = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    if !allowFailure && process.terminationStatus != 0 {
      Issue.record("git \(arguments.joined(separator: " ")) failed: \(output)")
    }
    return (process.terminationStatus, output)
  }

  func write(_ map: JourneyMap, _ name: String = "map.journey.json") throws {
    try Data(MapEncoder.encode(map)).write(to: directory.appendingPathComponent(name))
  }

  func read(_ name: String = "map.journey.json") throws -> JourneyMap {
    let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    return try #require(MapLoader.load(bytes).mapWithConflicts)
  }

  func bytes(_ name: String = "map.journey.json") throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }

  func commit(_ message: String) throws {
    try git("add", "-A")
    try git("commit", "-q", "-m", message)
  }

  /// base → branch "theirs" with one change, main with another, then `git merge theirs`.
  func merge(base: JourneyMap, ours: (inout JourneyMap) -> Void, theirs: (inout JourneyMap) -> Void) throws -> (status: Int32, output: String) {
    try write(base)
    try commit("base")
    try git("checkout", "-q", "-b", "theirs")
    var t = base
    theirs(&t)
    try write(t)
    try commit("theirs")
    try git("checkout", "-q", "main")
    var o = base
    ours(&o)
    try write(o)
    try commit("ours")
    return try git("merge", "theirs", "-m", "merge", allowFailure: true)
  }
}

@Suite("Maps in git", .serialized)
struct GitTests {
  static func example() throws -> JourneyMap {
    let bytes = [UInt8](try Data(contentsOf: CLI.root.appendingPathComponent("maps/onboarding.journey.json")))
    return try #require(MapLoader.load(bytes).validMap)
  }

  @Test func gitSetupIsIdempotentAndCheckable() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let again = try CLI.run(["git-setup"], in: repo.directory)
    #expect(again.status == 0)
    #expect(!again.stdout.contains("set ") && !again.stdout.contains("added"))
    let check = try CLI.run(["git-setup", "--check"], in: repo.directory)
    #expect(check.status == 0, "\(check.stdout)")
    let attributes = try String(contentsOf: repo.directory.appendingPathComponent(".gitattributes"), encoding: .utf8)
    #expect(attributes.components(separatedBy: "merge=journeymap").count == 2)
    #expect(try repo.git("config", "--get", "diff.journeymap.cachetextconv").output == "true\n")
    let attr = try repo.git("check-attr", "diff", "merge", "--", "x.journey.json")
    #expect(attr.output.contains("diff: journeymap") && attr.output.contains("merge: journeymap"))
    try repo.git("config", "--unset", "merge.journeymap.driver")
    let missing = try CLI.run(["git-setup", "--check"], in: repo.directory)
    #expect(missing.status == 1)
    #expect(missing.stdout.contains("missing  merge.journeymap.driver"))
  }

  @Test func gitDiffAndLogShowTheOutline() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    var map = try Self.example()
    try repo.write(map)
    try repo.commit("base")
    map.steps[2].feeling = Feeling(score: -2, word: "let down")
    try repo.write(map)
    let diff = try repo.git("diff")
    #expect(diff.output.contains("-feeling: +1 reassured"))
    #expect(diff.output.contains("+feeling: −2 let down"))
    #expect(diff.output.contains("### step stp_read_welcome: Reads the welcome email"))
    let raw = try repo.git("diff", "--no-textconv")
    #expect(raw.output.contains("\"score\": -2"))
    try repo.commit("worse")
    let log = try repo.git("log", "-p", "-1")
    #expect(log.output.contains("+feeling: −2 let down"))
    // The outlines of committed versions are cached, so later logs do not run journeymap again.
    let cache = try repo.git("notes", "--ref", "textconv/journeymap", "list", allowFailure: true)
    #expect(cache.status == 0 && cache.output.split(separator: "\n").count == 2, "\(cache.output)")
    let show = try repo.git("show", "HEAD")
    #expect(show.output.contains("-feeling: +1 reassured"))
  }

  @Test func twoBranchesAppendingStepsToOneStageMergeCleanly() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    let stage = base.stages[4].id
    let result = try repo.merge(
      base: base,
      ours: { $0.steps.append(Step(id: "stp_ours_new", stage: stage, title: "Asks for more training")) },
      theirs: { $0.steps.append(Step(id: "stp_theirs_new", stage: stage, title: "Schedules a review call")) })
    #expect(result.status == 0, "\(result.output)")
    let merged = try repo.read()
    #expect(merged.steps.contains { $0.id == "stp_ours_new" } && merged.steps.contains { $0.id == "stp_theirs_new" })
    #expect(MapEncoder.encode(merged) == [UInt8](try repo.bytes()))
    #expect(try CLI.run(["check", "map.journey.json"], in: repo.directory).status == 0)
    let status = try repo.git("status", "--porcelain")
    #expect(status.output.isEmpty)
  }

  @Test func renameOnOneSideFeelingOnTheOtherMergeCleanly() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    let result = try repo.merge(
      base: base, ours: { $0.steps[3].title = "Joins the kick-off video call" },
      theirs: { $0.steps[3].feeling = Feeling(score: 1, word: "hopeful") })
    #expect(result.status == 0, "\(result.output)")
    let merged = try repo.read()
    #expect(merged.steps[3].title == "Joins the kick-off video call")
    #expect(merged.steps[3].feeling == Feeling(score: 1, word: "hopeful"))
    #expect(try CLI.run(["check", "map.journey.json"], in: repo.directory).status == 0)
  }

  @Test func bothChangingOneTitleIsAConflictRecordedInValidJSON() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    var theirs = base
    theirs.steps[0].title = "Signs the contract online"
    let result = try repo.merge(base: base, ours: { $0.steps[0].title = "Signs the paper contract" }, theirs: { $0 = theirs })
    #expect(result.status != 0)
    #expect(result.output.contains("CONFLICT"))
    #expect(try repo.git("status", "--porcelain").output.contains("UU map.journey.json"))
    let conflicted = try repo.read()
    #expect(MergeConflict.recorded(in: conflicted).count == 1)
    #expect(try JSONSerialization.jsonObject(with: repo.bytes()) is [String: Any])
    let check = try CLI.run(["check", "map.journey.json"], in: repo.directory)
    #expect(check.status == 1)
    #expect(check.stdout.contains("unresolved merge conflict 1 at $.steps[id=stp_sign_contract].title"))
    let resolve = try CLI.run(["resolve", "map.journey.json", "--theirs"], in: repo.directory)
    #expect(resolve.status == 0, "\(resolve.stderr)")
    #expect(try repo.bytes() == Data(MapEncoder.encode(theirs)))
    #expect(try CLI.run(["check", "map.journey.json"], in: repo.directory).status == 0)
    try repo.commit("resolved")
  }

  @Test func deleteVersusModifyIsAConflictAndOursDeletes() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    let doomed = base.steps[5].id  // imports staff; served by two processes
    let result = try repo.merge(
      base: base,
      ours: { map in
        map.steps.removeAll { $0.id == doomed }
        for p in map.processes.indices { map.processes[p].steps.removeAll { $0 == doomed } }
        map.processes.removeAll { $0.steps.isEmpty }
      },
      theirs: { $0.steps[5].thoughts.append("The import tool crashed twice") })
    #expect(result.status != 0)
    let conflicted = try repo.read()
    let conflicts = MergeConflict.recorded(in: conflicted)
    #expect(conflicts.contains { $0.path == "$.steps[id=\(doomed)]" && $0.ours == nil && $0.theirs != nil })
    #expect(conflicted.steps.contains { $0.id == doomed })  // nothing lost until someone decides
    #expect(try CLI.run(["resolve", "map.journey.json", "--ours"], in: repo.directory).status == 0)
    let resolved = try repo.read()
    #expect(!resolved.steps.contains { $0.id == doomed })
    #expect(!resolved.processes.contains { $0.steps.contains(doomed) })
    #expect(try CLI.run(["check", "map.journey.json"], in: repo.directory).status == 0)
  }

  @Test func linkingToAProcessTheOtherSideDeletedIsAConflict() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    let process = base.processes[4].id  // the import service
    let result = try repo.merge(
      base: base, ours: { $0.processes.removeAll { $0.id == process } },
      theirs: { map in
        let p = map.processes.firstIndex { $0.id == process }!
        map.processes[p].steps.append(map.steps[6].id)
      })
    #expect(result.status != 0)
    let conflicted = try repo.read()
    #expect(MergeConflict.recorded(in: conflicted).contains { $0.path == "$.processes[id=\(process)]" })
    #expect(try CLI.run(["resolve", "map.journey.json", "--theirs"], in: repo.directory).status == 0)
    let resolved = try repo.read()
    #expect(resolved.processes.first { $0.id == process }?.steps.contains(base.steps[6].id) == true)
  }

  @Test func bothBranchesLinkingTheSameThingMergeCleanlyIntoAValidMap() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    let step = 0
    let unlinked = base.touchpoints.map(\.id).filter { !base.steps[step].touchpoints.contains($0) }
    try #require(unlinked.count >= 2)
    let touchpoint = unlinked[0]
    let result = try repo.merge(
      base: base,
      ours: { $0.steps[step].touchpoints.append(touchpoint) },
      theirs: { $0.steps[step].touchpoints += [touchpoint, unlinked[1]] })  // and one more, so the lists differ
    #expect(result.status == 0, "\(result.output)")
    let check = try CLI.run(["check", "map.journey.json"], in: repo.directory)
    #expect(check.status == 0, "\(check.stdout)")
    #expect(try repo.read().steps[step].touchpoints.filter { $0 == touchpoint }.count == 1)
  }

  @Test func bothBranchesReorderingTheStagesDifferentlyIsAConflict() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    var theirs = base
    theirs.stages.swapAt(1, 2)
    let result = try repo.merge(base: base, ours: { $0.stages.swapAt(0, 1) }, theirs: { $0 = theirs })
    #expect(result.status != 0)
    let conflicted = try repo.read()
    #expect(MergeConflict.recorded(in: conflicted).map(\.path) == ["$.stages"])
    #expect(conflicted.stages.map(\.id).first == base.stages[1].id)  // ours kept
    let resolve = try CLI.run(["resolve", "map.journey.json", "--theirs"], in: repo.directory)
    #expect(resolve.status == 0, "\(resolve.stderr)")
    #expect(try repo.read().stages.map(\.id) == theirs.stages.map(\.id))
    #expect(try CLI.run(["check", "map.journey.json"], in: repo.directory).status == 0)
  }

  /// Two branches that each create the same map (git's add/add, with an empty ancestor) merge by
  /// id: both sides' stages and steps are kept, and what differs is a recorded conflict in a file
  /// that stays valid JSON, never line markers.
  @Test func bothBranchesAddingTheSameMapMergeIntoValidJSON() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    try repo.commit("setup")
    let example = try Self.example()
    try repo.git("checkout", "-q", "-b", "theirs")
    var theirs = example
    theirs.title = "Onboarding, as sales sees it"
    try repo.write(theirs)
    try repo.commit("theirs adds the map")
    try repo.git("checkout", "-q", "main")
    let ours = try #require(MapLoader.load(MapEncoder.encode(JourneyMap(id: "jm_ours", title: "Onboarding", stages: [Stage(id: "stg_extra", name: "Before signing")]))).validMap)
    try repo.write(ours)
    try repo.commit("ours adds the map")
    let result = try repo.git("merge", "theirs", "-m", "merge", allowFailure: true)
    #expect(result.status != 0)
    let merged = String(decoding: try repo.bytes(), as: UTF8.self)
    #expect(!merged.contains("<<<<<<<"))
    let map = try repo.read()
    #expect(map.stages.map(\.id) == ["stg_extra"] + example.stages.map(\.id))
    #expect(map.steps.count == example.steps.count)
    #expect(Set(MergeConflict.recorded(in: map).map(\.path)) == ["$.id", "$.title"])
    #expect(try CLI.run(["resolve", "map.journey.json", "--theirs"], in: repo.directory).status == 0)
    let check = try CLI.run(["check", "map.journey.json"], in: repo.directory)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(try repo.read().title == theirs.title)
  }

  @Test func anUnparsableSideFallsBackToConflictMarkers() throws {
    guard GitRepository.available else { return }
    let repo = try GitRepository()
    let base = try Self.example()
    try repo.write(base)
    try repo.commit("base")
    try repo.git("checkout", "-q", "-b", "theirs")
    var text = String(decoding: MapEncoder.encode(base), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"title\": \"Signs the contract\"", with: "\"title\": \"Signs the contract\" oops")
    try Data(text.utf8).write(to: repo.directory.appendingPathComponent("map.journey.json"))
    try repo.commit("broken")
    try repo.git("checkout", "-q", "main")
    var ours = base
    ours.steps[0].title = "Signs it"
    try repo.write(ours)
    try repo.commit("ours")
    let result = try repo.git("merge", "theirs", "-m", "merge", allowFailure: true)
    #expect(result.status != 0)
    let merged = String(decoding: try repo.bytes(), as: UTF8.self)
    #expect(merged.contains("<<<<<<< ours") && merged.contains(">>>>>>> theirs"))
  }
}

@Suite("Semantic diff")
struct DiffTests {
  static func load(_ path: String) throws -> JourneyMap { try load(CLI.root.appendingPathComponent(path)) }

  static func load(_ url: URL) throws -> JourneyMap {
    try #require(MapLoader.load([UInt8](try Data(contentsOf: url))).validMap)
  }

  /// Every kind of change, on the support-call map.
  static func changed(_ map: JourneyMap) -> JourneyMap {
    var m = map
    m.title = "Calling support about a wrong invoice (v2)"
    m.state = .future
    m.persona.goal = "Pay the right amount"
    m.stakeholders.append("Finance")
    m.stakeholders.removeAll { $0 == "Sales (SMB)" }
    m.touchpoints[0].name = "Monthly invoice (email)"
    m.touchpoints.append(Touchpoint(id: "tp_sms", channel: "sms", name: "Invoice reminder"))
    m.touchpoints.removeAll { $0.id == "tp_survey" }
    m.stages[1].name = "Looks for help"
    m.stages.swapAt(3, 4)
    m.stages.append(Stage(id: "stg_renew", name: "Renewal"))
    m.steps[0].feeling = Feeling(score: -2, word: "alarmed")
    m.steps[0].thoughts.append("Who added people?")
    m.steps[0].touchpoints.append("tp_sms")
    m.steps[0].momentOfTruth = MomentOfTruth(reason: "First sight of the error")
    m.steps[1].painPoints[0].text = "Pending invitations are billed, silently"
    m.steps[1].opportunities[0].owner = "Billing squad"
    m.steps[2].stage = "stg_notice"  // moved to another stage
    m.steps.swapAt(4, 6)  // reordered within "Call support"
    m.steps[7].momentOfTruth = nil
    m.steps[7].metrics.append(Metric(name: "Credits per month", value: "140"))
    m.steps[8].evidence = .observed
    m.steps.removeAll { $0.id == "stp_answers_survey" }
    m.processes.removeAll { $0.id == "pr_send_survey" }
    m.steps.append(Step(id: "stp_renews", stage: "stg_renew", title: "Renews the plan", feeling: Feeling(score: 1)))
    m.processes[0].owner = "Billing team"
    m.processes[0].steps.append("stp_renews")
    m.processes.append(BackstageProcess(id: "pr_reminders", lane: .support, title: "Send reminders", steps: ["stp_open_invoice"]))
    return m
  }

  @Test func diffGoldenAndExitCodes() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let old = try Self.load("maps/support-call.journey.json")
    try Data(MapEncoder.encode(old)).write(to: dir.appendingPathComponent("old.journey.json"))
    try Data(MapEncoder.encode(Self.changed(old))).write(to: dir.appendingPathComponent("new.journey.json"))
    let text = try CLI.run(["diff", "old.journey.json", "new.journey.json"], in: dir)
    #expect(text.status == 1)
    try expectGolden(text.stdout, "every-change.txt")
    let json = try CLI.run(["diff", "--format", "json", "old.journey.json", "new.journey.json"], in: dir)
    #expect(json.status == 1)
    try expectGolden(json.stdout, "every-change.json")
    let colored = try CLI.run(["diff", "--color", "always", "old.journey.json", "new.journey.json"], in: dir)
    #expect(colored.stdout.contains("\u{1B}[32m+\u{1B}[0m"))
    #expect(!text.stdout.contains("\u{1B}"))
    let same = try CLI.run(["diff", "old.journey.json", "old.journey.json"], in: dir)
    #expect(same.status == 0 && same.stdout.isEmpty)
    #expect(try CLI.run(["diff", "old.journey.json", "missing.journey.json"], in: dir).status == 2)
  }

  @Test func currentAndFutureStateMadeWithNewFrom() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent("maps/exhibition-tickets.journey.json"), to: dir.appendingPathComponent("current.journey.json"))
    let made = try CLI.run(["new", "future.journey.json", "--from", "current.journey.json", "--state", "future"], in: dir)
    #expect(made.status == 0)
    var future = try Self.load(dir.appendingPathComponent("future.journey.json"))
    let current = try Self.load(dir.appendingPathComponent("current.journey.json"))
    #expect(future.id == current.id && future.steps.map(\.id) == current.steps.map(\.id))
    #expect(future.state == .future)
    // The redesign: the rep can move the booking, and it feels better.
    let chat = future.steps.firstIndex { $0.id == "stp_contact_rep" }!
    future.steps[chat].title = "Chats with a rep, who moves the booking to Monday"
    future.steps[chat].feeling = Feeling(score: 1, word: "relieved")
    future.steps.removeAll { $0.id == "stp_buy_again" || $0.id == "stp_gift_spare" }
    // Nothing addresses the second ticket's pain point any more: it is gone with its step.
    for s in future.steps.indices {
      for o in future.steps[s].opportunities.indices { future.steps[s].opportunities[o].addresses.removeAll { $0 == "pp_pays_twice" } }
    }
    future.processes = future.processes.map { p in
      var p = p
      p.steps.removeAll { $0 == "stp_buy_again" || $0 == "stp_gift_spare" }
      return p
    }
    future.stages.removeAll { $0.id == "stg_rebook" }
    try Data(MapEncoder.encode(future)).write(to: dir.appendingPathComponent("future.journey.json"))
    let diff = try CLI.run(["diff", "current.journey.json", "future.journey.json"], in: dir)
    #expect(diff.status == 1)
    try expectGolden(diff.stdout, "current-vs-future.txt")
  }

  func expectGolden(_ actual: String, _ name: String) throws {
    let url = CLI.root.appendingPathComponent("Tests/Fixtures/diff").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOURNEYMAP_RECORD"] == "1" {
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from \(name):\n\(actual)")
  }
}
