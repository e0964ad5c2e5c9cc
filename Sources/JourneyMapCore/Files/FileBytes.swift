#if canImport(Glibc)
  import Glibc
#endif

/// What a file is written from: bytes, or the pieces of a text (an export written in pieces,
/// ``ExportResult``), which go to the file one after another as they are.
public enum FileBytes: Sendable {
  case bytes([UInt8])
  case text([String])

  /// Writes everything to `fd`; the reason it could not, if it could not.
  func write(to fd: Int32) -> String? {
    switch self {
    case .bytes(let bytes):
      return bytes.withUnsafeBytes { Self.write($0, to: fd) }
    case .text(let pieces):
      for var piece in pieces {
        if let reason = piece.withUTF8({ Self.write(UnsafeRawBufferPointer($0), to: fd) }) { return reason }
      }
      return nil
    }
  }

  private static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> String? {
    var written = 0
    while written < buffer.count {
      let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
      if n < 0 {
        if errno == EINTR { continue }
        return MapFile.errnoReason()
      }
      written += n
    }
    return nil
  }
}
