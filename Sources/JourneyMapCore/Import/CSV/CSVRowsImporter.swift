/// Rows under a header: one sticky note per row (Stage, Step, Lane, Text…), one step per row
/// with a column per lane (Stage, Step, Thinking, Feeling, Pain points…), or a mix of both.
///
/// A row's place is its Stage and Step cells (or journeymap's Stage ID and Step ID). Blank place
/// cells repeat the row above, as a spreadsheet with merged cells exports them; a note that
/// names a stage but no step goes to that stage's "Unsorted notes" step, one that names
/// neither to the "Unsorted" stage, and the warnings list their rows.
enum CSVRowsImporter {
  struct Layout {
    var index: [CSVColumn: Int] = [:]
    /// Columns named after a lane ("Thinking", "Pain points"): each cell is a note in it.
    var laneColumns: [(column: Int, lane: CSVLane)] = []
  }

  static func read(_ rows: ArraySlice<CSVRecord>, header: CSVRecord, into builder: inout CSVMapBuilder) {
    let layout = self.layout(header, rows, &builder)
    let index = layout.index
    if index[.lane] == nil && layout.laneColumns.isEmpty && index[.text] != nil {
      builder.log.warning(at: header.offset, "no Lane column (or Tags, Type, Category): every note goes to its step's notes")
    }
    builder.metricValuesInText = index[.value] == nil
    let hasSteps = index[.step] != nil || index[.stepID] != nil
    var previous: Place?
    for record in rows where !record.isEmpty {
      func cell(_ column: CSVColumn) -> String { CSVText.unguarded(record[index[column]]?.text ?? "") }
      var place = Place(stage: cell(.stage), stageID: cell(.stageID), step: cell(.step), stepID: cell(.stepID))
      if hasSteps, let previous {
        // Blank place cells repeat the row above, as merged cells export.
        if place.isEmpty {
          place = previous
        } else if place.stage.isEmpty && place.stageID.isEmpty {
          (place.stage, place.stageID) = (previous.stage, previous.stageID)
        }
      }
      var notes: [CSVNote] = []
      let laneCell = cell(.lane)
      let textField = record[index[.text]]
      // The row's own note: its Text in its Lane (or just a Score, for a step per row).
      if index[.text] != nil || !laneCell.isEmpty || !cell(.score).isEmpty {
        var note = CSVNote(lane: .notes, text: cell(.text), row: record.row, offset: textField?.offset ?? record.offset)
        note.laneGiven = !laneCell.isEmpty
        if !laneCell.isEmpty {
          if let lane = CSVLane.firstMatching(tags: laneCell) {
            note.lane = lane
          } else {
            note.unknownLane = laneCell
            builder.rowWarnings.add(
              "lane \(Quote.text(laneCell)) is not one journeymap knows: kept in the notes, after \"\(laneCell):\"",
              row: record.row, offset: record[index[.lane]]!.offset)
          }
        }
        note.owner = cell(.owner)
        note.channel = cell(.channel)
        note.system = cell(.system)
        note.value = cell(.value)
        note.score = cell(.score)
        note.scoreOffset = record[index[.score]]?.offset ?? note.offset
        note.id = cell(.id)
        note.addresses = cell(.addresses)
        note.status = cell(.status)
        note.impact = cell(.impact)
        note.effort = cell(.effort)
        note.due = cell(.due)
        note.link = cell(.link)
        if !note.text.isEmpty || !laneCell.isEmpty || !note.score.isEmpty || !note.id.isEmpty { notes.append(note) }
      }
      for (column, lane) in layout.laneColumns {
        guard let field = record[column], !field.text.isEmpty else { continue }
        notes.append(CSVNote(lane: lane, text: CSVText.unguarded(field.text), row: record.row, offset: field.offset))
      }
      if notes.isEmpty && !place.step.isEmpty || notes.isEmpty && !place.stepID.isEmpty {
        // A row that only names a step declares it.
        notes.append(CSVNote(lane: .step, text: "", row: record.row, offset: record.offset))
      }
      for note in notes { place = self.place(note, at: place, &builder) }
      previous = place
    }
  }

  /// Where a row says its notes go.
  struct Place {
    var stage: String
    var stageID: String
    var step: String
    var stepID: String

    var isEmpty: Bool { stage.isEmpty && stageID.isEmpty && step.isEmpty && stepID.isEmpty }
    var namesStage: Bool { !stage.isEmpty || !stageID.isEmpty }
    var namesStep: Bool { !step.isEmpty || !stepID.isEmpty }
  }

  /// Puts one note where `place` says, and returns the place for the row's next note (a
  /// sticky note in the step lane with no Step cell names the step the rest of the row is on).
  static func place(_ note: CSVNote, at place: Place, _ builder: inout CSVMapBuilder) -> Place {
    var place = place
    var note = note
    if note.lane == .stage {
      builder.applyStage(name: place.stage, id: place.stageID, note)
      return place
    }
    if note.lane.isMapLevel {
      builder.applyToMap(note)
      return place
    }
    // Touchpoints and processes with no place are the map's own list (journeymap's export
    // writes them first); so is a plain note with no place.
    let definitions: [CSVLane] = [.touchpoint, .frontstage, .backstage, .support, .processNotes]
    if !place.namesStep && !place.namesStage && (definitions.contains(note.lane) || note.lane == .notes && note.unknownLane == nil) {
      if !note.laneGiven {
        builder.rowWarnings.add("no stage, step or lane: kept in the map's notes", row: note.row, offset: note.offset)
      }
      builder.applyToMap(note)
      return place
    }
    var stage = place.namesStage ? builder.stage(name: place.stage, id: place.stageID, note) : nil
    if !place.namesStep {
      guard note.lane == .step && !note.text.isEmpty else {
        builder.unplaced(note, stage: stage)
        return place
      }
      // A sticky note in the step lane is a step (Mural: an area's "Doing" notes).
      place.step = note.text
      note.text = ""
    }
    if stage == nil, let known = builder.step(withID: place.stepID) {
      stage = builder.map.stages.firstIndex { $0.id == builder.map.steps[known].stage }
    }
    if stage == nil {
      builder.rowWarnings.add("a step with no stage: put in stage \"\(CSVImporter.defaultStage)\"", row: note.row, offset: note.offset)
      stage = builder.stage(name: CSVImporter.defaultStage, id: "", note)
    }
    let step = builder.step(stage: stage!, title: place.step, id: place.stepID, note)
    builder.apply(note, toStep: step)
    return place
  }

  /// Which column is what. Of several columns that could name the lane (Type and Tags in
  /// Mural's export), the one whose cells name lanes most often is read; every column that is
  /// not read is reported.
  static func layout(_ header: CSVRecord, _ rows: ArraySlice<CSVRecord>, _ builder: inout CSVMapBuilder) -> Layout {
    var layout = Layout()
    var laneCandidates: [Int] = []
    func unused(_ i: Int, _ why: String) {
      let name = header.fields[i].text
      if !name.isEmpty || rows.contains(where: { !($0[i]?.text.isEmpty ?? true) }) {
        builder.log.warning(at: header.fields[i].offset, "column \(Quote.text(name.isEmpty ? "(no name)" : name)) \(why)")
      }
    }
    for (i, field) in header.fields.enumerated() {
      if let column = CSVColumn.matching(field.text) {
        if column == .lane {
          laneCandidates.append(i)
        } else if layout.index[column] != nil {
          unused(i, "is a second \(column.title) column: only the first is read")
        } else {
          layout.index[column] = i
        }
      } else if let lane = CSVLane.matching(field.text) {
        layout.laneColumns.append((i, lane))
      } else {
        unused(i, "is not one journeymap reads: its cells are not imported")
      }
    }
    let scored = laneCandidates.map { i in (i, rows.filter { CSVLane.firstMatching(tags: $0[i]?.text ?? "") != nil }.count) }
    if let best = scored.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) {
      layout.index[.lane] = best.0
      for (i, _) in scored where i != best.0 {
        unused(i, "is not read: column \(Quote.text(header.fields[best.0].text)) names the lanes")
      }
    }
    return layout
  }
}
