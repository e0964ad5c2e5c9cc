import JourneyMapCore

/// Every id seen in this session, including those of deleted things (undo may bring them back),
/// so that a new id never collides and is never reused.
///
/// A map's ids are read into the set when an id is first minted, not when the map arrives:
/// opening a 50,000-step map then builds one hash set of half a million ids fewer (it is built
/// at the first new thing instead, once: it was about 6% of opening such a map), and a session that only shows a large map
/// on a projector, with nothing arriving from disk, never builds it. At most one map waits
/// unread; a second one (another editor's save, a merge) reads the first in, so the set never
/// misses an id.
struct UsedIDs: Sendable {
  private var known: Set<String> = []
  private var unread: JourneyMap?

  init(_ map: JourneyMap) { unread = map }

  /// Records the ids of a map this session has seen (a merge, a reload, a restored recovery).
  mutating func add(idsOf map: JourneyMap) {
    readWaiting()
    unread = map
  }

  /// A new id of `kind` used nowhere in this session, recorded as used.
  mutating func mint(_ kind: IDKind, with ids: inout IDGenerator) -> String {
    readWaiting()
    let id = ids.make(kind) { known.contains($0) }
    known.insert(id)
    return id
  }

  private mutating func readWaiting() {
    guard let map = unread else { return }
    unread = nil
    if known.isEmpty {
      known = map.allIDs
    } else {
      known.formUnion(map.allIDs)
    }
  }
}
