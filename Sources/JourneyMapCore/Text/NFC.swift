import Foundation

extension String {
  /// The text in Unicode Normalization Form C, so that the same words typed on two machines
  /// (one composing `é`, one writing `e` + U+0301) are the same bytes in the file.
  ///
  /// Text with no scalar at or above U+0300 is already NFC (nothing below it composes or
  /// reorders), which keeps the common case free of any work.
  public var nfc: String {
    if isKnownNFC { return self }
    return precomposedStringWithCanonicalMapping
  }

  /// True when the fast check proves the text is NFC without normalising it.
  var isKnownNFC: Bool {
    // 0xCC is the lead byte of U+0300; every byte of a smaller scalar is below it.
    if let fast = utf8.withContiguousStorageIfAvailable({ UTF8Scan.allBelow(0xCC, $0) }) { return fast }
    return utf8.allSatisfy { $0 < 0xCC }
  }
}

/// Byte scans over contiguous UTF-8, written as plain loops the optimiser vectorises.
enum UTF8Scan {
  static func allBelow(_ limit: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var combined: UInt8 = 0
    for byte in bytes { combined |= byte >= limit ? 1 : 0 }
    return combined == 0
  }

  /// True when the bytes can go into a JSON string as they are and are already NFC: no byte
  /// below U+0020, no `"`, `\\`, DEL, and no byte of a scalar at or above U+0300.
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var combined: UInt8 = 0
    for byte in bytes {
      // 0xC2 leads the C1 controls (U+0080–U+009F), which the writer escapes too.
      combined |= (byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte >= 0xCC) ? 1 : 0
    }
    return combined == 0
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end (Unicode space separators too), like
  /// `trimmingCharacters(in: .whitespaces)` but looking only at the ends: committing a
  /// ten-megabyte cell must not pay for a round trip through `NSString`.
  public var trimmedSpaces: String {
    func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
    let string = String(self)
    let scalars = string.unicodeScalars
    guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return string }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
  }
}
