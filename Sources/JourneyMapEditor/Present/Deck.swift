import JourneyMapCore

/// One slide, laid out for one screen size.
struct Slide: Equatable {
  enum Content: Equatable {
    case title(TitleCard)
    case journey(JourneyChart)
    case page(PageSlide)
  }

  let id: SlideID
  /// What the footer calls it (safe text).
  let title: String
  let content: Content
}

/// The slides of a map at a screen size, in the order a facilitator walks a room through them:
/// who and what (the title card), the whole journey with its emotion curve, each stage, each
/// moment of truth with what is behind it, and the action list.
struct Deck {
  let slides: [Slide]

  init(_ state: EditorState) {
    let frame = SlideFrame(state.size)
    var slides = [TitleCard.slide(state.map, frame: frame)]
    slides += JourneyChart.slides(state, frame: frame)
    let scales = StageSlides.scales(state.map, frame: frame)
    for stage in state.map.stages.indices { slides += StageSlides.make(state, stage: stage, frame: frame, scales: scales) }
    slides += MomentSlides.make(state, frame: frame)
    slides += ActionSlides.make(state, frame: frame)
    self.slides = slides
  }

  /// Where a slide is: the same slide if it is still there, else the nearest part of its
  /// section, else the same place in the deck.
  func index(of presentation: Presentation) -> Int {
    let id = presentation.slide
    if let exact = slides.firstIndex(where: { $0.id == id }) { return exact }
    if let last = slides.lastIndex(where: { $0.id.section == id.section }) { return last }
    return max(0, min(presentation.index, slides.count - 1))
  }
}
