import Foundation
import JourneyMapCore

/// The action list, the slide a workshop ends on: every opportunity under its owner, so each
/// person in the room sees what they took on, with the pain points it would remove. Owners
/// come in the order the journey first needs them; opportunities nobody owns yet come last,
/// flagged, because they are the ones that will not happen.
enum ActionSlides {
  static let gap = 6

  static func make(_ state: EditorState, frame: SlideFrame) -> [Slide] {
    let map = state.map
    let columns = frame.columns(minimum: 64, gap: gap, most: 2)
    let width = (frame.width - (columns - 1) * gap) / columns
    var painText: [String: String] = [:]
    for step in map.steps { for pain in step.painPoints { painText[pain.id] = pain.text } }
    // Owners in journey order; "" collects the unowned.
    var owners: [String] = []
    var byOwner: [String: [Opportunity]] = [:]
    for step in map.steps {
      for o in step.opportunities {
        let owner = o.owner.trimmingCharacters(in: .whitespaces)
        if byOwner[owner] == nil { owners.append(owner) }
        byOwner[owner, default: []].append(o)
      }
    }
    if let unowned = owners.firstIndex(of: "") { owners.append(owners.remove(at: unowned)) }
    let total = byOwner.values.reduce(0) { $0 + $1.count }
    let named = owners.filter { !$0.isEmpty }.count
    let header = SlideHeader(
      label: SlideText.label(
        "Actions · \(total) opportunit\(total == 1 ? "y" : "ies") · \(named) owner\(named == 1 ? "" : "s")", width: frame.width),
      headline: Headline("Who does what", width: frame.width, maxRows: frame.headlineRows(generous: false)))
    var blocks: [SlideBlock] = []
    for owner in owners {
      let heading =
        owner.isEmpty
        ? SlideText.line([("No owner yet", .pain)], width: width)
        : SlideText.line([(owner, .slideStrong)], width: width)
      blocks.append(SlideBlock([heading], gapAfter: 0, keepWithNext: true))
      let list = byOwner[owner] ?? []
      for (i, o) in list.enumerated() {
        var lines = SlideText.paragraph(o.text, style: .opportunity, prefix: "→ ", indent: 2, width: width, maxLines: 3)
        for id in o.addresses {
          guard let pain = painText[id] else { continue }
          lines += SlideText.paragraph(pain, style: .pain, prefix: "fixes ✗ ", prefixStyle: .placeholder, indent: 4, width: width, maxLines: 2)
        }
        blocks.append(SlideBlock(lines, gapAfter: i == list.count - 1 ? 1 : 0))
      }
    }
    if blocks.isEmpty {
      blocks.append(
        SlideBlock(
          SlideText.paragraph("No opportunities yet: what would make this journey better, and who will do it?", style: .placeholder, width: width)))
    }
    let pages = Flow.pages(blocks, columns: columns, height: max(1, frame.height - header.height))
    return pages.enumerated().map { part, page in
      Slide(
        id: SlideID(.actions, part: part), title: "Actions: who does what" + (pages.count > 1 ? " · \(part + 1)/\(pages.count)" : ""),
        content: .page(PageSlide(header: header, columns: page, columnWidth: width, gap: gap)))
    }
  }
}
