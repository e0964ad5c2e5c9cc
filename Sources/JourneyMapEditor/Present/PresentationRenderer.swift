import JourneyMapCore

/// Draws the slide showing, and the footer that is on every slide: the slide's title on the
/// left, the keys and the slide counter ("3 / 14") on the right.
enum PresentationRenderer {
  static func draw(_ screen: inout Screen, _ state: EditorState, _ presentation: Presentation) {
    let frame = SlideFrame(state.size)
    let deck = presentation.cache.deck(for: state)
    let index = deck.index(of: presentation)
    let slide = deck.slides[index]
    switch slide.content {
    case .title(let card): card.draw(&screen, frame: frame)
    case .journey(let chart): chart.draw(&screen, state, frame: frame)
    case .page(let page): page.draw(&screen, frame: frame)
    }
    footer(&screen, title: slide.title, counter: "\(index + 1) / \(deck.slides.count)")
  }

  static func footer(_ screen: inout Screen, title: String, counter: String) {
    let row = screen.size.rows - 1
    let width = screen.size.columns
    screen.fill(column: 0, row: row, width: width, style: .statusBar)
    let count = " \(counter) "
    let countWidth = DisplayWidth.of(count)
    let hint = PresentationKeys.hint([.next, .previous, .leave], keysEach: 2) + "  "
    let titleRoom = width - countWidth - 1
    let showHint = DisplayWidth.of(title) + 2 + DisplayWidth.of(hint) <= titleRoom
    let right = (showHint ? hint : "")
    let left = " " + TextLayout.truncate(title, to: max(0, titleRoom - DisplayWidth.of(right) - 1))
    screen.write(left, column: 0, row: row, style: .statusBar)
    if showHint { screen.write(hint, column: width - countWidth - DisplayWidth.of(hint), row: row, style: .statusBar) }
    screen.write(count, column: max(0, width - countWidth), row: row, style: .statusMode)
  }
}
