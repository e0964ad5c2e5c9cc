/// `export --format slides -o DIR/`: the deck (``MarkdownExporter``) with its pictures beside
/// it, made from the map — the emotion curve (twenty steps a picture) and the service blueprint
/// (a picture per few steps, whole stages together where they fit) — all SVG, which Marp,
/// pandoc's reveal.js and PowerPoint show as they are. Nothing to install: the pictures are
/// drawn by journeymap itself. Linear in the map.
public enum SlideDirectory {
  /// One file of the directory: its name inside the directory, and its bytes.
  public struct File: Equatable, Sendable {
    public let name: String
    public let text: String
  }

  /// The deck's name in the directory.
  public static let deckName = "slides.md"

  /// Steps in one blueprint picture, at most: what stays readable across a slide.
  static let blueprintSteps = 6

  /// The deck first, then the pictures it shows.
  public static func export(_ map: JourneyMap, sourceName: String? = nil) -> [File] {
    let index = ExportIndex(map)
    let steps = index.order.filter { index.stageOf[$0] != nil }
    var files: [File] = []
    let curves = MarkdownExporter.chunked(steps, MarkdownExporter.curveStepsPerSlide)
    let curveNames = names("emotion-curve", curves.count)
    for (chunk, name) in zip(curves, curveNames) {
      files.append(File(name: name, text: EmotionCurve(index: index, steps: Array(chunk)).svg(standalone: true)))
    }
    var blueprints: [(file: String, steps: String)] = []
    if !map.processes.isEmpty {
      let groups = blueprintGroups(index)
      for (group, name) in zip(groups, names("blueprint", groups.count)) {
        files.append(File(name: name, text: BlueprintPicture(index: index, steps: group).svg()))
        let first = index.numbers[group[0]]
        let last = index.numbers[group[group.count - 1]]
        blueprints.append((name, first == last ? "step \(first)" : "steps \(first)–\(last)"))
      }
    }
    let pictures = DeckPictures(curves: curveNames, blueprints: blueprints)
    let deck = MarkdownExporter.export(map, flavor: .slides, sourceName: sourceName, pictures: pictures).text
    return [File(name: deckName, text: deck)] + files
  }

  /// `base.svg` for one picture, `base-1.svg`, `base-2.svg`… for several.
  static func names(_ base: String, _ count: Int) -> [String] {
    count == 1 ? [base + ".svg"] : (0..<count).map { "\(base)-\($0 + 1).svg" }
  }

  /// Steps per blueprint picture: whole stages together while they fit ``blueprintSteps``, a
  /// longer stage in even parts.
  static func blueprintGroups(_ index: ExportIndex) -> [[Int]] {
    var groups: [[Int]] = []
    var current: [Int] = []
    for stage in index.stepsByStage where !stage.isEmpty {
      for part in HTMLExporter.parts(stage, size: blueprintSteps) {
        if !current.isEmpty && current.count + part.count > blueprintSteps {
          groups.append(current)
          current = []
        }
        current += part
      }
    }
    if !current.isEmpty { groups.append(current) }
    return groups
  }
}
