/// Windows-1252, the code page Excel on Windows still writes "CSV (Comma delimited)" in, and
/// the one HTML maps numeric character references 128–159 to (`&#150;` is an en dash).
/// Bytes 0xA0–0xFF are Latin-1; the five bytes the code page leaves undefined map to the C1
/// control of the same number, as the WHATWG Encoding Standard does.
enum Windows1252 {
  static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
  ]

  static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(high[Int(byte) - 0x80])! }
    return Unicode.Scalar(byte)
  }

  /// The bytes read as Windows-1252.
  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for byte in bytes { scalars.append(scalar(byte)) }
    return String(scalars)
  }
}
