/// How much a finding matters. An error is a journey that fails its purpose (a painful moment
/// of truth nobody acts on); a warning is a gap in the journey or its blueprint; info is
/// capture the room has not finished. `lint --fail-on` picks the level that fails a build.
public enum LintSeverity: String, CaseIterable, Sendable, Comparable {
  case info
  case warning
  case error

  public static func < (a: LintSeverity, b: LintSeverity) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
