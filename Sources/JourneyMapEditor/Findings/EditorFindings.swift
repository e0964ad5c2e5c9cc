import JourneyMapCore

/// Lint in the editor: the findings of the steps on screen (for their marks), and of the whole
/// map on demand (for `:lint` and moving between findings). The same rule table as
/// `journeymap lint`, asked one step at a time from indices the editor keeps, so drawing a
/// frame costs what is on screen, not the size of the map.
extension EditorState {
  /// A finding where the cursor can go: the column, lane and item of its cell.
  public struct FindingPlace: Equatable, Sendable {
    public var column: Int
    public var lane: Lane
    public var item: Int
    public var finding: LintFinding
  }

  var lintFacts: LintFacts {
    let index = findingIndex
    let columns = self.columns
    let map = self.map
    return LintFacts(
      state: map.state, isAddressed: { index.isAddressed($0) },
      lanesServing: { id in
        var lanes: LintFacts.Lanes = []
        for p in columns.processes(ofStep: id) { lanes.insert(LintFacts.Lanes(map.processes[p].lane)) }
        return lanes
      },
      stepCount: { id in
        guard let s = map.stages.firstIndex(where: { $0.id == id }), columns.stageRanges.indices.contains(s) else { return 0 }
        return columns.steps(in: columns.stageRanges[s])
      },
      current: index.current, namesCurrent: index.current != nil || index.settings.current != nil)
  }

  /// The findings shown in one column, each at its lane and item, in lane order: the step's
  /// own, its pain points' and opportunities', its processes', or an empty stage's.
  public func findingPlaces(inColumn column: Int) -> [FindingPlace] {
    findingPlaces(inColumn: column, facts: lintFacts)
  }

  /// ``findingPlaces(inColumn:)`` with the facts made once for all the columns of a frame.
  func findingPlaces(inColumn column: Int, facts: LintFacts) -> [FindingPlace] {
    guard columns.items.indices.contains(column) else { return [] }
    let settings = findingIndex.settings
    var places: [FindingPlace] = []
    switch columns.items[column] {
    case .emptyStage(let s):
      for f in Linter.stageFindings(map.stages[s], facts) where Linter.shows(f, settings) {
        places.append(FindingPlace(column: column, lane: .step, item: 0, finding: f))
      }
    case .step(let index):
      let step = map.steps[index]
      for f in Linter.stepFindings(step, facts) where Linter.shows(f, settings) {
        guard case .step(_, let field) = f.spot else { continue }
        places.append(place(f, field: field, step: step, column: column))
      }
      for lane in Lane.processLanes {
        for (item, p) in processes(lane.processLane!, step: index).enumerated() {
          for f in Linter.processFindings(map.processes[p], facts) where Linter.shows(f, settings) {
            places.append(FindingPlace(column: column, lane: lane, item: item, finding: f))
          }
        }
      }
    }
    let order = Lane.allCases
    return places.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.lane != y.lane { return order.firstIndex(of: x.lane)! < order.firstIndex(of: y.lane)! }
      return x.item != y.item ? x.item < y.item : a.offset < b.offset
    }.map(\.element)
  }

  private func place(_ f: LintFinding, field: LintField, step: Step, column: Int) -> FindingPlace {
    switch field {
    case .title: return FindingPlace(column: column, lane: .step, item: 0, finding: f)
    case .feeling: return FindingPlace(column: column, lane: .feeling, item: 0, finding: f)
    case .touchpoints: return FindingPlace(column: column, lane: .touchpoints, item: 0, finding: f)
    case .moment: return FindingPlace(column: column, lane: .moment, item: 0, finding: f)
    case .opportunities: return FindingPlace(column: column, lane: .opportunities, item: 0, finding: f)
    case .painPoint(let id):
      return FindingPlace(column: column, lane: .painPoints, item: step.painPoints.firstIndex { $0.id == id } ?? 0, finding: f)
    case .opportunity(let id):
      return FindingPlace(column: column, lane: .opportunities, item: step.opportunities.firstIndex { $0.id == id } ?? 0, finding: f)
    }
  }

  /// Every finding of the map in reading order: those with a cell column by column, then those
  /// of the map as a whole and of processes that serve no step (which have no cell).
  public func allFindings() -> (placed: [FindingPlace], elsewhere: [LintFinding]) {
    // A process's finding is marked on every step it serves, but listed (and counted) once,
    // at the first of them.
    var placed: [FindingPlace] = []
    var seen = Set<String>()
    let facts = lintFacts
    for column in columns.items.indices {
      for place in findingPlaces(inColumn: column, facts: facts) {
        if case .process = place.finding.spot, !seen.insert(place.finding.rule + " " + place.finding.element).inserted { continue }
        placed.append(place)
      }
    }
    let settings = findingIndex.settings
    var elsewhere = Linter.mapFindings(map, facts, settings).filter { Linter.shows($0, settings) }
    for process in map.processes where process.steps.isEmpty {
      elsewhere += Linter.processFindings(process, facts).filter { Linter.shows($0, settings) }
    }
    return (placed, elsewhere)
  }
}
