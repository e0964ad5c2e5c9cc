/// One opportunity as a line of a team's action list: the opportunity with everything needed
/// to act on it without opening the map — where in which journey it is, which pain points it
/// would remove and which moments of truth it would change.
public struct ActionItem: Equatable, Sendable {
  public struct Reference: Equatable, Sendable {
    public var id: String
    public var text: String
  }

  /// The map's file, as given on the command line.
  public var file: String
  public var mapID: String
  public var mapTitle: String
  public var stage: Reference
  public var step: Reference
  public var opportunity: Opportunity
  /// The pain points it addresses (from any step of the map), with their text.
  public var addresses: [Reference]
  /// The moments of truth it serves: its own step when that is one, and the steps of the pain
  /// points it addresses that are; in journey order.
  public var moments: [Reference]
  /// Where it is in its map: for listing a map's actions in journey order.
  public var position: Int

  /// The owner as people group by it: trimmed, and empty for nobody.
  public var owner: String { ExportText.clean(opportunity.owner) }
}

extension ActionItem {
  /// Every opportunity of a map, in journey order.
  public static func items(of map: JourneyMap, file: String) -> [ActionItem] {
    let order = map.stepIndicesInJourneyOrder
    var stageName: [String: String] = [:]
    for stage in map.stages { stageName[stage.id] = stage.name }
    var painPoint: [String: (text: String, step: Int)] = [:]
    for i in map.steps.indices {
      for p in map.steps[i].painPoints { painPoint[p.id] = (p.text, i) }
    }
    var rank: [Int: Int] = [:]
    for (position, i) in order.enumerated() { rank[i] = position }
    var items: [ActionItem] = []
    for i in order {
      let step = map.steps[i]
      for o in step.opportunities {
        var momentSteps = Set<Int>()
        if step.momentOfTruth != nil { momentSteps.insert(i) }
        var addresses: [Reference] = []
        for id in o.addresses {
          guard let p = painPoint[id] else { continue }
          addresses.append(Reference(id: id, text: p.text))
          if map.steps[p.step].momentOfTruth != nil { momentSteps.insert(p.step) }
        }
        let moments = momentSteps.sorted { rank[$0, default: 0] < rank[$1, default: 0] }.map {
          Reference(id: map.steps[$0].id, text: map.steps[$0].title)
        }
        items.append(
          ActionItem(
            file: file, mapID: map.id, mapTitle: map.title, stage: Reference(id: step.stage, text: stageName[step.stage] ?? step.stage),
            step: Reference(id: step.id, text: step.title), opportunity: o, addresses: addresses, moments: moments,
            position: items.count))
      }
    }
    return items
  }
}
