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
}
