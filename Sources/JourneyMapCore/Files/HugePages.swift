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
  /// Set only in the environment of the second start: what `GLIBC_TUNABLES` was before ("" when
  /// it was not set, "=" and the value when it was), so that it is put back at once and the
  /// programs journeymap runs (git, dot, pandoc) get the user's own settings.
  public static let restartMarker = "JOURNEYMAP_GLIBC_TUNABLES_BEFORE"

  /// The `GLIBC_TUNABLES` value to start again with, or nil to go on as is: when the largest
  /// input is large and the setting is not made yet (a user's own choice, `=0` included, wins).
  public static func tunables(largestInput: Int, environment: [String: String]) -> String? {
    guard largestInput >= largeInput, environment[restartMarker] == nil else { return nil }
    let current = environment["GLIBC_TUNABLES"] ?? ""
    if current.split(separator: ":").contains(where: { $0.hasPrefix(tunable + "=") }) { return nil }
    return current.isEmpty ? tunable + "=1" : current + ":" + tunable + "=1"
  }

  #if os(Linux) && canImport(Glibc)
    /// Starts this program again with huge pages when an argument names a large file, or standard
    /// input is one; returns (and the command goes on as it is) when it need not or cannot. In
    /// the second start, puts `GLIBC_TUNABLES` back as it was.
    public static func restartForLargeInput(arguments: [String], environment: [String: String]) {
      if let before = environment[restartMarker] {
        if before.hasPrefix("=") { setenv("GLIBC_TUNABLES", String(before.dropFirst()), 1) } else { unsetenv("GLIBC_TUNABLES") }
        unsetenv(restartMarker)
        return
      }
      // Only a program the kernel started through its dynamic loader, without raised privileges:
      // run as `ld.so ./journeymap …`, /proc/self/exe is the loader (AT_BASE is 0 then, as in a
      // fully static build, where glibc's setting means nothing); a set-id program's tunables
      // are erased on start.
      guard auxiliary(AT_SECURE) == 0, auxiliary(AT_BASE) != 0 else { return }
      var largest = 0
      var info = stat()
      if fstat(0, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG { largest = Int(info.st_size) }
      for argument in arguments where stat(argument, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
        largest = max(largest, Int(info.st_size))
      }
      guard let value = tunables(largestInput: largest, environment: environment), kernelGivesHugePages,
        let path = ownPath()
      else { return }
      // A new environment for the new start only: if it fails, this one goes on unchanged.
      var entries = environment.filter { $0.key != "GLIBC_TUNABLES" }.map { "\($0.key)=\($0.value)" }
      entries.append("GLIBC_TUNABLES=\(value)")
      entries.append("\(restartMarker)=\(environment["GLIBC_TUNABLES"].map { "=" + $0 } ?? "")")
      var envp: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) }
      envp.append(nil)
      execve(path, CommandLine.unsafeArgv, &envp)
      // Still here: the program could not be started again; go on with small pages.
      for entry in envp { free(entry) }
    }

    /// glibc's getauxval (its header is not in the Glibc module): a value the kernel gave this
    /// process at start (AT_SECURE, AT_BASE, AT_EXECFN); 0 when unknown.
    static func auxiliary(_ type: Int32) -> UInt {
      guard let symbol = dlsym(nil, "getauxval") else { return 0 }
      typealias GetAuxVal = @convention(c) (UInt) -> UInt
      return unsafeBitCast(symbol, to: GetAuxVal.self)(UInt(type))
    }

    /// False when the kernel's transparent huge pages are off (`[never]`) or absent.
    static var kernelGivesHugePages: Bool {
      guard let file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r") else { return false }
      defer { fclose(file) }
      var line = [CChar](repeating: 0, count: 128)
      guard fgets(&line, Int32(line.count), file) != nil else { return false }
      return !String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).contains("[never]")
    }

    /// The path this program was started by when it is still this program (a symlink such as
    /// ~/.local/bin/journeymap keeps the process's name, which the kernel takes from the path),
    /// else the file itself; nil when it has been deleted since.
    static func ownPath() -> String? {
      var own = stat()
      guard stat("/proc/self/exe", &own) == 0 else { return nil }
      if let name = UnsafePointer<CChar>(bitPattern: auxiliary(AT_EXECFN)) {
        var started = stat()
        if stat(name, &started) == 0 && started.st_dev == own.st_dev && started.st_ino == own.st_ino {
          return String(decoding: UnsafeRawBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
        }
      }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard length > 0 else { return nil }
      let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return path.hasSuffix(" (deleted)") ? nil : path
    }
  #else
    public static func restartForLargeInput(arguments: [String], environment: [String: String]) {}
  #endif
}
