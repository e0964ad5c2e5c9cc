import Foundation
import JourneyMapCore

#if canImport(Glibc)
  import Glibc
#endif

/// Everything the command line prints goes through here, for two promises.
///
/// Text is made safe for a terminal (``SafeText``): messages and reports quote map text, and a
/// map may come from a stranger's branch, so an escape sequence in it must not reach the
/// terminal (through `check`, `diff`, `git log -p`, or the merge driver's messages in `git
/// merge`). Only data formats that escape their own text (JSON, and exports written to a file)
/// are written as they are, through ``data(_:)``.
///
/// A write that fails (a full disk behind `> out.txt`, a closed pipe) ends the command with a
/// message and exit status 2: never a crash, never a silent truncation that looks like success.
enum Console {
  /// A line of results on standard output.
  static func out(_ text: String) {
    write(Array((SafeText.lines(text) + "\n").utf8), to: STDOUT_FILENO)
  }

  /// A message on standard error.
  static func error(_ text: String) {
    write(Array((SafeText.lines(text) + "\n").utf8), to: STDERR_FILENO)
  }

  /// Text already made safe by its producer (a report that adds its own colours), as it is.
  static func safeText(_ text: String) {
    write(Array(text.utf8), to: STDOUT_FILENO)
  }

  /// Bytes of a data format on standard output, as they are: canonical JSON (which escapes
  /// every control character) and other machine-readable output.
  static func data(_ bytes: [UInt8]) {
    write(bytes, to: STDOUT_FILENO)
  }

  /// Writes everything or exits with status 2 and a message.
  private static func write(_ bytes: [UInt8], to fd: Int32) {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        fail(fd, reason: String(cString: strerror(errno)).lowercased())
      }
      written += n
    }
  }

  private static func fail(_ fd: Int32, reason: String) -> Never {
    if fd != STDERR_FILENO {
      let name = fd == STDOUT_FILENO ? "standard output" : "descriptor \(fd)"
      let message = Array("journeymap: cannot write to \(name): \(reason)\n".utf8)
      _ = message.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress!, $0.count) }
    }
    Foundation.exit(ExitStatus.usage)
  }
}
