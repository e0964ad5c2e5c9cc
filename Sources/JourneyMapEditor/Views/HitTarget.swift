/// What a place on the screen stands for, recorded by the renderer as it draws, so that mouse
/// handling asks the drawn screen what is under the pointer instead of working out the layout
/// a second time.
public enum HitTarget: Equatable, Sendable {
  /// A cell of a lane: selects its column and lane, and the item when a list line was hit.
  case cell(column: Int, lane: Lane, item: Int?)
  /// A column as a whole (a stage band, a step number): selects the column, keeps the lane.
  case column(Int)
  /// A marker of steps off an edge: scrolls the view by this many columns.
  case scroll(Int)
}

/// A rectangle of the screen and what it stands for.
public struct HitRegion: Equatable, Sendable {
  public var column: Int
  public var row: Int
  public var width: Int
  public var height: Int
  public var target: HitTarget

  func contains(column c: Int, row r: Int) -> Bool {
    c >= column && c < column + width && r >= row && r < row + height
  }
}
