import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure to read or write a file (as opposed to a problem in its content).
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { "\(path): \(reason)" }
}

/// Reading and writing map files. Writes are atomic: a reader (or a crash, or a full disk) sees
/// either the old file or the new one, never half of each.
public enum MapFile {
  /// Reads the whole file. Refuses directories, FIFOs and devices with a clear reason rather
  /// than blocking or reading garbage.
  public static func readAll(_ path: String) throws(FileError) -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else { throw FileError(path: path, reason: errnoReason()) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FileError(path: path, reason: "is a directory, not a map file")
    default: throw FileError(path: path, reason: "is not a regular file")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: path, reason: errnoReason()) }
    defer { close(fd) }
    return try readAll(descriptor: fd, name: path, sizeHint: Int(info.st_size))
  }

  /// Reads standard input to its end (`journeymap fmt -`).
  public static func readStandardInput() throws(FileError) -> [UInt8] {
    var info = stat()
    let size = fstat(0, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 1 << 16
    return try readAll(descriptor: 0, name: "<stdin>", sizeHint: size)
  }

  /// Reads to the end. As much as `sizeHint` promises is read straight into the array's own
  /// storage, so a large map is held once, not once in a buffer and again in the array.
  static func readAll(descriptor fd: Int32, name: String, sizeHint: Int) throws(FileError) -> [UInt8] {
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: sizeHint + 1) { buffer, count in
      count = 0
      while count < buffer.count {
        let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { failure = errno }
        if n <= 0 { return }
        count += n
      }
    }
    // Short of the room given: the end was reached (or an error, reported below).
    var more = bytes.count > sizeHint
    // More than promised (a pipe, a file that grew): the rest in chunks.
    var chunk = [UInt8](repeating: 0, count: more ? 1 << 16 : 0)
    while more && failure == 0 {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { failure = errno }
      more = n > 0
      if more { bytes.append(contentsOf: chunk[0..<n]) }
    }
    if failure != 0 { throw FileError(path: name, reason: String(cString: strerror(failure)).lowercased()) }
    return bytes
  }

  /// Writes all the bytes to standard output, straight from the array.
  public static func writeStandardOutput(_ bytes: [UInt8]) throws(FileError) {
    try writeAll(bytes, descriptor: 1, name: "<stdout>")
  }

  static func writeAll(_ bytes: [UInt8], descriptor fd: Int32, name: String) throws(FileError) {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(path: name, reason: errnoReason())
      }
      written += n
    }
  }

  /// Whether something exists at the path.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Writes bytes atomically: to a temporary file in the same directory, flushed to disk, then
  /// renamed over the target. The target's permissions are kept; on any failure the target is
  /// untouched and the temporary file removed.
  public static func writeAtomically(_ bytes: [UInt8], to path: String, createOnly: Bool = false) throws(FileError) {
    let directory = (path as NSString).deletingLastPathComponent
    let base = (path as NSString).lastPathComponent
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 {
      if createOnly { throw FileError(path: path, reason: "already exists; not overwriting it") }
      if info.st_mode & S_IFMT == S_IFDIR { throw FileError(path: path, reason: "is a directory") }
      mode = info.st_mode & 0o7777
    } else {
      // New file: honour the umask like any other program.
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    var template = Array(((directory.isEmpty ? "." : directory) + "/." + base + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw FileError(path: path, reason: "cannot write in its directory: \(errnoReason())") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = false
    defer {
      if !ok { unlink(temporary) }
    }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        let reason = errnoReason()
        close(fd)
        throw FileError(path: path, reason: "cannot write: \(reason)")
      }
      written += n
    }
    if fchmod(fd, mode) != 0 || fsync(fd) != 0 {
      let reason = errnoReason()
      close(fd)
      throw FileError(path: path, reason: "cannot write: \(reason)")
    }
    guard close(fd) == 0 else { throw FileError(path: path, reason: "cannot write: \(errnoReason())") }
    if createOnly {
      // link() fails if the target appeared meanwhile, so a concurrent creator is never clobbered.
      guard link(temporary, path) == 0 else {
        throw FileError(path: path, reason: errno == EEXIST ? "already exists; not overwriting it" : errnoReason())
      }
      unlink(temporary)
    } else {
      guard rename(temporary, path) == 0 else { throw FileError(path: path, reason: "cannot replace: \(errnoReason())") }
    }
    ok = true
    syncDirectory(directory.isEmpty ? "." : directory)
  }

  /// Writes bytes in place (truncating), for outputs that are not maps: screen dumps, exports
  /// to a pipe or `/dev/stdout`. Works on FIFOs and devices, where an atomic rename cannot.
  public static func writePlain(_ bytes: [UInt8], to path: String) throws(FileError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw FileError(path: path, reason: errnoReason()) }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, reason: errnoReason())
      }
      written += n
    }
  }

  /// Regular files (and new ones) are replaced atomically; FIFOs, devices and `/dev/stdout`
  /// are written in place.
  public static func writeAtomicallyOrPlain(_ bytes: [UInt8], to path: String) throws(FileError) {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      try writePlain(bytes, to: path)
    } else {
      try writeAtomically(bytes, to: path)
    }
  }

  private static func syncDirectory(_ directory: String) {
    let fd = open(directory, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  static func errnoReason() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}

/// Where the editor keeps unsaved work while the room is talking: a hidden file beside the map
/// (`.NAME.journey.json.recover`), like vim's swap files.
public enum RecoveryFile {
  public static func path(for mapPath: String?) -> String {
    let path = mapPath ?? "untitled" + MapFormat.fileExtension
    let directory = (path as NSString).deletingLastPathComponent
    let name = "." + (path as NSString).lastPathComponent + ".recover"
    return directory.isEmpty ? name : directory + "/" + name
  }

  /// Where "keep both" puts the recovered map: `NAME.recovered.journey.json`.
  public static func copyPath(for mapPath: String?) -> String {
    let path = mapPath ?? "untitled" + MapFormat.fileExtension
    let base = path.hasSuffix(MapFormat.fileExtension) ? String(path.dropLast(MapFormat.fileExtension.count)) : path
    return base + ".recovered" + MapFormat.fileExtension
  }
}

/// A file's identity and version as the file system sees it: if any part changes, someone
/// else wrote the file.
public struct FileStamp: Equatable, Sendable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  public var modified: Int64
  public var modifiedNanoseconds: Int64

  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec)
    modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
  }
}

/// A lock beside the map (`.NAME.journey.json.lock`, holding the process id) that tells a second
/// journeymap that the map is already open. Advisory: the second editor warns; saves are
/// protected by the on-disk change check either way. A lock left by a dead process is taken over.
public struct MapLock: Sendable {
  public let path: String

  public enum Acquired: Equatable, Sendable {
    case free
    case tookOverStale(pid: Int32)
    case heldBy(pid: Int32)
  }

  public init(for mapPath: String?) {
    let path = mapPath ?? "untitled" + MapFormat.fileExtension
    let directory = (path as NSString).deletingLastPathComponent
    let name = "." + (path as NSString).lastPathComponent + ".lock"
    self.path = directory.isEmpty ? name : directory + "/" + name
  }

  /// Writes our pid into the lock, reporting who held it before.
  public func acquire() -> Acquired {
    var previous = Acquired.free
    if let bytes = try? MapFile.readAll(path), let pid = Int32(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
      pid != getpid()
    {
      previous = kill(pid, 0) == 0 || errno == EPERM ? .heldBy(pid: pid) : .tookOverStale(pid: pid)
    }
    try? MapFile.writeAtomically(Array("\(getpid())\n".utf8), to: path)
    return previous
  }

  /// Removes the lock if it is still ours.
  public func release() {
    if let bytes = try? MapFile.readAll(path), String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "\(getpid())" {
      unlink(path)
    }
  }
}
