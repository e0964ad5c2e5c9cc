import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A short exclusive lock that editors of the same map take around "read the file, merge,
/// write it", so that two saving at the same moment take turns. It locks the map's directory
/// (an `flock` on the directory itself): no extra file, nothing left behind by a crash, and the
/// kernel releases it when the process dies.
public enum FileLock {
  public static func withLock<T>(onDirectoryOf path: String, _ body: () throws -> T) rethrows -> T {
    let directory = (path as NSString).deletingLastPathComponent
    let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
    if fd >= 0 {
      while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    }
    defer {
      if fd >= 0 {
        flock(fd, LOCK_UN)
        close(fd)
      }
    }
    return try body()
  }
}
