/// Presentation mode: the map as slides, for walking a room through the journey. Only which
/// slide shows is state; the slides themselves are made from the map and the screen size (see
/// ``Deck``; ``DeckCache`` keeps them while neither changes), so a map another editor changes,
/// or a resized terminal, shows at once.
public struct Presentation: Equatable, Sendable {
  /// The slide showing, by what it shows: after a resize that splits a stage over more slides
  /// (or joins it onto fewer), the room stays on that stage.
  public internal(set) var slide: SlideID
  /// Where that slide was in the deck, for when what it showed is gone from the map.
  var index: Int
  /// Started as `journeymap present`: leaving ends the program instead of going back to the
  /// editor.
  public let endsSession: Bool
  /// The deck last laid out: each key and each frame would otherwise lay out every slide again.
  let cache = DeckCache()

  public init(endsSession: Bool) {
    slide = SlideID(.title)
    index = 0
    self.endsSession = endsSession
  }

  /// Two presentations are equal when they show the same slide; the cache is not state.
  public static func == (a: Presentation, b: Presentation) -> Bool {
    a.slide == b.slide && a.index == b.index && a.endsSession == b.endsSession
  }
}

/// What a slide shows, stable while the map and the screen change.
public struct SlideID: Hashable, Sendable {
  public enum Section: Hashable, Sendable {
    case title
    case journey
    /// A stage, by id.
    case stage(String)
    /// A moment of truth, by its step's id.
    case moment(String)
    case actions
  }

  public var section: Section
  /// Which of the slides the section takes at this size (0 for the first).
  public var part: Int

  public init(_ section: Section, part: Int = 0) {
    self.section = section
    self.part = part
  }
}
