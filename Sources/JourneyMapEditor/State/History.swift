import JourneyMapCore

/// Undo and redo: a stack of inverse changes with the cursor to return to.
///
/// Each entry stores only the inverse of one change (see ``MapChange``), so depth is cheap;
/// the limit exists only to bound memory in a day-long session.
public struct History: Sendable {
  public static let limit = 1000

  struct Entry: Sendable {
    /// What undoes (or, on the redo stack, redoes) the change.
    var change: MapChange
    /// The change itself, and where it put steps: what a three-way undo needs once other
    /// editors' changes have been merged in since (see ``UndoRebase``).
    var forward: MapChange
    var placements: [StepPlacement]
    /// The ``remoteEpoch`` when recorded: if it is still current, `change` applies exactly.
    var epoch: Int
    var cursor: Cursor
    var label: String
    /// The document version this entry returns to.
    var version: Int
  }

  var undoStack: [Entry] = []
  var redoStack: [Entry] = []
  /// Identifies the document's content: each new change gets a fresh number, and undo/redo
  /// return to earlier numbers, so "unsaved" is simply `version != savedVersion`.
  private(set) var version = 0
  var currentVersion: Int { version }
  private var nextVersion = 1
  var savedVersion = 0
  /// Counts merges of other editors' saves into this map: entries recorded under an older
  /// epoch are undone by a three-way merge instead of by their stored inverse.
  private(set) var remoteEpoch = 0

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }
  public var depth: Int { undoStack.count }
  public var isModified: Bool { version != savedVersion }

  /// How many changes have been recorded, ever: what ``joinRecorded(since:label:)`` counts from.
  private(set) var recordedCount = 0

  mutating func record(inverse: MapChange, forward: MapChange, placements: [StepPlacement], cursor: Cursor, label: String) {
    recordedCount += 1
    undoStack.append(
      Entry(change: inverse, forward: forward, placements: placements, epoch: remoteEpoch, cursor: cursor, label: label, version: version))
    if undoStack.count > History.limit { undoStack.removeFirst(undoStack.count - History.limit) }
    redoStack.removeAll()
    version = nextVersion
    nextVersion += 1
  }

  /// Makes the changes recorded since `count` (a value of ``recordedCount``) one undo step: a
  /// paste of several lines is one thing the user did, and one `u` takes it back.
  mutating func joinRecorded(since count: Int, label: String) {
    let joined = min(recordedCount - count, undoStack.count)
    guard joined > 1 else { return }
    let entries = undoStack.suffix(joined)
    undoStack.removeLast(joined)
    let first = entries.first!
    undoStack.append(
      Entry(
        change: .batch(entries.reversed().map(\.change)), forward: .batch(entries.map(\.forward)),
        placements: entries.flatMap(\.placements), epoch: first.epoch, cursor: first.cursor, label: label,
        version: first.version))
  }

  mutating func popUndo() -> Entry? { undoStack.popLast() }
  mutating func popRedo() -> Entry? { redoStack.popLast() }

  mutating func pushRedo(_ entry: Entry) { redoStack.append(entry) }
  mutating func pushUndo(_ entry: Entry) { undoStack.append(entry) }

  mutating func moveTo(version: Int) { self.version = version }

  mutating func markSaved() { savedVersion = version }

  /// Another editor's changes were merged in: the map is a new version that no undo entry
  /// returns to, and every stored inverse may now be out of date.
  mutating func absorbedRemoteChanges(isSaved: Bool) {
    remoteEpoch += 1
    let wasSaved = !isModified
    version = nextVersion
    nextVersion += 1
    if isSaved || wasSaved { savedVersion = version }
  }
}
