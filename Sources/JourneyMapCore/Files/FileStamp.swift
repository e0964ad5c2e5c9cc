#if canImport(Glibc)
  import Glibc
#endif

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

extension FileStamp {
  /// Modification time as one number, for ordering files newest first.
  public var modifiedOrder: Int64 { modified &* 1_000_000_000 &+ modifiedNanoseconds }
}
