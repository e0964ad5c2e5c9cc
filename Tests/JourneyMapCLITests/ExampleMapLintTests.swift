import Foundation
import Testing

/// The example maps are the showcase: each passes lint, or carries its findings on purpose,
/// waived in its `x-lint` with a reason and listed in maps/README.md.
@Suite("Example maps pass lint")
struct ExampleMapLintTests {
  static var maps: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("maps").path)) ?? []
    return names.filter { $0.hasSuffix(".journey.json") }.sorted().map { "maps/" + $0 }
  }

  @Test("passes lint at every severity", arguments: maps)
  func passes(_ map: String) throws {
    let result = try CLI.run(["lint", "--fail-on", "info", map])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasPrefix("\(map): no findings"))
  }

  @Test("every waiver has a reason and is listed in maps/README.md", arguments: maps)
  func waiversAreDocumented(_ map: String) throws {
    let readme = try String(contentsOf: CLI.root.appendingPathComponent("maps/README.md"), encoding: .utf8)
    let json = try CLI.run(["lint", "--format", "json", map])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let file = try #require((object["files"] as? [[String: Any]])?.first)
    for waived in file["waived"] as? [[String: Any]] ?? [] {
      let rule = try #require(waived["rule"] as? String)
      let reason = try #require(waived["reason"] as? String)
      let step = try #require((waived["subject"] as? [String: Any])?["name"] as? String)
      #expect(reason.count > 20, "\(map): the reason for \(rule) says too little")
      #expect(readme.contains("`\(rule)`") && readme.contains(step), "\(map): \(rule) on \(step) is not in maps/README.md")
    }
  }
}
