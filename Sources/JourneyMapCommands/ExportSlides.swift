import ArgumentParser
import Foundation
import JourneyMapCore

/// `journeymap export FILE --format slides -o DIR/`: the deck and its pictures in a directory
/// (``SlideDirectory``). Every file goes through the safe writer; nothing is written when any of
/// them would replace a file without --force, so a refused export leaves no half-new directory.
extension Export {
  /// Whether this export is a slides directory: `--format slides`, or `-o` naming a directory
  /// (ending in `/`) without a format.
  var wantsSlidesDirectory: Bool {
    if let format { return format == .slidesDirectory }
    return output?.hasSuffix("/") == true
  }

  func validateSlides() throws {
    guard let output, !output.isEmpty else { throw ValidationError("slides are a directory: give -o DIR/") }
    if flavor != .slides { throw ValidationError("--flavor gfm is a single document: use --format markdown") }
  }

  func writeSlides(_ map: JourneyMap, sourceName: String) throws {
    var directory = output ?? ""
    while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
    if let refusal = ExportDestination.refusal(output: directory, input: file) { throw CommandFailure.usage(refusal) }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw CommandFailure.usage("\(directory) exists and is not a directory; slides are written into a directory") }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw CommandFailure.usage("cannot create \(directory): \(error.localizedDescription)")
      }
    }
    let files = SlideDirectory.export(map, sourceName: sourceName)
    let paths = files.map { directory + "/" + $0.name }
    for path in paths {
      if let refusal = ExportDestination.refusal(output: path, input: file) { throw CommandFailure.usage(refusal) }
    }
    if !force {
      let existing = paths.filter(MapFile.exists)
      if !existing.isEmpty {
        throw CommandFailure.usage("\(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); add --force to replace")
      }
    }
    for (file, path) in zip(files, paths) { try write(.text([file.text]), to: path) }
    let pictures = files.count - 1
    Console.error("wrote \(paths[0]) and \(pictures) picture\(pictures == 1 ? "" : "s") beside it")
  }
}
