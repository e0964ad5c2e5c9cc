#if canImport(Glibc)
import Glibc
#endif

/// Large maps are read into hundreds of megabytes of small objects and hash tables, reached in
/// no particular order. With the processor's 4 KiB pages, every new page is a fault and most
/// lookups miss the address cache, so the cost per step grew with the map (a quarter of `check`
/// and `lint` on a 50,000-step map). glibc backs its heap with 2 MiB pages when told so
/// (`glibc.malloc.hugetlb=1`, which asks the kernel with madvise), but reads that setting only
/// when a process starts: so a command given a large input starts itself again with it set.
/// Small maps are left alone: there the second start would cost more than it saves.
public enum HugePages {
  /// Inputs from this size (about 3,000 steps) are worth it.
  public static let largeInput = 4 << 20
  static let tunable = "glibc.malloc.hugetlb"

  /// The `GLIBC_TUNABLES` value to start again with, or nil to go on as is: when the largest
  /// input is large and the setting is not made yet (a user's own choice, `=0` included, wins;
  /// it also stops a second start from starting a third).
  public static func tunables(largestInput: Int, environment: [String: String]) -> String? {
    guard largestInput >= largeInput else { return nil }
    let current = environment["GLIBC_TUNABLES"] ?? ""
    if current.split(separator: ":").contains(where: { $0.hasPrefix(tunable + "=") }) { return nil }
    return current.isEmpty ? tunable + "=1" : current + ":" + tunable + "=1"
  }

  #if os(Linux) && canImport(Glibc)
  /// Starts this program again with huge pages when an argument names a large file, or standard
  /// input is one; returns (and the command goes on as it is) when it need not or cannot.
  public static func restartForLargeInput(arguments: [String], environment: [String: String]) {
    var largest = 0
    var info = stat()
    if fstat(0, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG { largest = Int(info.st_size) }
    for argument in arguments where stat(argument, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
      largest = max(largest, Int(info.st_size))
    }
    guard let value = tunables(largestInput: largest, environment: environment) else { return }
    // The program's own path, not /proc/self/exe: the kernel names a process after the file it
    // runs, and `ps`, `top` and `pkill journeymap` would see "exe".
    var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &path, path.count - 1)
    guard length > 0, !String(decoding: path[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self).hasSuffix(" (deleted)") else {
      return
    }
    setenv("GLIBC_TUNABLES", value, 1)
    execv(path, CommandLine.unsafeArgv)
    // Still here: the program could not be started again; go on with small pages.
  }
  #else
  public static func restartForLargeInput(arguments: [String], environment: [String: String]) {}
  #endif
}
