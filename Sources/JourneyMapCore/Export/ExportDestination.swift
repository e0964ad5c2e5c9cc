/// Where an export may be written. An export is derived data, a map is the work itself: an
/// export must never land on a map, whatever the user typed (`-o m.journey.json` and
/// `:export md m.journey.json` once replaced the map with the slide deck).
public enum ExportDestination {
  /// Why an export may not be written to `output`, or nil when it may. `input` is the map being
  /// exported, when it has a file.
  public static func refusal(output: String, input: String?) -> String? {
    if let input, MapFile.sameFile(output, input) {
      return "\(output) is the map being exported; choose another file"
    }
    let target = MapFile.resolvingSymlinks(output)
    // Case does not matter: on a case-insensitive disk `M.JOURNEY.JSON` is the map.
    if output.lowercased().hasSuffix(MapFormat.fileExtension) || target.lowercased().hasSuffix(MapFormat.fileExtension) {
      return "\(output) is a map file name (*\(MapFormat.fileExtension)); exports never write maps, choose another name"
    }
    return nil
  }
}
