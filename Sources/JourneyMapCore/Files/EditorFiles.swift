import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One running program, as precisely as the system can name it: a process id alone is reused
/// after the process ends, so its start time (from `/proc`) is kept beside it.
public struct ProcessIdentity: Hashable, Sendable, CustomStringConvertible {
  public var pid: Int32
  /// Clock ticks since boot when the process started; nil where `/proc` cannot tell.
  public var started: UInt64?

  public init(pid: Int32, started: UInt64?) {
    self.pid = pid
    self.started = started
  }

  public static var current: ProcessIdentity { ProcessIdentity(pid: getpid(), started: startTime(of: getpid())) }

  /// Whether this very process still runs (not merely some process with its id).
  public var isAlive: Bool {
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    guard let started, let now = ProcessIdentity.startTime(of: pid) else { return true }
    return started == now
  }

  public var description: String { "process \(pid)" }

  /// The start time field of `/proc/PID/stat` (the 22nd; the command name before it may hold
  /// spaces and parentheses, so counting starts after its last `)`).
  static func startTime(of pid: Int32) -> UInt64? {
    guard let bytes = try? MapFile.readAll("/proc/\(pid)/stat") else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // After the name: state is field 3, so start time (field 22) is the 20th here.
    return fields.count > 19 ? UInt64(fields[19]) : nil
  }

  /// `PID START` as written in a presence file.
  var fileText: String { "\(pid) \(started.map(String.init) ?? "-")\n" }

  init?(fileText: String) {
    let parts = fileText.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let first = parts.first, let pid = Int32(first), pid > 0 else { return nil }
    self.init(pid: pid, started: parts.count > 1 ? UInt64(parts[1]) : nil)
  }
}

/// The files editors keep beside a map, like vim's swap files, each owned by one editor
/// process: `.NAME.journey.json.PID.lock` says "this process has the map open", and
/// `.NAME.journey.json.PID.recover` holds its unsaved work. Because they are per process, no
/// editor ever mistakes another live editor's work for a crash's leftovers, or removes another
/// editor's lock.
public struct EditorFiles: Sendable {
  /// The map's path; an untitled map is `untitled.journey.json` in the current directory.
  public let mapPath: String
  private let directory: String
  private let name: String

  public init(mapPath: String?) {
    let path = mapPath ?? "untitled" + MapFormat.fileExtension
    self.mapPath = path
    directory = (path as NSString).deletingLastPathComponent
    name = (path as NSString).lastPathComponent
  }

  private func sibling(_ fileName: String) -> String {
    directory.isEmpty ? fileName : directory + "/" + fileName
  }

  public func lockPath(for owner: ProcessIdentity) -> String { sibling(".\(name).\(owner.pid).lock") }
  public func recoveryPath(for owner: ProcessIdentity) -> String { sibling(".\(name).\(owner.pid).recover") }
  /// The version of the map file a recovery's changes were made against, kept beside the
  /// recovery file (`….PID.base`): restoring merges the recovered work into the file as it is
  /// now, three-way, instead of replacing what others saved since.
  public static func basePath(forRecovery path: String) -> String {
    (path.hasSuffix(".recover") ? String(path.dropLast(".recover".count)) : path) + ".base"
  }

  /// Where versions before per-process files kept a recovery: still offered.
  public var legacyRecoveryPath: String { sibling(".\(name).recover") }

  /// Where "keep both" puts recovered work: `NAME.recovered.journey.json`.
  public var keptCopyPath: String {
    let base = mapPath.hasSuffix(MapFormat.fileExtension) ? String(mapPath.dropLast(MapFormat.fileExtension.count)) : mapPath
    return base + ".recovered" + MapFormat.fileExtension
  }

  /// `NAME.recovered.journey.json` → `NAME.recovered-2.journey.json`: the next free copy name.
  public static func numbered(_ path: String, _ n: Int) -> String {
    let ext = MapFormat.fileExtension
    let base = path.hasSuffix(ext) ? String(path.dropLast(ext.count)) : path
    return base + "-\(n)" + (path.hasSuffix(ext) ? ext : "")
  }

  /// Says this process has the map open.
  public func announce(_ owner: ProcessIdentity) {
    try? MapFile.write(Array(owner.fileText.utf8), to: lockPath(for: owner), policy: .ownFile(mode: 0o644))
  }

  /// Removes this process's lock (never another's).
  public func withdraw(_ owner: ProcessIdentity) {
    unlink(lockPath(for: owner))
  }

  /// Other editors that have this map open now.
  public func liveEditors(besides me: ProcessIdentity) -> [ProcessIdentity] {
    owners(suffix: ".lock").compactMap { pid, path in
      guard pid != me.pid, let bytes = try? MapFile.readAll(path),
        let owner = ProcessIdentity(fileText: String(decoding: bytes, as: UTF8.self)), owner.pid == pid, owner.isAlive
      else { return nil }
      return owner
    }
  }

  /// Recovery files left by editors that are gone (a crash, `kill -9`, a closed laptop),
  /// newest first. A live editor's recovery file is its own business and never listed.
  public func orphanedRecoveries(besides me: ProcessIdentity) -> [String] {
    let live = Set(liveEditors(besides: me).map(\.pid) + [me.pid])
    var found = owners(suffix: ".recover").filter { !live.contains($0.pid) }.map(\.path)
    if MapFile.exists(legacyRecoveryPath) { found.append(legacyRecoveryPath) }
    return found.sorted { (FileStamp(path: $0)?.modifiedOrder ?? 0) > (FileStamp(path: $1)?.modifiedOrder ?? 0) }
  }

  /// Removes the lock files of editors that are gone.
  public func removeStaleLocks(besides me: ProcessIdentity) {
    let live = Set(liveEditors(besides: me).map(\.pid) + [me.pid])
    for (pid, path) in owners(suffix: ".lock") where !live.contains(pid) { unlink(path) }
  }

  /// `.NAME.PID<suffix>` files beside the map, with their owners' process ids.
  private func owners(suffix: String) -> [(pid: Int32, path: String)] {
    let prefix = "." + name + "."
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return [] }
    return entries.compactMap { entry in
      guard entry.hasPrefix(prefix), entry.hasSuffix(suffix) else { return nil }
      let middle = entry.dropFirst(prefix.count).dropLast(suffix.count)
      guard let pid = Int32(middle), pid > 0 else { return nil }
      // Only plain files: a symlink planted by someone sharing the directory is nobody's lock
      // or recovery, and is never read or written through.
      var info = stat()
      guard lstat(sibling(entry), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      return (pid, sibling(entry))
    }
  }
}
