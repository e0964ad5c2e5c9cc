/// Builds a map from sticky notes, whatever layout they came in: finds or makes the stage, step,
/// touchpoint or process each note names, keeps the ids a CSV carries (journeymap's own export
/// writes them, so a map comes back from a spreadsheet with the same ids and `git diff` shows
/// only what was edited) and mints the rest, and puts every note somewhere: what cannot be
/// placed goes to "Unsorted notes", and the warnings list its rows.
struct CSVMapBuilder {
  static let unsortedStage = "Unsorted"
  static let unsortedStep = "Unsorted notes"
  static let untitledStage = "Untitled stage"
  static let defaultChannel = "other"

  var map: JourneyMap
  var log = MessageLog()
  var rowWarnings = RowWarnings()
  /// Whether a metric's name may hold its value ("Calls per day: 1,200"): only when the file
  /// has no Value column, so that a name with a colon survives journeymap's own export.
  var metricValuesInText = true
  private var ids: IDGenerator
  /// Every id in use, and what it names.
  private var taken: [String: IDKind] = [:]
  private var stageByID: [String: Int] = [:]
  private var stageByName: [String: Int] = [:]
  private var stepByID: [String: Int] = [:]
  private var stepByTitle: [StepKey: Int] = [:]
  private var touchpointByID: [String: Int] = [:]
  /// Touchpoints by lower-cased name, for notes that name one without its id.
  private var touchpointsByName: [String: [Int]] = [:]
  private var processByID: [String: Int] = [:]
  private var processByTitle: [String: Int] = [:]
  private var unsortedStepOfStage: [Int: Int] = [:]
  /// Notes with no stage at all, placed last in an "Unsorted" stage of their own.
  private var homeless: [CSVNote] = []
  private var titleRow: Int?
  /// Opportunities' `addresses`, resolved once every pain point has been read.
  private var pendingAddresses: [(step: Int, opportunity: Int, ids: [String], note: CSVNote)] = []

  struct StepKey: Hashable {
    var stage: Int
    var title: String
  }

  init(fallbackTitle: String, ids: IDGenerator) {
    self.ids = ids
    map = JourneyMap(id: "", title: fallbackTitle)
  }

  /// The generator, advanced past every id minted, for the caller to keep.
  var idGenerator: IDGenerator { ids }

  // MARK: Ids

  mutating func mint(_ kind: IDKind) -> String {
    let id = ids.make(kind) { taken[$0] != nil }
    taken[id] = kind
    return id
  }

  /// `wanted` when it is a well-formed, unused id of `kind`; otherwise a new one, with a warning
  /// when an id was given.
  mutating func claim(_ wanted: String, _ kind: IDKind, _ note: CSVNote) -> String {
    guard !wanted.isEmpty else { return mint(kind) }
    // Another tool's ids (Mural's, a spreadsheet's row numbers) are not journeymap's: a new id,
    // silently. An id that looks like journeymap's but is wrong here is worth a word.
    if !IDKind.allCases.contains(where: { wanted.hasPrefix($0.prefix + "_") }) { return mint(kind) }
    if !kind.accepts(wanted) {
      log.warning(at: note.offset, "ID \(Quote.text(wanted)) is not \(kind.noun.withArticle) id (\(kind.prefix)_…): a new one is made")
      return mint(kind)
    }
    if let other = taken[wanted] {
      log.warning(at: note.offset, "ID \(wanted) is already used by \(other.noun.withArticle): a new one is made")
      return mint(kind)
    }
    taken[wanted] = kind
    return wanted
  }

  // MARK: Stages and steps

  /// The stage a note names by id or name, made when new.
  mutating func stage(name: String, id: String, _ note: CSVNote) -> Int {
    if !id.isEmpty, let index = stageByID[id] { return index }
    if id.isEmpty || taken[id] != nil || !IDKind.stage.accepts(id), !name.isEmpty, let index = stageByName[name] { return index }
    let stage = Stage(id: claim(id, .stage, note), name: name.isEmpty ? Self.untitledStage : name.nfc)
    map.stages.append(stage)
    stageByID[stage.id] = map.stages.count - 1
    if !name.isEmpty && stageByName[name] == nil { stageByName[name] = map.stages.count - 1 }
    return map.stages.count - 1
  }

  /// A step already read under this id, if any.
  func step(withID id: String) -> Int? { id.isEmpty ? nil : stepByID[id] }

  /// The step a note names by id, or by title within its stage, made when new.
  mutating func step(stage: Int, title: String, id: String, _ note: CSVNote) -> Int {
    if let index = step(withID: id) {
      if !title.isEmpty && title.nfc != map.steps[index].title {
        rowWarnings.add(
          "Step ID \(id) is the step \(Quote.text(map.steps[index].title)): the row's Step title is not used", row: note.row,
          offset: note.offset)
      }
      return index
    }
    let key = StepKey(stage: stage, title: title)
    if id.isEmpty || taken[id] != nil || !IDKind.step.accepts(id), let index = stepByTitle[key] { return index }
    map.steps.append(Step(id: claim(id, .step, note), stage: map.stages[stage].id, title: title.nfc))
    let index = map.steps.count - 1
    stepByID[map.steps[index].id] = index
    if stepByTitle[key] == nil { stepByTitle[key] = index }
    return index
  }

  /// A note that names a stage but no step goes on that stage's "Unsorted notes" step; a note
  /// that names neither, on the "Unsorted" stage made at the end.
  mutating func unplaced(_ note: CSVNote, stage: Int?) {
    guard let stage else {
      rowWarnings.add("no stage or step: put on \"\(Self.unsortedStep)\" in stage \"\(Self.unsortedStage)\"", row: note.row, offset: note.offset)
      homeless.append(note)
      return
    }
    let name = map.stages[stage].name
    rowWarnings.add("no step: put on \"\(Self.unsortedStep)\" in stage \(Quote.text(name))", row: note.row, offset: note.offset)
    apply(note, toStep: unsortedStep(of: stage))
  }

  private mutating func unsortedStep(of stage: Int) -> Int {
    if let index = unsortedStepOfStage[stage] { return index }
    map.steps.append(Step(id: mint(.step), stage: map.stages[stage].id, title: Self.unsortedStep))
    unsortedStepOfStage[stage] = map.steps.count - 1
    return map.steps.count - 1
  }

  // MARK: Touchpoints and processes

  /// The touchpoint a note names: by id, else by name (and channel, when given), else new.
  mutating func touchpoint(_ note: CSVNote) -> Int? {
    if let index = touchpointByID[note.id] { return index }
    let name = note.text.nfc
    guard !name.isEmpty else {
      rowWarnings.add("a touchpoint without a name: nothing to import", row: note.row, offset: note.offset)
      return nil
    }
    let fresh = note.id.isEmpty || taken[note.id] != nil || !IDKind.touchpoint.accepts(note.id)
    let lowered = name.lowercased()
    if fresh, let index = touchpointsByName[lowered]?.first(where: {
      note.channel.isEmpty || map.touchpoints[$0].channel.lowercased() == note.channel.lowercased()
    }) {
      return index
    }
    var channel = note.channel.nfc
    if channel.isEmpty {
      channel = Self.defaultChannel
      rowWarnings.add("a touchpoint without a channel: channel \"\(Self.defaultChannel)\"", row: note.row, offset: note.offset)
    }
    map.touchpoints.append(Touchpoint(id: claim(note.id, .touchpoint, note), channel: channel, name: name))
    touchpointByID[map.touchpoints.last!.id] = map.touchpoints.count - 1
    touchpointsByName[lowered, default: []].append(map.touchpoints.count - 1)
    return map.touchpoints.count - 1
  }

  /// The process a note names: by id, else by lane and title, else new; an owner or system it
  /// gives fills one the process does not have yet.
  mutating func process(_ note: CSVNote, lane: ProcessLane) -> Int? {
    var index = processByID[note.id]
    let title = note.text.nfc
    if index == nil {
      guard !title.isEmpty else {
        rowWarnings.add("\(lane.rawValue.withArticle) process without a title: nothing to import", row: note.row, offset: note.offset)
        return nil
      }
      let key = lane.rawValue + "\u{0}" + title
      let fresh = note.id.isEmpty || taken[note.id] != nil || !IDKind.process.accepts(note.id)
      if fresh, let existing = processByTitle[key] {
        index = existing
      } else {
        map.processes.append(BackstageProcess(id: claim(note.id, .process, note), lane: lane, title: title))
        index = map.processes.count - 1
        processByID[map.processes[index!].id] = index
        if processByTitle[key] == nil { processByTitle[key] = index }
      }
    }
    let p = index!
    if map.processes[p].owner.isEmpty { map.processes[p].owner = note.owner.nfc }
    if map.processes[p].system.isEmpty { map.processes[p].system = note.system.nfc }
    return p
  }

  func process(withID id: String) -> Int? { processByID[id] }

  // MARK: The map's own fields

  mutating func setTitle(_ note: CSVNote) {
    if let first = titleRow {
      log.warning(at: note.offset, "a second title (the first is on row \(first)): this one is used")
    }
    titleRow = note.row
    if !note.text.isEmpty { map.title = note.text.nfc }
    if map.id.isEmpty || !note.id.isEmpty {
      if !map.id.isEmpty { taken[map.id] = nil }
      map.id = claim(note.id, .map, note)
    }
  }

  mutating func addOpportunityAddresses(step: Int, opportunity: Int, _ note: CSVNote) {
    let list = note.addresses.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" }).map(String.init)
    if !list.isEmpty { pendingAddresses.append((step, opportunity, list, note)) }
  }

  // MARK: Finishing

  /// The map, with every note placed and every link checked.
  mutating func finish() -> JourneyMap {
    if !homeless.isEmpty {
      let stage = Stage(id: mint(.stage), name: Self.unsortedStage)
      map.stages.append(stage)
      map.steps.append(Step(id: mint(.step), stage: stage.id, title: Self.unsortedStep))
      let step = map.steps.count - 1
      for note in homeless { apply(note, toStep: step) }
    }
    let painPoints = Set(map.steps.flatMap { $0.painPoints.map(\.id) })
    for pending in pendingAddresses {
      for id in pending.ids {
        if painPoints.contains(id) {
          if !map.steps[pending.step].opportunities[pending.opportunity].addresses.contains(id) {
            map.steps[pending.step].opportunities[pending.opportunity].addresses.append(id)
          }
        } else {
          rowWarnings.add("Addresses names \(Quote.text(id)), which is no pain point's ID in this file: that link is left out", row: pending.note.row, offset: pending.note.offset)
        }
      }
    }
    if map.id.isEmpty { map.id = mint(.map) }
    rowWarnings.flush(into: &log)
    return map
  }
}

extension CSVMapBuilder {
  /// A step of its own, even when another in the stage has the same title (a grid's column).
  mutating func newStep(stage: Int, title: String, _ note: CSVNote) -> Int {
    map.steps.append(Step(id: mint(.step), stage: map.stages[stage].id, title: title.nfc))
    return map.steps.count - 1
  }
}

extension String {
  /// "an opportunity", "a pain point".
  var withArticle: String {
    guard let first = first?.lowercased() else { return self }
    return ("aeiou".contains(first) ? "an " : "a ") + self
  }
}
