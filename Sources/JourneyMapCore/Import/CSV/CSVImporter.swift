/// Sticky notes from a CSV file as a new map. Two layouts are read, told apart by the header:
///
/// - **Rows under a header** naming the columns (journeymap's own export, Mural's export, Miro
///   tables, a spreadsheet): one note per row in Stage, Step, Lane and Text, optionally Owner,
///   Channel, System, Value, Score and journeymap's ID columns (``CSVColumn`` lists the names
///   each is known by); or one step per row with a column per lane (Thinking, Feeling…);
///   or both (``CSVRowsImporter``).
/// - **A grid** (Miro's export of sticky notes keeps their places on the board: one note per
///   cell, no header): lane names down the first column, stage names along the first row, one
///   step per column (``CSVGridImporter``).
///
/// docs/import.md gives the whole mapping.
enum CSVImporter {
  /// Steps named with no stage go here.
  static let defaultStage = "Journey"

  static func importMap(_ bytes: [UInt8], fallbackTitle: String, ids: inout IDGenerator) -> ImportResult {
    let (text, encodingWarning) = CSVEncoding.utf8(bytes)
    var log = MessageLog()
    let separator = CSVReader.separator(of: text, from: 0)
    let records = CSVReader.records(text, from: 0, separator: separator, log: &log)
    func result(_ map: JourneyMap?, _ log: MessageLog) -> ImportResult {
      ImportResult(map: map, messages: (encodingWarning.map { [$0] } ?? []) + log.messages(in: text))
    }
    if log.hasErrors { return result(nil, log) }
    guard let header = records.first(where: { !$0.isEmpty }) else {
      log.error(at: 0, "no sticky notes: the file is empty (expected a header row such as Stage,Step,Lane,Text)")
      return result(nil, log)
    }
    let columns = header.fields.map { CSVColumn.matching($0.text) }
    let rows = records.drop { $0.row <= header.row }
    var builder = CSVMapBuilder(fallbackTitle: fallbackTitle, ids: ids)
    let laneColumns = header.fields.filter { CSVColumn.matching($0.text) == nil && CSVLane.matching($0.text) != nil }
    if columns.contains(.text) || columns.contains(.step) || columns.contains(.stepID) || laneColumns.count >= 2 {
      CSVRowsImporter.read(rows, header: header, into: &builder)
    } else if CSVGridImporter.looksLikeGrid(records) {
      CSVGridImporter.read(records, into: &builder)
    } else {
      log.error(
        at: header.offset,
        "no column journeymap reads (Stage, Step, Lane, Text…) in the header, and no lane names (Doing, Thinking, Feeling…) down the first column: see docs/import.md for the columns")
      return result(nil, log)
    }
    let map = builder.finish()
    ids = builder.idGenerator
    log.append(builder.log)
    return result(map, log)
  }

}

extension MessageLog {
  mutating func append(_ other: MessageLog) {
    for entry in other.entries {
      if entry.severity == .error { error(at: entry.offset, entry.message) } else { warning(at: entry.offset, entry.message) }
    }
  }
}
