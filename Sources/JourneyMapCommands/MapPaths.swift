import Foundation
import JourneyMapCore

/// The maps a command that reads many of them is given: files as they are, and for a directory
/// every `*.journey.json` under it, sorted, so that the output is the same on every machine.
enum MapPaths {
  struct Missing: Error {
    var path: String
  }

  static func expand(_ paths: [String]) throws(Missing) -> [String] {
    var out: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Missing(path: path) }
      guard isDirectory.boolValue else {
        out.append(path)
        continue
      }
      out += mapsUnder(path)
    }
    return out
  }

  /// Every map under a directory. Hidden files and directories (`.git`, `.build`, the editor's
  /// recovery files) are not maps of the project.
  static func mapsUnder(_ directory: String) -> [String] {
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        walker.skipDescendants()
        continue
      }
      if name.hasSuffix(MapFormat.fileExtension) { found.append(base + "/" + relative) }
    }
    return found.sorted()
  }

  /// A path written in a map (relative to the map's own file), as a path to open from here.
  static func relative(_ written: String, to mapPath: String) -> String {
    if written.hasPrefix("/") { return written }
    let directory = (mapPath as NSString).deletingLastPathComponent
    return directory.isEmpty ? written : directory + "/" + written
  }

  /// How a map at `mapPath` names `target` in its settings: relative to the map's directory,
  /// so the pair can move together (a clone, another machine).
  static func written(_ target: String, from mapPath: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    func components(_ path: String) -> [String] {
      let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
      return URL(fileURLWithPath: absolute).standardizedFileURL.pathComponents.filter { $0 != "/" }
    }
    let from = components(mapPath).dropLast()
    let to = components(target)
    var common = 0
    while common < from.count && common < to.count - 1 && from[from.startIndex + common] == to[common] { common += 1 }
    // Nothing in common but the root: the absolute path says more than a climb to it.
    if common == 0 { return "/" + to.joined(separator: "/") }
    let up = Array(repeating: "..", count: from.count - common)
    return (up + to[common...]).joined(separator: "/")
  }
}

extension JourneyMap {
  /// Sets `x-lint.current`, keeping whatever else the map's lint settings say.
  mutating func recordCurrentMap(_ path: String) {
    var members: [JSONMember] = []
    if case .object(let existing)? = extensions[LintSettings.key] { members = existing.filter { $0.key != "current" } }
    members.append(JSONMember(key: "current", value: .string(path)))
    extensions[LintSettings.key] = .object(members.sorted { JSONKeyOrder.precedes($0.key, $1.key) })
  }
}
