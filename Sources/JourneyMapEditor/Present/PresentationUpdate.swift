import JourneyMapCore

extension EditorState {
  /// `:present`: the map as slides, from the title card. The editor underneath stays exactly as
  /// it was (cursor, view, undo), and leaving comes back to it.
  mutating func startPresentation() {
    presentation = Presentation(endsSession: false)
    message = nil
  }

  /// `journeymap present`: slides only; leaving them ends the program.
  public mutating func presentOnly() {
    presentation = Presentation(endsSession: true)
    message = nil
  }

  /// The events presentation mode takes for itself: every key, the mouse and pastes, so that
  /// nothing typed while presenting can reach the map. Nil for the rest (a resize, a save's
  /// result, another editor's changes), which the editor handles as always.
  mutating func handleInPresentation(_ event: InputEvent) -> [Effect]? {
    guard let presentation else { return nil }
    switch event {
    case .key(let key):
      switch PresentationKeys.command(for: key) {
      case .next: turn(by: 1)
      case .previous: turn(by: -1)
      case .first: turn(to: 0)
      case .last: turn(to: Int.max)
      case .theme: setTheme(nil)
      case .leave:
        if presentation.endsSession {
          quitting = .now
          return [.quit]
        }
        self.presentation = nil
        inform("Back to editing: \(KeyHint.key(.present)) presents again")
      case nil: break
      }
    case .mouse(let mouse):
      if mouse.kind == .wheelDown { turn(by: 1) }
      if mouse.kind == .wheelUp { turn(by: -1) }
    case .paste:
      // Pasted text is never keys, and there is nothing to paste into.
      break
    default:
      return nil
    }
    return []
  }

  /// Goes `delta` slides on, stopping at either end.
  mutating func turn(by delta: Int) {
    guard let presentation else { return }
    turn(to: presentation.cache.deck(for: self).index(of: presentation) + delta)
  }

  mutating func turn(to index: Int) {
    guard let deck = presentation?.cache.deck(for: self) else { return }
    let target = max(0, min(deck.slides.count - 1, index))
    presentation?.slide = deck.slides[target].id
    presentation?.index = target
  }
}
