#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import JourneyMapCore

/// The editor's shell: feeds events to the update function, carries out its effects (writing
/// files), and renders a frame after every event. The terminal loop and headless runs both use
/// it, so a scripted run behaves exactly like a person at the keyboard.
public struct EditorSession: Sendable {
  public private(set) var state: EditorState
  public private(set) var screen: Screen
  /// True once the editor asked to quit.
  public private(set) var isFinished = false
  /// How files are written; replaceable so tests can simulate a full disk.
  public var writeFile: @Sendable ([UInt8], String) throws -> Void = { bytes, path in
    try MapFile.writeAtomically(bytes, to: path)
  }

  /// The map as last read from or written to its file: the base of a merge with the disk.
  private var base: JourneyMap
  /// The file's identity when it was last read or written, to notice other writers.
  private var stamp: FileStamp?

  public init(state: EditorState) {
    var state = state
    state.ensureCursorVisible()
    self.state = state
    screen = Renderer.render(state)
    base = state.map
    stamp = state.filePath.flatMap(FileStamp.init(path:))
  }

  /// Handles one event: update, effects, then a new frame.
  public mutating func send(_ event: InputEvent) {
    guard !isFinished else { return }
    var queue = [event]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      for effect in state.handle(next) {
        switch effect {
        case .save(let path, let bytes), .overwrite(let path, let bytes):
          // Another writer (git pull, a second editor) changed the file: ask, never clobber.
          if case .save = effect, path == state.filePath, let stamp, FileStamp(path: path) != stamp {
            queue.append(.changedOnDisk(path: path))
            continue
          }
          do {
            try writeFile(bytes, path)
            if path == state.filePath || state.filePath == nil {
              stamp = FileStamp(path: path)
              base = state.map
            }
            queue.append(.saved(path: path))
          } catch let error as FileError {
            queue.append(.saveFailed(path: path, reason: error.reason))
          } catch {
            queue.append(.saveFailed(path: path, reason: "\(error)"))
          }
        case .export(let format, let view, let path):
          queue.append(runExport(format: format, view: view, path: path))
        case .write(let path, let bytes):
          do {
            try writeFile(bytes, path)
            queue.append(.wrote(path: path))
          } catch let error as FileError {
            queue.append(.writeFailed(path: path, reason: error.reason))
          } catch {
            queue.append(.writeFailed(path: path, reason: "\(error)"))
          }
        case .delete(let path):
          unlink(path)
        case .reloadFromDisk(let path), .mergeWithDisk(let path):
          guard let bytes = try? MapFile.readAll(path), let disk = MapLoader.load(bytes).mapWithConflicts else {
            queue.append(.writeFailed(path: path, reason: "it cannot be read as a map now (journeymap check \(path))"))
            continue
          }
          stamp = FileStamp(path: path)
          if case .reloadFromDisk = effect {
            base = disk
            queue.append(.reloaded(disk))
          } else {
            let merged = MapMerge.merge(base: base, ours: state.map, theirs: disk)
            base = disk
            queue.append(.mergedWithDisk(merged.map, conflicts: merged.conflicts.count))
          }
        case .quit:
          isFinished = true
        }
      }
    }
    screen = Renderer.render(state)
  }

  /// Renders and writes an export of the current map; the result comes back as an event.
  func runExport(format: ExportFormat, view: ExportView, path: String) -> InputEvent {
    let name = state.filePath.map { ($0 as NSString).lastPathComponent }
    let export = Exporter.export(state.map, format: format, view: view, sourceName: name)
    do {
      var bytes = Array(export.text.utf8)
      var warnings = export.warnings
      if format.needsGraphviz {
        let picture = try Graphviz.draw(export.text, format: format, map: state.map)
        bytes = picture.bytes
        warnings += picture.warnings
      }
      try writeFile(bytes, path)
      return .exported(path: path, warnings: warnings.map(\.description))
    } catch let error as FileError {
      return .exportFailed(reason: "\(error.path): \(error.reason)")
    } catch {
      return .exportFailed(reason: "\(error)")
    }
  }

  /// Runs a whole script of events, stopping early if the editor quits.
  public mutating func run(_ events: [InputEvent]) {
    for event in events {
      if isFinished { break }
      send(event)
    }
  }
}
