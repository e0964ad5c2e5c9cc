import JourneyMapCore

/// A slide for each moment of truth: the step big, why it matters, its pain points and
/// opportunities, and beside them (or after them, on a narrow screen) the processes behind it,
/// lane by lane, with their owners and systems. A moment nothing backstage supports says so:
/// that gap is often the finding of the workshop.
enum MomentSlides {
  static let gap = 6

  static func make(_ state: EditorState, frame: SlideFrame) -> [Slide] {
    let map = state.map
    let moments = map.steps.indices.filter { map.steps[$0].momentOfTruth != nil }
    let scales = Headline.commonScales(moments.map { title(map.steps[$0]) }, width: frame.width, maxRows: frame.headlineRows(generous: true))
    return moments.enumerated().flatMap { n, index in
      slides(state, step: index, number: n + 1, of: moments.count, frame: frame, scales: scales)
    }
  }

  static func title(_ step: Step) -> String { step.title.isEmpty ? "Untitled step" : step.title }

  static func slides(_ state: EditorState, step index: Int, number: Int, of count: Int, frame: SlideFrame, scales: [Banner.Scale]) -> [Slide] {
    let map = state.map
    let step = map.steps[index]
    let columns = frame.width >= 96 ? 2 : 1
    let width = (frame.width - (columns - 1) * gap) / columns
    var header = SlideHeader(
      label: SlideText.label("★ Moment of truth \(number) of \(count)", style: .moment, width: frame.width),
      headline: Headline(title(step), width: frame.width, maxRows: frame.headlineRows(generous: true), scales: scales))
    var place: [(String, Style)] = []
    if let stage = map.stages.firstIndex(where: { $0.id == step.stage }) {
      place.append((SafeText.displayable(map.stages[stage].name, limit: frame.width) + " · ", .placeholder))
    }
    place.append(("step \(index + 1) of \(map.steps.count)", .placeholder))
    if let feeling = SlideText.feeling(step.feeling, width: frame.width) { place += [("   ", .normal)] + feeling.runs.map { ($0.text, $0.style) } }
    header.below = [SlideText.line(place, width: frame.width)]
    let height = max(1, frame.height - header.height)
    let customer = customer(step, width: width)
    var behind = behind(state, step: index, width: width)
    // One column: the blueprint goes on a slide of its own when both do not fit on one.
    if columns == 1 && Flow.pages(customer + behind, columns: 1, height: height).count > 1 && !customer.isEmpty {
      behind[0].pageBreakBefore = true
    }
    let pages = Flow.pages(customer + behind, columns: columns, height: height)
    let title = "Moment of truth \(number) of \(count): " + SafeText.displayable(step.title, limit: frame.size.columns)
    return pages.enumerated().map { part, page in
      Slide(
        id: SlideID(.moment(step.id), part: part), title: title + (pages.count > 1 ? " · \(part + 1)/\(pages.count)" : ""),
        content: .page(PageSlide(header: header, columns: page, columnWidth: width, gap: gap)))
    }
  }

  /// The customer's side: why the moment matters, what hurts, what could be better.
  static func customer(_ step: Step, width: Int) -> [SlideBlock] {
    var blocks: [SlideBlock] = []
    if let reason = step.momentOfTruth?.reason, !reason.isEmpty {
      blocks.append(SlideBlock([SlideText.label("Why it matters", width: width)], gapAfter: 0, keepWithNext: true))
      blocks.append(SlideBlock(SlideText.paragraph(reason, style: .normal, width: width, maxLines: 6)))
    }
    if !step.painPoints.isEmpty {
      blocks.append(SlideBlock([SlideText.label(Lane.painPoints.spec.label, width: width)], gapAfter: 0, keepWithNext: true))
      for (i, pain) in step.painPoints.enumerated() {
        let lines = SlideText.paragraph(pain.text, style: .pain, prefix: "✗ ", width: width, maxLines: 3)
        blocks.append(SlideBlock(lines, gapAfter: i == step.painPoints.count - 1 ? 1 : 0))
      }
    }
    if !step.opportunities.isEmpty {
      blocks.append(SlideBlock([SlideText.label(Lane.opportunities.spec.label, width: width)], gapAfter: 0, keepWithNext: true))
      for (i, o) in step.opportunities.enumerated() {
        var lines = SlideText.paragraph(o.text, style: .opportunity, prefix: "→ ", width: width, maxLines: 3)
        lines.append(
          o.owner.isEmpty
            ? SlideText.line([("no owner yet", .pain)], indent: 2, width: width)
            : SlideText.line([(o.owner, .slideStrong)], indent: 2, width: width))
        blocks.append(SlideBlock(lines, gapAfter: i == step.opportunities.count - 1 ? 1 : 0))
      }
    }
    return blocks
  }

  /// The blueprint under the moment: each lane's processes with who owns them and in what system.
  static func behind(_ state: EditorState, step index: Int, width: Int) -> [SlideBlock] {
    var blocks: [SlideBlock] = []
    let lanes: [(ProcessLane, String)] = [
      (.frontstage, "Frontstage · what the customer sees staff do"), (.backstage, "Backstage · out of sight"),
      (.support, "Support · the systems and teams behind them"),
    ]
    for (lane, label) in lanes {
      let processes = state.processes(lane, step: index)
      guard !processes.isEmpty else { continue }
      blocks.append(SlideBlock([SlideText.label(label, width: width)], gapAfter: 0, keepWithNext: true, columnBreakBefore: blocks.isEmpty))
      for (i, p) in processes.enumerated() {
        let process = state.map.processes[p]
        var lines = SlideText.paragraph(process.title, style: .process, prefix: "◆ ", width: width, maxLines: 2)
        var detail: [(String, Style)] = []
        if !process.owner.isEmpty { detail += [("owner ", .placeholder), (process.owner, .slideStrong)] }
        if !process.system.isEmpty { detail += [(detail.isEmpty ? "system " : " · system ", .placeholder), (process.system, .normal)] }
        // Owner and system on one line when they fit, else one line each.
        if !detail.isEmpty && detail.reduce(2, { $0 + DisplayWidth.of($1.0) }) <= width {
          lines.append(SlideText.line(detail, indent: 2, width: width))
        } else {
          if !process.owner.isEmpty {
            lines.append(SlideText.line([("owner ", .placeholder), (process.owner, .slideStrong)], indent: 2, width: width))
          }
          if !process.system.isEmpty {
            lines.append(SlideText.line([("system ", .placeholder), (process.system, .normal)], indent: 2, width: width))
          }
        }
        blocks.append(SlideBlock(lines, gapAfter: i == processes.count - 1 ? 1 : 0))
      }
    }
    if blocks.isEmpty {
      blocks.append(
        SlideBlock(
          [SlideText.label("Behind it", width: width)]
            + SlideText.paragraph("⚠ Nothing backstage supports this moment", style: .pain, width: width),
          columnBreakBefore: true))
    }
    return blocks
  }
}
