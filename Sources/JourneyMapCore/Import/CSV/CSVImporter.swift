enum CSVImporter {
  static func importMap(_ bytes: [UInt8], fallbackTitle: String, ids: inout IDGenerator) -> ImportResult {
    ImportResult(map: nil, messages: [ImportMessage(.error, at: LineColumn(line: 1, column: 1), "CSV import is not written yet")])
  }
}
