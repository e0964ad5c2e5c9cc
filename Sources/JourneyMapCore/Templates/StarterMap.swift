/// The map `journeymap new` writes and the editor opens when given no file: a skeleton a
/// facilitator can start filling the moment the room starts talking.
public enum StarterMap {
  /// Stage names that fit most first workshops; the room renames them in seconds.
  public static let stageNames = ["Discover", "Decide", "Start", "Use", "Get help"]
  /// One empty step per stage: the capture line fills an empty step, and more are one `o` away.
  public static let stepsPerStage = 1
  public static let defaultTitle = "Untitled journey"
  public static let defaultPersona = "Customer"

  /// - Parameter stages: the stages to start with (`journeymap new --stages "Order, Install"`).
  public static func make(title: String? = nil, persona: String? = nil, stages: [String]? = nil, ids: inout IDGenerator) -> JourneyMap {
    var taken = Set<String>()
    func mint(_ kind: IDKind) -> String {
      let id = ids.make(kind) { taken.contains($0) }
      taken.insert(id)
      return id
    }
    var map = JourneyMap(
      id: mint(.map), title: title ?? defaultTitle, persona: Persona(name: persona ?? defaultPersona))
    for name in stages.flatMap({ $0.isEmpty ? nil : $0 }) ?? stageNames {
      let stage = Stage(id: mint(.stage), name: name)
      map.stages.append(stage)
      for _ in 0..<stepsPerStage {
        map.steps.append(Step(id: mint(.step), stage: stage.id))
      }
    }
    return map
  }
}
