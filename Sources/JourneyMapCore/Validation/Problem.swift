/// One thing wrong with a map file, located as precisely as the loader can.
///
/// Printed as `FILE:LINE:COLUMN: $.path (id): message`, the shape compilers use, so editors and
/// CI annotate the right line. Syntax errors have no JSON path; semantic problems name the id of
/// the thing they concern so the message stays useful after the file is reformatted.
public struct Problem: Equatable, Sendable, CustomStringConvertible {
  public var location: LineColumn?
  public var path: JSONPath?
  public var id: String?
  public var message: String
  /// A recorded merge conflict, not a defect of the file: tools that help resolve it (the merge
  /// driver, the editor) still open the map.
  public var isUnresolvedConflict = false

  public init(location: LineColumn? = nil, path: JSONPath? = nil, id: String? = nil, message: String, isUnresolvedConflict: Bool = false) {
    self.location = location
    self.path = path
    self.id = id
    self.message = message
    self.isUnresolvedConflict = isUnresolvedConflict
  }

  /// The message without the file name.
  public var description: String {
    var text = ""
    if let location { text += "\(location): " }
    if let path {
      text += path.description
      if let id, !id.isEmpty { text += " (\(id))" }
      text += ": "
    }
    return text + message
  }

  /// The message as printed for a file.
  public func formatted(file: String) -> String {
    location == nil ? "\(file): \(description)" : "\(file):\(description)"
  }
}
