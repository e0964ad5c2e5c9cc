import Foundation
import JourneyMapCore

/// The deck of the last map and size it was asked for. Laying out a deck wraps every piece of
/// text in the map, and a presentation asks for it on every key and every frame, while the map
/// and the size change rarely: so the deck is made once per map and size. A class, so that the
/// renderer (which only reads the state) can fill it; locked, because states are `Sendable`.
final class DeckCache: @unchecked Sendable {
  private let lock = NSLock()
  private var map: JourneyMap?
  private var size: Size?
  private var deck: Deck?

  func deck(for state: EditorState) -> Deck {
    lock.lock()
    defer { lock.unlock() }
    if let deck, size == state.size, map == state.map { return deck }
    let made = Deck(state)
    deck = made
    map = state.map
    size = state.size
    return made
  }
}
