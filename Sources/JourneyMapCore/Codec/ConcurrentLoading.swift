import Dispatch
import Foundation

extension MapLoader {
  /// Reads and loads several files at once, one per processor: `diff` needs two maps and the
  /// merge driver three, and loading is nearly all of their work. Results come back in the
  /// order of `paths`.
  public static func loadFiles(_ paths: [String]) -> [Swift.Result<Result, FileError>] {
    let slots = Slots<Swift.Result<Result, FileError>>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { i in
      do throws(FileError) {
        slots[i] = .success(load(try MapFile.readAll(paths[i])))
      } catch {
        slots[i] = .failure(error)
      }
    }
    return slots.values
  }
}
