import JourneyMapCore

/// The first slide: the map's title as big as it fits, who the persona is, the scenario, and
/// whether this is the journey as it is or as redesigned, centred. On a small screen the title
/// keeps its block letters and the words under it are fewer: the title is what the room must
/// read from the door.
struct TitleCard: Equatable {
  let headline: Headline
  let lines: [SlideLine]

  /// Text under the title never runs wider than this: short lines are read in one glance.
  static let measure = 72

  static func slide(_ map: JourneyMap, frame: SlideFrame) -> Slide {
    let title = map.title.isEmpty ? "Untitled journey" : map.title
    return Slide(
      id: SlideID(.title), title: SafeText.displayable(title, limit: frame.size.columns),
      content: .title(TitleCard(map, frame: frame)))
  }

  init(_ map: JourneyMap, frame: SlideFrame) {
    let title = map.title.isEmpty ? "Untitled journey" : map.title
    let width = min(frame.width, TitleCard.measure)
    let variants = Detail.allCases.map { TitleCard.lines(map, detail: $0, width: width) }
    // The richest text under a title in block letters; failing that, under a plain title.
    // Block letters take at most a little over half the slide: a title that needs more is
    // drawn smaller, so the persona and the scenario keep room and air.
    let most = max(3, frame.height * 11 / 20)
    for lines in variants {
      let room = min(most, frame.height - lines.count - 1)
      let headline = Headline(title, width: frame.width, maxRows: room, plainRows: 0)
      if headline.isBanner {
        self.headline = headline
        self.lines = lines
        return
      }
    }
    for lines in variants where lines.count + 2 <= frame.height || lines.count <= 1 {
      headline = Headline(title, width: frame.width, maxRows: 0, plainRows: max(1, min(3, frame.height - lines.count - 1)))
      self.lines = lines
      return
    }
    headline = Headline(title, width: frame.width, maxRows: 0, plainRows: 1)
    lines = []
  }

  /// How much is said under the title, most first.
  enum Detail: CaseIterable {
    case everything, labelled, short, least
  }

  static func lines(_ map: JourneyMap, detail: Detail, width: Int) -> [SlideLine] {
    var out: [SlideLine] = []
    let labels = detail == .everything || detail == .labelled
    func section(_ label: String, _ body: [SlideLine]) {
      guard !body.isEmpty else { return }
      if !out.isEmpty { out.append(.blank) }
      if labels { out.append(SlideText.label(label, width: width)) }
      out += body
    }
    let persona = map.persona
    if !persona.name.isEmpty {
      var body = SlideText.paragraph(
        persona.name, style: .slideStrong, prefix: labels ? "" : "Persona: ", prefixStyle: .placeholder, width: width, maxLines: 2)
      if detail == .everything && !persona.goal.isEmpty {
        body += SlideText.paragraph(persona.goal, style: .normal, prefix: "Goal: ", prefixStyle: .placeholder, width: width, maxLines: 2)
      }
      section("Persona", body)
    }
    if !map.scenario.isEmpty && detail != .least {
      let most = detail == .everything ? 4 : detail == .labelled ? 3 : 2
      section("Scenario", SlideText.paragraph(map.scenario, style: .normal, width: width, maxLines: most))
    }
    if !out.isEmpty { out.append(.blank) }
    let state =
      map.state == .current
      ? [("CURRENT STATE", Style.slideLabel), ("  the journey as it is today", .placeholder)]
      : [("FUTURE STATE", Style.slideLabel), ("  the journey as redesigned", .placeholder)]
    out.append(SlideText.line(state, width: width))
    if detail == .everything && !map.stakeholders.isEmpty {
      out.append(.blank)
      out += SlideText.paragraph(
        map.stakeholders.joined(separator: " · "), style: .placeholder, prefix: "In the room: ", width: width, maxLines: 2)
    }
    return out
  }

  /// Centred on the slide, the block as a whole centred from top to bottom.
  func draw(_ screen: inout Screen, frame: SlideFrame) {
    let total = headline.height + 1 + lines.count
    var row = frame.top + max(0, (frame.height - total) / 2)
    headline.draw(&screen, x: frame.left, row: row, width: frame.width, centred: true)
    row += headline.height + 1
    // Lines of one paragraph share a left edge: the widest line of the block is centred.
    let blockWidth = lines.map(\.width).max() ?? 0
    let x = frame.left + max(0, (frame.width - blockWidth) / 2)
    for line in lines where row < frame.bottom {
      line.draw(&screen, x: x, row: row, width: frame.left + frame.width - x)
      row += 1
    }
  }
}
