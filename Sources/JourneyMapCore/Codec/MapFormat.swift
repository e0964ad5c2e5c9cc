/// Constants of the `.journey.json` format.
public enum MapFormat {
  /// The value of the top-level `format` key.
  public static let name = "journeymap"
  /// The newest format version this build reads and the one it writes. Raise it only with a
  /// migration from the previous version (see docs/format.md, "Versions").
  public static let version = 1
  /// The file name suffix of journey maps.
  public static let fileExtension = ".journey.json"
}
