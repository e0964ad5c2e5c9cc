/// One sticky note read from a CSV: a row of the long layout, or a cell of the grid, with the
/// cells that say where it goes already taken apart.
struct CSVNote: Sendable {
  var lane: CSVLane
  /// The lane as written when journeymap does not know it ("Quotes"); the note then goes to the
  /// step's notes, prefixed with it, so nothing is lost.
  var unknownLane: String?
  /// Whether the note's row named a lane at all (a note with no lane goes to the notes).
  var laneGiven = true
  var text: String
  var owner = ""
  var channel = ""
  var system = ""
  var value = ""
  var score = ""
  var id = ""
  var addresses = ""
  /// An opportunity's tracking cells, as written.
  var status = ""
  var impact = ""
  var effort = ""
  var due = ""
  var link = ""
  /// The spreadsheet row, for messages that list rows.
  var row: Int
  /// Where the note starts in the file, for messages that point at it.
  var offset: Int
  var scoreOffset: Int

  init(lane: CSVLane, text: String, row: Int, offset: Int) {
    self.lane = lane
    self.text = text
    self.row = row
    self.offset = offset
    self.scoreOffset = offset
  }
}

/// Warnings that concern many rows, said once with the list of rows ("rows 4, 7–12: no step…"),
/// so a board of two hundred untagged notes gives one line, not two hundred.
struct RowWarnings: Sendable {
  private var order: [String] = []
  private var rows: [String: (offset: Int, rows: [Int])] = [:]

  mutating func add(_ message: String, row: Int, offset: Int) {
    if rows[message] == nil {
      order.append(message)
      rows[message] = (offset, [])
    }
    rows[message]!.rows.append(row)
  }

  func flush(into log: inout MessageLog) {
    for message in order {
      let entry = rows[message]!
      let label = entry.rows.count == 1 ? "row" : "rows"
      log.warning(at: entry.offset, "\(label) \(Self.ranges(entry.rows)): \(message)")
    }
  }

  /// "3, 5–9, 12" from [3, 5, 6, 7, 8, 9, 12].
  static func ranges(_ rows: [Int]) -> String {
    var parts: [String] = []
    var i = 0
    while i < rows.count {
      var j = i
      while j + 1 < rows.count && rows[j + 1] == rows[j] + 1 { j += 1 }
      parts.append(j > i + 1 ? "\(rows[i])–\(rows[j])" : j == i + 1 ? "\(rows[i]), \(rows[j])" : "\(rows[i])")
      i = j + 1
    }
    return parts.joined(separator: ", ")
  }
}
