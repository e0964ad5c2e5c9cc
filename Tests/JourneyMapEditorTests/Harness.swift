import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// Builds editor states from the example maps and drives them with keys in vim notation,
/// exactly as a headless run does (a frame is rendered after every event).
enum Harness {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func map(_ name: String) throws -> JourneyMap {
    let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
    return try #require(MapLoader.load(bytes).validMap)
  }

  static func state(_ map: JourneyMap, size: Size = Size(columns: 120, rows: 40), path: String? = "test.journey.json") -> EditorState {
    EditorState(map: map, filePath: path, size: size, ids: IDGenerator(seed: 99))
  }

  static func support(size: Size = Size(columns: 120, rows: 40)) throws -> EditorState {
    state(try map("maps/support-call.journey.json"), size: size)
  }

  /// Sends keys (vim notation) to a state and returns the effects they produced.
  @discardableResult
  static func send(_ state: inout EditorState, _ keys: String) throws -> [Effect] {
    var effects: [Effect] = []
    for event in try KeyNotation.parse(keys) {
      effects += state.handle(event)
      _ = Renderer.render(state)
    }
    return effects
  }

  static func session(_ state: EditorState) -> EditorSession { EditorSession(state: state) }

  static func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = root.appendingPathComponent("Tests/Fixtures/screens").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOURNEYMAP_RECORD"] == "1" {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing golden screen \(name); run with JOURNEYMAP_RECORD=1 to create it", sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "screen differs from \(name):\n\(actual)", sourceLocation: sourceLocation)
  }
}
