/// One cell of a CSV file: its text, and where it starts (for messages).
struct CSVField: Equatable, Sendable {
  var text: String
  var offset: Int
  /// Quoted fields keep their spaces; unquoted ones are trimmed (spreadsheets pad them).
  var quoted: Bool
}

/// One record: a spreadsheet row, which may span several lines when a quoted cell holds line
/// breaks.
struct CSVRecord: Equatable, Sendable {
  var fields: [CSVField]
  var offset: Int
  /// The row number a spreadsheet shows: the header is row 1, every record counts (empty ones
  /// too), whatever line breaks its cells hold.
  var row: Int

  var isEmpty: Bool { fields.allSatisfy { $0.text.isEmpty } }

  subscript(_ column: Int?) -> CSVField? {
    guard let column, column < fields.count else { return nil }
    return fields[column]
  }
}

/// RFC 4180 CSV, and what spreadsheets write that RFC 4180 does not say: `;` or tab separators
/// (Excel in much of Europe writes `;`, because `,` is the decimal mark), CR, LF or CRLF line
/// ends, unquoted cells padded with spaces, and a quote in the middle of an unquoted cell
/// (kept as text). A quoted cell holds anything, `""` being one quote. One pass over the bytes.
enum CSVReader {
  /// The separator a file uses: whichever of `,` `;` and tab occurs most often outside quotes in
  /// its first record (comma when none does, or on a tie).
  static func separator(of bytes: [UInt8], from start: Int) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
    var quoted = false
    var i = start
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if !quoted && (byte == 0x0A || byte == 0x0D) {
        break
      } else if !quoted, let count = counts[byte] {
        counts[byte] = count + 1
      }
      i += 1
    }
    var best = UInt8(ascii: ",")
    for candidate in [UInt8(ascii: ";"), 0x09] where counts[candidate]! > counts[best]! { best = candidate }
    return best
  }

  /// Every record of `bytes[start...]`; a quoted cell that is never closed is reported in `log`.
  static func records(_ bytes: [UInt8], from start: Int, separator: UInt8, log: inout MessageLog) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var fields: [CSVField] = []
    var cell: [UInt8] = []
    var cellStart = start
    var recordStart = start
    var quoted = false
    var i = start
    let n = bytes.count

    func endCell() {
      var text = String(decoding: cell, as: UTF8.self)
      if !quoted { text = text.trimmedSpaces }
      fields.append(CSVField(text: text, offset: cellStart, quoted: quoted))
      cell.removeAll(keepingCapacity: true)
      quoted = false
    }
    func endRecord() {
      endCell()
      records.append(CSVRecord(fields: fields, offset: recordStart, row: records.count + 1))
      fields = []
    }

    guard start < n else { return [] }
    while i < n {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") && cell.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) && !quoted {
        // An opening quote (after padding, which is dropped): read to the closing quote.
        quoted = true
        cell.removeAll(keepingCapacity: true)
        let opening = i
        i += 1
        var closed = false
        while i < n {
          if bytes[i] == UInt8(ascii: "\"") {
            if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
              cell.append(UInt8(ascii: "\""))
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          cell.append(bytes[i])
          i += 1
        }
        if !closed {
          log.error(at: opening, "this quoted cell is never closed: a \" is missing (write \"\" for a quote inside a cell)")
          return records
        }
        // Text after the closing quote stays in the cell, as spreadsheets do; blanks are padding.
        var stray = i
        while stray < n && (bytes[stray] == 0x20 || bytes[stray] == 0x09) && bytes[stray] != separator { stray += 1 }
        if stray < n && bytes[stray] != separator && bytes[stray] != 0x0A && bytes[stray] != 0x0D {
          log.warning(at: stray, "text after a cell's closing quote is kept in the cell")
          while i < n && bytes[i] != separator && bytes[i] != 0x0A && bytes[i] != 0x0D {
            cell.append(bytes[i])
            i += 1
          }
        } else {
          i = stray
        }
        continue
      }
      if byte == separator {
        endCell()
        i += 1
        cellStart = i
      } else if byte == 0x0A || byte == 0x0D {
        endRecord()
        i += byte == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
        cellStart = i
        recordStart = i
        if i == n { return records }
      } else {
        cell.append(byte)
        i += 1
      }
    }
    endRecord()
    return records
  }
}
