import JourneyMapCore

/// A key press, independent of the terminal library that read it.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case char(Character)
  /// Control plus a letter, as a lower-case letter: `.ctrl("s")` is Ctrl-S.
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete, insert
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
}

/// A mouse action on a screen cell (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
  public var kind: Kind
  public var column: Int
  public var row: Int
  public init(_ kind: Kind, column: Int, row: Int) {
    self.kind = kind
    self.column = column
    self.row = row
  }
}

/// A terminal size in character cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var columns: Int
  public var rows: Int
  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }
  public var description: String { "\(columns)x\(rows)" }

  /// Parses `100x30`.
  public init?(parsing text: String) {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), c > 0, r > 0, c <= 1000, r <= 1000 else { return nil }
    self.init(columns: c, rows: r)
  }
}

/// Everything the editor reacts to: keys, mouse, resizes, and the results of effects it asked
/// the shell to perform (a save that succeeded or failed).
public enum InputEvent: Equatable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
  /// Text pasted into the terminal (bracketed paste): text, never keys to run.
  case paste(String)
  case saved(path: String)
  case saveFailed(path: String, reason: String)
  /// Nothing was written because the file exists (saving under another name) or is read-only.
  case saveRefused(path: String, readOnly: Bool)
  /// A save made without being asked, while editing together with other editors.
  case autosaved(path: String)
  /// Written; `warnings` say where a renderer will struggle with it (too large for Mermaid…).
  case exported(path: String, warnings: [String] = [])
  case exportFailed(reason: String)
  /// The export's file exists; nothing was written.
  case exportWouldReplace(format: ExportFormat, view: ExportView, path: String)
  case wrote(path: String)
  case writeFailed(path: String, reason: String)
  /// A save found the file changed on disk since it was opened (someone pulled, another editor
  /// saved): nothing was written.
  case changedOnDisk(path: String)
  /// The file as it is now on disk, reloaded at the user's request.
  case reloaded(JourneyMap)
  /// Our map merged three-way with the file on disk.
  case mergedWithDisk(JourneyMap, conflicts: Int)
}
