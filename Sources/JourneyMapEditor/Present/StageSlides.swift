import JourneyMapCore

/// A stage's slides: the stage's name big, then its steps side by side as cards — what the
/// customer does, feels, thinks, where, what hurts and what could be better. The whole stage
/// on one slide when it fits, with headings over each part when there is room for them;
/// otherwise fewer steps a slide, down to one step a slide on a small screen.
enum StageSlides {
  static let gap = 4
  static let minimumCardWidth = 26
  /// Wider cards would make lines too long to read at a glance.
  static let maximumCardWidth = 48

  /// The block-letter sizes every stage's name can share.
  static func scales(_ map: JourneyMap, frame: SlideFrame) -> [Banner.Scale] {
    Headline.commonScales(map.stages.map { name($0) }, width: frame.width, maxRows: frame.headlineRows(generous: false))
  }

  static func name(_ stage: Stage) -> String { stage.name.isEmpty ? "Untitled stage" : stage.name }

  static func make(_ state: EditorState, stage: Int, frame: SlideFrame, scales: [Banner.Scale]) -> [Slide] {
    let map = state.map
    let stageID = map.stages[stage].id
    let steps = state.columns.stageRanges[stage].compactMap { column -> Int? in
      if case .step(let index) = state.columns.items[column] { return index }
      return nil
    }
    let name = name(map.stages[stage])
    let place = "stage \(stage + 1) of \(map.stages.count)"
    var header = SlideHeader(
      label: SlideText.label(place, width: frame.width),
      headline: Headline(name, width: frame.width, maxRows: frame.headlineRows(generous: false), scales: scales))
    if !map.stages[stage].description.isEmpty {
      header.below = SlideText.paragraph(map.stages[stage].description, style: .placeholder, width: min(frame.width, 90), maxLines: 2)
    }
    let title = SafeText.displayable(name, limit: frame.size.columns) + " · " + place
    let height = max(1, frame.height - header.height)
    guard !steps.isEmpty else {
      let empty = [SlideLine("No steps in this stage yet", .placeholder)]
      let page = PageSlide(header: header, columns: [empty], columnWidth: frame.width, gap: gap)
      return [Slide(id: SlideID(.stage(stageID)), title: title, content: .page(page))]
    }
    let (perSlide, width, labelled) = layout(state, steps: steps, width: frame.width, height: height)
    let chunks = stride(from: 0, to: steps.count, by: perSlide).map { Array(steps[$0..<min($0 + perSlide, steps.count)]) }
    return chunks.enumerated().map { part, chunk in
      let cards = chunk.map { fitted(card(state, step: $0, width: width, labelled: labelled), height: height) }
      let suffix = chunks.count > 1 ? " · \(part + 1)/\(chunks.count)" : ""
      return Slide(
        id: SlideID(.stage(stageID), part: part), title: title + suffix,
        content: .page(PageSlide(header: header, columns: cards, columnWidth: width, gap: gap)))
    }
  }

  /// Steps a slide, card width, and whether the cards have headings: the most steps that fit,
  /// with headings if they still fit.
  static func layout(_ state: EditorState, steps: [Int], width: Int, height: Int) -> (perSlide: Int, width: Int, labelled: Bool) {
    let most = max(1, min(steps.count, (width + gap) / (minimumCardWidth + gap)))
    for k in stride(from: most, through: 1, by: -1) {
      let cardWidth = min(maximumCardWidth, (width - (k - 1) * gap) / k)
      for labelled in [true, false] where steps.allSatisfy({ card(state, step: $0, width: cardWidth, labelled: labelled).count <= height }) {
        return (k, cardWidth, labelled)
      }
    }
    return (1, min(maximumCardWidth + 16, width), false)
  }

  /// A card cut to the rows there are, saying so.
  static func fitted(_ lines: [SlideLine], height: Int) -> [SlideLine] {
    guard lines.count > height else { return lines }
    return Array(lines.prefix(max(0, height - 1))) + [SlideLine("… more in the editor", .placeholder)]
  }

  /// One step's card.
  static func card(_ state: EditorState, step index: Int, width: Int, labelled: Bool) -> [SlideLine] {
    let step = state.map.steps[index]
    let number = "\(index + 1)  "
    let title = SlideText.paragraph(
      step.title.isEmpty ? "Untitled step" : step.title, style: .slideStrong, prefix: number, prefixStyle: .placeholder, width: width,
      maxLines: 3)
    var parts: [[SlideLine]] = []
    var mood: [SlideLine] = []
    if let feeling = SlideText.feeling(step.feeling, width: width) { mood.append(feeling) }
    if step.momentOfTruth != nil { mood.append(SlideLine("★ Moment of truth", .moment)) }
    if !mood.isEmpty { parts.append(mood) }

    func part(_ label: String, _ items: [[SlideLine]]) {
      guard !items.isEmpty else { return }
      parts.append((labelled ? [SlideText.label(label, width: width)] : []) + items.flatMap { $0 })
    }
    // Headings are the lanes' names in the editor (the lane table).
    part(Lane.thinking.spec.label, step.thoughts.map { SlideText.paragraph("“" + $0 + "”", style: .normal, width: width, maxLines: 3) })
    part(
      Lane.touchpoints.spec.label,
      step.touchpoints.map { id in
        let touchpoint = state.map.touchpoints.first { $0.id == id }
        let text = touchpoint.map { "\($0.channel): \($0.name)" } ?? id
        return SlideText.paragraph(text, style: .normal, width: width, maxLines: 2)
      })
    part(Lane.painPoints.spec.label, step.painPoints.map { SlideText.paragraph($0.text, style: .pain, prefix: "✗ ", width: width, maxLines: 3) })
    part(
      Lane.opportunities.spec.label,
      step.opportunities.map { o in
        SlideText.paragraph(o.text, style: .opportunity, prefix: "→ ", width: width, maxLines: 3)
          + (o.owner.isEmpty ? [] : [SlideText.line([(o.owner, .slideStrong)], indent: 2, width: width)])
      })
    // With headings, air between the parts; without, only under the title.
    if labelled { return title + parts.flatMap { [SlideLine.blank] + $0 } }
    return title + (parts.isEmpty ? [] : [.blank] + parts.flatMap { $0 })
  }
}
