import JourneyMapCore

/// Everything the editor knows: the map, where the cursor is, what is on screen, what the keys
/// do now, and the undo history. A value: the update function turns one state and one event
/// into the next state, and the renderer turns a state into a screen.
public struct EditorState: Sendable {
  public internal(set) var map: JourneyMap
  /// Where saves go; nil for an untitled map (the first save asks for a name).
  public var filePath: String?
  public internal(set) var cursor = Cursor()
  /// The first column shown (horizontal scroll).
  public internal(set) var firstColumn = 0
  /// Rows scrolled off the top of the scrolling lanes (vertical scroll).
  public internal(set) var laneScroll = 0
  /// Rows scrolled off the top of the step view.
  public internal(set) var stepScroll = 0
  public internal(set) var size: Size
  public internal(set) var options: ViewOptions
  public internal(set) var mode: Mode = .normal
  public internal(set) var history = History()
  public internal(set) var message: Message?
  public internal(set) var columns = Columns()
  public internal(set) var search = SearchState()
  /// What lint needs to judge a step without a pass over the map (see `Findings/`).
  var findingIndex = FindingIndex()
  /// Whether the editor is ending: one state, so "quit after the save" and "quit now" can never
  /// disagree.
  public internal(set) var quitting: Quitting = .no
  /// The document version a save in flight will have written.
  var pendingSave: Int?
  /// Counts keys typed into text (a cell, a prompt, the form): what is being typed changes
  /// without a new document version, and the recovery file must follow it.
  public internal(set) var inputRevision = 0
  /// Unsaved work from an earlier session, offered when the map was opened.
  public internal(set) var recovery: RecoveryOffer?
  /// The map as slides, while presenting: keys then move between slides and change nothing.
  public internal(set) var presentation: Presentation?
  var ids: IDGenerator
  var usedIDs: UsedIDs

  public init(
    map: JourneyMap, filePath: String?, isNew: Bool = false, size: Size, ids: IDGenerator, theme: Theme = .normal, keymap: Keymap = .vim
  ) {
    self.map = map
    self.filePath = filePath
    self.size = size
    self.ids = ids
    usedIDs = UsedIDs(map)
    // The backstage is always in sight: an empty one says how to add the first process.
    options = ViewOptions(showBackstage: true, theme: theme)
    options.keymap = keymap
    normalise()
    columns = Columns(self.map)
    findingIndex = FindingIndex(self.map)
    let conflicts = MergeConflict.recorded(in: map).count
    if conflicts > 0 {
      message = Message(text: "\(conflicts) unresolved merge conflict(s) from git: \(key(.conflicts)) settles them one by one", isError: true)
    } else if map.steps.isEmpty && map.stages.isEmpty {
      message = Message(text: "Empty map: S adds a stage, ? shows every key", isError: false)
    } else if isNew {
      message = Message(
        text: keymap == .simple
          ? "New map: type on a cell to write in it, \(key(.insertStepAfter)) adds a step in one line, \(key(.help)) shows every key"
          : "New map: \(key(.edit)) edits a cell, \(key(.insertStepAfter)) adds a step in one line, \(key(.help)) shows every key",
        isError: false)
    }
  }

  /// Steps are kept grouped by stage in stage order, so a column is a step and moving between
  /// columns is moving between neighbours. A file written by another tool in another order is
  /// sorted (stably) on open; that becomes part of the next save.
  mutating func normalise() {
    var rank: [String: Int] = [:]
    for (i, stage) in map.stages.enumerated() { rank[stage.id] = i }
    let ordered = map.steps.indices.sorted {
      let a = rank[map.steps[$0].stage] ?? Int.max
      let b = rank[map.steps[$1].stage] ?? Int.max
      return a != b ? a < b : $0 < $1
    }
    if ordered != Array(map.steps.indices) {
      _ = map.apply(.setSteps(ordered.map { map.steps[$0] }))
    }
  }

  public var isModified: Bool { history.isModified }

  /// The version a save is about to write: it counts as saved when `.saved` or `.autosaved`
  /// comes back (an autosave, which the runtime makes on its own, says nothing).
  public mutating func beginAutosave() { pendingSave = history.currentVersion }

  /// The file name shown in the status bar.
  public var displayName: String { filePath ?? "[untitled]" }

  // MARK: Where the cursor is

  public var currentColumn: Column? {
    columns.items.indices.contains(cursor.column) ? columns.items[cursor.column] : nil
  }

  /// The step under the cursor, if the column is a step.
  public var currentStep: Int? {
    if case .step(let i) = currentColumn { return i }
    return nil
  }

  public var currentStage: Int? {
    columns.stageOfColumn.indices.contains(cursor.column) ? columns.stageOfColumn[cursor.column] : nil
  }

  /// The lanes on screen, in order.
  public var visibleLanes: [Lane] {
    Lane.allCases.filter { lane in
      if lane.isDetail && !options.showDetails { return false }
      if lane.isBackstageLayer && !options.showBackstage { return false }
      // Until the map has a process, the layer is its line and one row saying how to start.
      if lane.isBackstageLayer && map.processes.isEmpty { return lane == .lineOfInteraction || lane == .backstage }
      return true
    }
  }

  /// The lanes the cursor can be on.
  public var selectableLanes: [Lane] { visibleLanes.filter { !$0.isRule } }

  /// The columns in view: all of them, or the current stage's when a stage is focused.
  public var columnRange: Range<Int> {
    if options.focusStage, let stage = currentStage { return columns.stageRanges[stage] }
    return 0..<columns.count
  }

  // MARK: Cell contents

  /// The processes of a lane serving a step, as indices into `map.processes`.
  public func processes(_ lane: ProcessLane, step: Int) -> [Int] {
    columns.processes(ofStepAt: step).filter { map.processes[$0].lane == lane }
  }

  /// The items of a list cell, as plain (not yet terminal-safe) text.
  public func items(_ lane: Lane, step: Int) -> [String] {
    lane.spec.list?.items(self, step) ?? []
  }

  public func itemCount(_ lane: Lane, step: Int) -> Int {
    lane.spec.list?.count(self, step) ?? 0
  }

  static func opportunityText(_ o: Opportunity) -> String {
    o.owner.isEmpty ? o.text : "\(o.text) @\(o.owner)"
  }

  static func processText(_ p: BackstageProcess) -> String {
    let detail = [p.owner, p.system].filter { !$0.isEmpty }.joined(separator: " · ")
    return detail.isEmpty ? p.title : "\(p.title) (\(detail))"
  }

  /// The text of a single-text cell.
  public func text(_ lane: Lane, step: Int) -> String {
    if let read = lane.spec.read { return read(map.steps[step]) }
    return items(lane, step: step).joined(separator: "; ")
  }

  // MARK: Changing the map

  /// Applies a change as one undo step and refreshes what is derived from the map.
  mutating func commit(_ change: MapChange, label: String, cursorBefore: Cursor? = nil) {
    let (inverse, placements) = map.applyRecordingPlacements(change)
    history.record(inverse: inverse, forward: change, placements: placements, cursor: cursorBefore ?? cursor, label: label)
    refreshDerived(after: change, inverse: inverse)
    search.invalidate()
  }

  /// Runs `body`, whose changes become one undo step labelled `label`.
  mutating func asOneUndoStep(_ label: String, _ body: (inout EditorState) -> Void) {
    let before = history.recordedCount
    body(&self)
    history.joinRecorded(since: before, label: label)
  }

  /// Recomputes the derived columns, unless the change cannot have moved any: editing one
  /// step's content in place (the common case while typing) leaves columns and process links
  /// as they were, which keeps edits on a 10,000-step map cheap.
  mutating func refreshDerived(after change: MapChange? = nil, inverse: MapChange? = nil) {
    if case .setStep(let index, let new) = change, case .setStep(_, let old) = inverse, old.stage == new.stage,
      old.id == new.id
    {
      _ = index
      findingIndex.replace(old, with: new)
      clampCursor()
      return
    }
    columns = Columns(map)
    findingIndex.rebuild(map)
    clampCursor()
  }

  mutating func undo() {
    guard let entry = history.popUndo() else {
      inform("Nothing to undo")
      return
    }
    let cursorNow = cursor
    let versionNow = history.currentVersion
    let (redo, kept) = reverse(entry)
    history.pushRedo(
      History.Entry(
        change: redo.inverse, forward: redo.forward, placements: redo.placements, epoch: history.remoteEpoch, cursor: cursorNow,
        label: entry.label, version: versionNow))
    history.moveTo(version: entry.version)
    cursor = entry.cursor
    clampCursor()
    search.invalidate()
    if kept > 0 {
      warn("Undid: \(entry.label), except \(kept) part(s) another editor has changed since")
    } else {
      inform("Undid: \(entry.label)")
    }
  }

  mutating func redo() {
    guard let entry = history.popRedo() else {
      inform("Nothing to redo")
      return
    }
    let (undo, kept) = reverse(entry)
    history.pushUndo(
      History.Entry(
        change: undo.inverse, forward: undo.forward, placements: undo.placements, epoch: history.remoteEpoch, cursor: cursor,
        label: entry.label, version: history.currentVersion))
    history.moveTo(version: entry.version)
    cursor = entry.cursor
    clampCursor()
    search.invalidate()
    if kept > 0 {
      warn("Redid: \(entry.label), except \(kept) part(s) another editor has changed since")
    } else {
      inform("Redid: \(entry.label)")
    }
  }

  /// Applies an undo or redo entry: exactly, by its stored inverse, when no other editor's
  /// changes came in since it was recorded; otherwise as a three-way merge that leaves their
  /// changes in place. Returns what reverses it again, and how many parts were left as they are.
  private mutating func reverse(_ entry: History.Entry) -> (
    (inverse: MapChange, forward: MapChange, placements: [StepPlacement]), kept: Int
  ) {
    if entry.epoch == history.remoteEpoch {
      let (back, placements) = map.applyRecordingPlacements(entry.change)
      refreshDerived(after: entry.change, inverse: back)
      return ((back, entry.change, placements), 0)
    }
    let outcome = UndoRebase.undo(forward: entry.forward, inverse: entry.change, placements: entry.placements, in: map)
    usedIDs.add(idsOf: outcome.map)
    let back = map.apply(.replace(outcome.map))
    refreshDerived()
    return ((back, .replace(outcome.map), []), outcome.kept)
  }

  mutating func mintID(_ kind: IDKind) -> String {
    usedIDs.mint(kind, with: &ids)
  }

  // MARK: Messages

  mutating func inform(_ text: String) { message = Message(text: text, isError: false) }
  mutating func warn(_ text: String) { message = Message(text: text, isError: true) }

  // MARK: Cursor bounds

  mutating func clampCursor() {
    cursor.column = max(0, min(cursor.column, columns.count - 1))
    let lanes = selectableLanes
    if !lanes.contains(cursor.lane) {
      // The lane was hidden: go to the nearest lane above it that is still shown.
      let order = Lane.allCases
      let index = order.firstIndex(of: cursor.lane) ?? 0
      cursor.lane = order[..<index].last(where: lanes.contains) ?? .step
    }
    if cursor.lane.isList, let step = currentStep {
      cursor.item = max(0, min(cursor.item, itemCount(cursor.lane, step: step) - 1))
    } else {
      cursor.item = 0
    }
  }
}
