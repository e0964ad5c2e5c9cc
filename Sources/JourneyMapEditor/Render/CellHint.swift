/// What an empty cell under the cursor says, with its keys read from the action table.
enum CellHint {
  static func placeholder(for lane: Lane, keymap: Keymap) -> String {
    let (action, words) = lane.spec.placeholder
    return "\(KeyHint.key(action, in: keymap)): \(words)"
  }
}

/// Where a cell edit happens: the column and lane of its cell, and the item of a list.
public struct EditLocation: Equatable, Sendable {
  public var column: Int
  public var lane: Lane
  public var item: Int?
  /// The item is being added (it is not in the map yet).
  public var isNew: Bool
}

extension EditorState {
  /// The cell an edit target is in, for the views that draw the edit field there.
  func editLocation(_ target: EditTarget) -> EditLocation? {
    switch target {
    case .text(let lane, let s): return EditLocation(column: columns.columnOfStep[s], lane: lane, item: nil, isNew: false)
    case .listItem(let lane, let s, let item, let isNew): return EditLocation(column: columns.columnOfStep[s], lane: lane, item: item, isNew: isNew)
    case .formField: return nil
    }
  }

  /// The edit in progress, when it is in this column.
  func edit(inColumn column: Int) -> (location: EditLocation, editor: LineEditor)? {
    guard case .edit(let edit) = mode, let location = editLocation(edit.target), location.column == column else { return nil }
    return (location, edit.editor)
  }
}
