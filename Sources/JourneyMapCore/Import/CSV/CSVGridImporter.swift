/// The grid layout: Miro's export of sticky notes, which keeps each note's place on the board
/// (one note per cell, no header), and any spreadsheet laid out like a journey map template.
///
///     ,Discover,,Buy                    ← stages along the first row (a blank continues the one
///     Doing,Searches online,Compares,Pays     to its left, as a merged cell exports)
///     Thinking,Where do I start?,,Is it safe?
///     ,Too many sites,,                 ← a blank lane cell: another note in the lane above
///     Feeling,-1,1,2
///
/// Each column is a step: its title from the step lane (Doing, Actions, Steps…), every other
/// cell a note in its row's lane. Without a row of stages (the first row already names a
/// lane), every step goes to one stage.
enum CSVGridImporter {
  /// Lane names down the first column: at least two of them (or every row, in a tiny file).
  static func looksLikeGrid(_ records: [CSVRecord]) -> Bool {
    let rows = records.filter { !$0.isEmpty }
    let lanes = rows.filter { CSVLane.matching($0.fields[0].text) != nil }.count
    return lanes >= min(2, rows.count) && lanes > 0
  }

  static func read(_ records: [CSVRecord], into builder: inout CSVMapBuilder) {
    var rows = records.filter { !$0.isEmpty }
    guard let first = rows.first else { return }
    let width = rows.map(\.fields.count).max() ?? 0
    // Stages along the first row, unless it is already a lane.
    var stageOfColumn = Array(repeating: "", count: width)
    // The first row holds the stages unless it already names a lane ("Stage" in its first cell
    // is the label of the stage row, as templates write it).
    let firstLane = CSVLane.matching(first.fields[0].text)
    if firstLane == nil || firstLane == .stage {
      var current = ""
      for j in 1..<max(1, width) {
        let name = CSVText.unguarded(first[j]?.text ?? "")
        if !name.isEmpty { current = name }
        stageOfColumn[j] = current
      }
      rows.removeFirst()
    }
    // Each row's lane: its first cell, or the lane of the row above when blank.
    var lanes: [(lane: CSVLane, unknown: String?)] = []
    var current: (lane: CSVLane, unknown: String?) = (.notes, nil)
    for row in rows {
      let label = CSVText.unguarded(row.fields[0].text)
      if !label.isEmpty {
        if let lane = CSVLane.matching(label) {
          current = (lane, nil)
        } else {
          current = (.notes, label)
          builder.rowWarnings.add(
            "lane \(Quote.text(label)) is not one journeymap knows: kept in the notes, after \"\(label):\"", row: row.row, offset: row.offset)
        }
      }
      lanes.append(current)
    }
    let titleRow = lanes.firstIndex { $0.lane == .step && $0.unknown == nil }
    var stepOfColumn: [Int: Int] = [:]
    for j in 1..<max(1, width) {
      let hasNotes = rows.contains { !($0[j]?.text.isEmpty ?? true) }
      guard hasNotes else { continue }
      let titleCell = titleRow.flatMap { rows[$0][j] }
      let note = CSVNote(lane: .step, text: "", row: first.row, offset: titleCell?.offset ?? first.offset)
      let stageName = stageOfColumn[j].isEmpty ? CSVImporter.defaultStage : stageOfColumn[j]
      let stage = builder.stage(name: stageName, id: "", note)
      let title = CSVText.unguarded(titleCell?.text ?? "")
      // Columns are steps even when two share a title: one column, one step.
      stepOfColumn[j] = builder.newStep(stage: stage, title: title, note)
    }
    for (r, row) in rows.enumerated() {
      for j in 1..<max(1, row.fields.count) {
        guard let field = row[j], !field.text.isEmpty, let step = stepOfColumn[j], r != titleRow else { continue }
        var note = CSVNote(lane: lanes[r].lane, text: CSVText.unguarded(field.text), row: row.row, offset: field.offset)
        note.unknownLane = lanes[r].unknown
        if note.lane.isMapLevel {
          builder.applyToMap(note)
        } else if note.lane == .stage {
          builder.applyStage(name: stageOfColumn[j].isEmpty ? CSVImporter.defaultStage : stageOfColumn[j], id: "", note)
        } else {
          builder.apply(note, toStep: step)
        }
      }
    }
  }
}
