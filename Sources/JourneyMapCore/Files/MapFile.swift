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
  /// What a caller may want to act on: ask before overwriting, offer to write anyway.
  public enum Kind: Equatable, Sendable {
    /// The file exists and the write was asked not to replace it.
    case exists
    /// The file exists and is read-only; the write was not asked to replace it anyway.
    case readOnly
    case other
  }

  public var path: String
  public var reason: String
  public var kind: Kind

  public init(path: String, reason: String, kind: Kind = .other) {
    self.path = path
    self.reason = reason
    self.kind = kind
  }
  public var description: String { "\(path): \(reason)" }
}

/// What a write may do to a file that is already there.
public struct WritePolicy: Equatable, Sendable {
  public enum Existing: Equatable, Sendable {
    /// Replace it (a map being saved, a file the user named with --force).
    case replace
    /// Leave it and fail with ``FileError/Kind/exists`` (an export without --force, `new`).
    case refuse
  }

  public var existing: Existing
  /// Whether a read-only file may be replaced (the user said so after being asked).
  public var replaceReadOnly: Bool
  /// Whether a symlink at the path is followed to its target (a symlinked map), or replaced as
  /// it is (the editor's own files beside a map, which someone else sharing the directory could
  /// otherwise point at any file of the person editing).
  public var followsSymlinks = true
  /// The permissions the file gets, instead of its old ones or the umask's.
  public var mode: mode_t? = nil

  public init(existing: Existing = .replace, replaceReadOnly: Bool = false) {
    self.existing = existing
    self.replaceReadOnly = replaceReadOnly
  }

  public static let replace = WritePolicy()
  public static let refuseExisting = WritePolicy(existing: .refuse)

  /// A file the editor keeps for itself beside a map (its lock, its recovery file): never
  /// through a symlink, and with the given permissions (a recovery file holds the map's text:
  /// readable by its owner only).
  public static func ownFile(mode: mode_t) -> WritePolicy {
    var policy = WritePolicy(existing: .replace, replaceReadOnly: true)
    policy.followsSymlinks = false
    policy.mode = mode
    return policy
  }
}

/// Reading and writing files. Every write of the program goes through ``write(_:to:policy:)``:
/// a reader (or a crash, or a full disk) sees either the old file or the new one, never half of
/// each; a symlinked map stays a symlink; a read-only file is never replaced without asking.
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

  /// Whether something exists at the path (a dangling symlink counts).
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Whether the path is an empty regular file (git's ancestor when both sides added a file).
  public static func isEmptyRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_size == 0
  }

  /// Whether a regular file exists at the path (following symlinks).
  public static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// Whether two paths name the same file (after symlinks), or the same path when neither exists.
  public static func sameFile(_ a: String, _ b: String) -> Bool {
    var x = stat()
    var y = stat()
    if stat(a, &x) == 0, stat(b, &y) == 0 { return x.st_dev == y.st_dev && x.st_ino == y.st_ino }
    return resolvingSymlinks(a) == resolvingSymlinks(b)
  }

  /// The file a path finally names: symlinks followed (also a dangling one, to where it points),
  /// so that saving a symlinked map updates its target and keeps the link.
  public static func resolvingSymlinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [Int8](repeating: 0, count: Int(PATH_MAX) + 1)
      let n = readlink(current, &buffer, buffer.count - 1)
      guard n > 0 else { return current }
      let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if target.hasPrefix("/") {
        current = target
      } else {
        let directory = (current as NSString).deletingLastPathComponent
        current = directory.isEmpty ? target : directory + "/" + target
      }
    }
    return current
  }

  /// The one way files are written. Regular files (and new ones) are replaced atomically: a
  /// temporary file beside the target, flushed, renamed over it, and the directory flushed.
  /// The target's permissions are kept. FIFOs, devices and `/dev/stdout` are written in place,
  /// where a rename cannot work. On any failure the target is untouched.
  public static func write(_ bytes: [UInt8], to path: String, policy: WritePolicy = .replace) throws(FileError) {
    try write(FileBytes.bytes(bytes), to: path, policy: policy)
  }

  /// ``write(_:to:policy:)`` from pieces of text written one after another: a large export is
  /// never joined into one more copy of itself just to be written.
  public static func write(_ bytes: FileBytes, to path: String, policy: WritePolicy = .replace) throws(FileError) {
    let target = policy.followsSymlinks ? resolvingSymlinks(path) : path
    var info = stat()
    if (policy.followsSymlinks ? stat(target, &info) : lstat(target, &info)) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: throw FileError(path: path, reason: "is a directory")
      case S_IFREG: break
      case S_IFLNK where !policy.followsSymlinks: break  // the link itself is replaced
      default:
        try writePlain(bytes, to: target)
        return
      }
      // Read-only first: a question about replacing a file must say when it is read-only.
      if !policy.replaceReadOnly && (info.st_mode & 0o222 == 0 || access(target, W_OK) != 0) {
        throw FileError(path: path, reason: "is read-only; not replacing it", kind: .readOnly)
      }
      if policy.existing == .refuse {
        throw FileError(path: path, reason: "already exists; not overwriting it", kind: .exists)
      }
    }
    try writeAtomically(bytes, to: target, createOnly: policy.existing == .refuse, mode: policy.mode)
  }

  /// The process's umask, read once: setting it to read it would race with other threads.
  static let processUmask: mode_t = {
    let mask = umask(0)
    umask(mask)
    return mask
  }()

  /// Replaces or creates `path` (no symlink left to follow) atomically.
  private static func writeAtomically(_ bytes: FileBytes, to path: String, createOnly: Bool, mode fixed: mode_t?) throws(FileError) {
    let directory = (path as NSString).deletingLastPathComponent
    let base = (path as NSString).lastPathComponent
    var mode: mode_t = 0o644
    var info = stat()
    if let fixed {
      mode = fixed
    } else if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG {
      mode = info.st_mode & 0o7777
    } else {
      // New file: honour the umask like any other program.
      mode = 0o666 & ~processUmask
    }
    var template = Array(((directory.isEmpty ? "." : directory) + "/." + base + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw FileError(path: path, reason: "cannot write in its directory: \(errnoReason())") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = false
    defer {
      if !ok { unlink(temporary) }
    }
    if let reason = bytes.write(to: fd) {
      close(fd)
      throw FileError(path: path, reason: "cannot write: \(reason)")
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
        throw FileError(
          path: path, reason: errno == EEXIST ? "already exists; not overwriting it" : errnoReason(),
          kind: errno == EEXIST ? .exists : .other)
      }
      unlink(temporary)
    } else {
      guard rename(temporary, path) == 0 else { throw FileError(path: path, reason: "cannot replace: \(errnoReason())") }
    }
    ok = true
    syncDirectory(directory.isEmpty ? "." : directory)
  }

  /// Writes bytes in place (truncating), for what is not a regular file: a FIFO, a device,
  /// `/dev/stdout`.
  private static func writePlain(_ bytes: FileBytes, to path: String) throws(FileError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw FileError(path: path, reason: errnoReason()) }
    defer { close(fd) }
    if let reason = bytes.write(to: fd) { throw FileError(path: path, reason: reason) }
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
