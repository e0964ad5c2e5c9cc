import Foundation
import JourneyMapCore
import Testing

@Suite("Example maps")
struct ExampleMapsTests {
  @Test func thereAreAtLeastThreeExampleMaps() {
    #expect(Fixtures.exampleMaps.count >= 3)
  }

  @Test("load then write is byte-identical", arguments: Fixtures.exampleMaps)
  func roundTripIsByteIdentical(_ path: String) throws {
    let bytes = try Fixtures.bytes(path)
    let result = MapLoader.load(bytes)
    #expect(result.problems.isEmpty, "\(result.problems.map(\.description))")
    let map = try #require(result.map)
    #expect(MapEncoder.encode(map) == bytes)
  }

  @Test("every lane is used, with linked backstage processes and a moment of truth", arguments: Fixtures.exampleMaps)
  func usesEveryLane(_ path: String) throws {
    let map = try Fixtures.load(path)
    #expect(!map.persona.name.isEmpty && !map.persona.goal.isEmpty)
    #expect(!map.scenario.isEmpty && !map.stakeholders.isEmpty && !map.notes.isEmpty)
    #expect(map.steps.contains { !$0.thoughts.isEmpty })
    #expect(map.steps.contains { $0.feeling != nil })
    #expect(map.steps.contains { !$0.touchpoints.isEmpty })
    #expect(map.steps.contains { $0.momentOfTruth != nil })
    #expect(map.steps.contains { !$0.painPoints.isEmpty })
    #expect(map.steps.contains { $0.opportunities.contains { !$0.owner.isEmpty && !$0.addresses.isEmpty } })
    #expect(map.steps.contains { !$0.metrics.isEmpty })
    #expect(map.steps.contains { $0.evidence == .observed } && map.steps.contains { $0.evidence == .assumed })
    #expect(map.steps.contains { !$0.notes.isEmpty })
    for lane in ProcessLane.allCases {
      #expect(map.processes.contains { $0.lane == lane && !$0.steps.isEmpty }, "no \(lane) process")
    }
    #expect(map.processes.contains { $0.steps.count >= 2 }, "no process serves several steps")
  }

  @Test("the JSON Schema accepts every example map and is itself valid 2020-12")
  func schemaValidatesExamples() throws {
    let script = """
      import json, sys
      import jsonschema
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft202012Validator.check_schema(schema)
      validator = jsonschema.Draft202012Validator(schema)
      failed = 0
      for path in sys.argv[2:]:
          for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
              failed += 1
              print(path, list(error.absolute_path), error.message)
      sys.exit(1 if failed else 0)
      """
    guard let python = ExternalProgram.find("python3"), ExternalProgram.run(python, ["-c", "import jsonschema"]).status == 0 else {
      if Fixtures.inCI { Issue.record("python3 with jsonschema is required in CI") }
      return
    }
    let result = ExternalProgram.run(
      python, ["-c", script, Fixtures.url("schema/journeymap.schema.json").path] + Fixtures.exampleMaps.map { Fixtures.url($0).path })
    #expect(result.status == 0, "\(result.output)")
  }

  @Test("the JSON Schema rejects what check rejects")
  func schemaRejectsBadMaps() throws {
    guard let python = ExternalProgram.find("python3"), ExternalProgram.run(python, ["-c", "import jsonschema"]).status == 0 else {
      if Fixtures.inCI { Issue.record("python3 with jsonschema is required in CI") }
      return
    }
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      doc = json.load(open(sys.argv[2]))
      cases = {
        "feeling": lambda d: d["steps"][0].__setitem__("feeling", {"score": 3}),
        "unknown": lambda d: d.__setitem__("colour", "red"),
        "lane": lambda d: d["processes"][0].__setitem__("lane", "offstage"),
        "id": lambda d: d["steps"][0].__setitem__("id", "Step 1"),
        "version": lambda d: d.__setitem__("formatVersion", 2),
      }
      ok = True
      for name, mutate in cases.items():
          copy = json.loads(json.dumps(doc))
          mutate(copy)
          if jsonschema.Draft202012Validator(schema).is_valid(copy):
              print("accepted", name); ok = False
      copy = json.loads(json.dumps(doc)); copy["x-tool"] = {"anything": [1, 2]}
      if not jsonschema.Draft202012Validator(schema).is_valid(copy):
          print("rejected an x- extension"); ok = False
      sys.exit(0 if ok else 1)
      """
    let result = ExternalProgram.run(
      python, ["-c", script, Fixtures.url("schema/journeymap.schema.json").path, Fixtures.url("maps/support-call.journey.json").path])
    #expect(result.status == 0, "\(result.output)")
  }
}
