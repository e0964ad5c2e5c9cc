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
    for byte in utf8 where byte >= 0xCC {
      // 0xCC is the lead byte of U+0300; anything smaller is below U+0300.
      return false
    }
    return true
  }
}
