/// A 1-based line and column in a source file, as editors and compilers print them.
///
/// Columns count characters (Unicode scalars), not bytes, so `é` is one column.
public struct LineColumn: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}
