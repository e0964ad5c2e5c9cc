import Foundation
import JourneyMapCore
import Testing

/// What the exports say about action: the deck's action list with where each item stands,
/// open high-impact work first, and the document's lint summary.
@Suite("Action in the exports")
struct ActionExportTests {
  static func markdown(_ map: JourneyMap, _ flavor: MarkdownFlavor) -> String {
    Exporter.text(map, format: .markdown, view: .journey, flavor: flavor, sourceName: "x.journey.json")
  }

  /// The opportunities' rows of the deck, in order, as their first cell.
  static func actionRows(_ text: String) -> [[String]] {
    // Every table headed "Opportunity | Owner | Status" (the list may run over several slides).
    var rows: [[String]] = []
    var inTable = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("| Opportunity | Owner | Status") {
        inTable = true
      } else if inTable && line.hasPrefix("|") {
        if !line.hasPrefix("|:") { rows.append(line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }) }
      } else {
        inTable = false
      }
    }
    return rows
  }

  @Test func theDeckListsOpenHighImpactWorkFirstWithItsStatus() throws {
    let map = try Fixtures.load("maps/support-call.journey.json")
    let rows = Self.actionRows(Self.markdown(map, .slides)).filter { $0.count == 4 }
    #expect(rows.count == 10)
    let statuses = rows.map { $0[2] }
    // Open before closed; among the open, high impact before medium.
    let firstClosed = try #require(statuses.firstIndex { $0.contains("done") || $0.contains("dropped") })
    #expect(statuses[firstClosed...].allSatisfy { $0.contains("done") || $0.contains("dropped") })
    let open = statuses[..<firstClosed]
    let firstMedium = try #require(open.firstIndex { $0.contains("medium impact") })
    #expect(open[..<firstMedium].allSatisfy { $0.contains("high impact") })
    #expect(statuses[0] == "◑ doing · high impact · low effort · due 2025-02-28")
    #expect(statuses.last == "⊘ dropped · low impact · high effort")
    // A slide keeps to four columns.
    #expect(Self.markdown(map, .slides).contains("| Opportunity | Owner | Status | Step |\n"))
  }

  @Test func theDocumentEndsWithWhatLintFinds() throws {
    var map = try Fixtures.load("maps/support-call.journey.json")
    map.steps[0].opportunities[0].owner = ""
    map.steps[2].feeling = nil
    let text = Self.markdown(map, .gfm)
    let lint = try #require(text.components(separatedBy: "\n## Lint\n").last)
    #expect(lint.hasPrefix("\n`journeymap lint` finds 1 warning and 1 note.\n"))
    #expect(lint.contains("| warning | `opportunity-without-owner` | step \"Opens the monthly invoice\" (stp\\_open\\_invoice) | opportunity “List the seat holders on the invoice” has no owner |"))
    #expect(lint.contains("| info | `step-without-feeling` |"))
    #expect(!Self.markdown(map, .slides).contains("Lint"))
    // A clean map says so, and lists what it accepts on purpose with the reasons.
    let exhibition = Self.markdown(try Fixtures.load("maps/exhibition-tickets.journey.json"), .gfm)
    #expect(exhibition.contains("`journeymap lint` finds nothing to fix in this journey."))
    #expect(exhibition.contains("### Accepted on purpose (x-lint)"))
    #expect(exhibition.contains("Word of mouth, away from the museum: no process of ours is there |"))
  }

  @Test func hostileTextInTheLintSummaryIsEscaped() throws {
    var map = try Fixtures.load("maps/support-call.journey.json")
    map.steps[0].title = "<img src=x onerror=alert(1)> | [link](javascript:x)"
    map.steps[0].opportunities[0].owner = ""
    map.steps[0].opportunities[0].text = "`code` *bold* $math$ \u{1B}]2;t\u{7}"
    let lint = try #require(Self.markdown(map, .gfm).components(separatedBy: "\n## Lint\n").last)
    #expect(!lint.replacingOccurrences(of: "\\<img", with: "").contains("<img") && lint.contains("\\<img src=x onerror=alert(1)\\> \\| \\[link\\](javascript:x)"))
    #expect(!lint.contains("\u{1B}") && lint.contains("\\`code\\` \\*bold\\* \\$math\\$"))
  }
}
