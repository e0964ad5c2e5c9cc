/// The text encodings spreadsheets save CSV in, all read as UTF-8: UTF-8 with or without a byte
/// order mark (Excel's "CSV UTF-8", Google Sheets, LibreOffice, Miro, Mural), UTF-16 with a
/// byte order mark (Excel's "Unicode Text"), and Windows-1252 (Excel's plain "CSV (Comma
/// delimited)" on Windows in Western Europe and the Americas), recognised by not being UTF-8.
enum CSVEncoding {
  /// The bytes as UTF-8 without a byte order mark, and a warning when they had to be guessed.
  static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], warning: ImportMessage?) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let little = bytes[0] == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 2
      while i + 1 < bytes.count {
        units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
        i += 2
      }
      return (Array(String(decoding: units, as: UTF16.self).utf8), nil)
    }
    guard let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) else { return (bytes, nil) }
    let location = LineLocator(bytes, lineEnds: .anyNewline).location(of: bad)
    let warning = ImportMessage(
      .warning, at: location,
      "not UTF-8: read as Windows-1252 (Excel's \"CSV (Comma delimited)\"); save as \"CSV UTF-8\" if accents look wrong")
    return (Array(Windows1252.decode(bytes[...]).utf8), warning)
  }
}
