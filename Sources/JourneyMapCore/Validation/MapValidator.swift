/// Checks what the types cannot: ids (present, well formed, unique across the map), references
/// (to stages, touchpoints, pain points, steps), ranges and required text.
///
/// Runs on every load and before every save, on maps from files and from the editor alike.
/// Linear in the size of the map: one pass to collect ids, one to check references.
public enum MapValidator {
  /// A problem found in a map, addressed by JSON path and the id of the thing it concerns.
  public struct Issue: Equatable, Sendable {
    public var path: JSONPath
    public var id: String?
    public var message: String
    /// A merge conflict recorded in the file: the map itself is sound, a person must choose.
    public var isUnresolvedConflict = false
  }

  public static func validate(_ map: JourneyMap) -> [Issue] {
    var issues: [Issue] = []
    var ids: [String: JSONPath] = [:]
    ids.reserveCapacity(map.steps.count * 4 + map.stages.count + map.processes.count)

    func checkID(_ id: String, _ kind: IDKind, _ path: JSONPath) {
      guard !id.isEmpty else {
        issues.append(Issue(path: path, id: nil, message: "\(kind.noun) has no id"))
        return
      }
      if !kind.accepts(id) {
        issues.append(
          Issue(path: path.key("id"), id: id, message: "id \"\(id)\" does not match the \(kind.noun) id pattern \(kind.pattern)"))
      }
      if let first = ids[id] {
        issues.append(Issue(path: path.key("id"), id: id, message: "duplicate id \(id) (first used at \(first))"))
      } else {
        ids[id] = path
      }
    }
    func requireText(_ text: String, _ path: JSONPath, id: String?, _ message: String) {
      if text.isEmpty { issues.append(Issue(path: path, id: id, message: message)) }
    }

    // Pass 1: ids and local rules.
    checkID(map.id, .map, .root)
    requireText(map.title, JSONPath.root.key("title"), id: nil, "the map has no title")
    for (i, text) in map.stakeholders.enumerated() where text.isEmpty {
      issues.append(Issue(path: JSONPath.root.key("stakeholders").index(i), id: nil, message: "empty stakeholder"))
    }
    let touchpointsPath = JSONPath.root.key("touchpoints")
    var touchpointIDs = Set<String>()
    for (i, touchpoint) in map.touchpoints.enumerated() {
      let path = touchpointsPath.index(i)
      checkID(touchpoint.id, .touchpoint, path)
      touchpointIDs.insert(touchpoint.id)
      requireText(touchpoint.name, path.key("name"), id: touchpoint.id, "touchpoint has no name")
      requireText(touchpoint.channel, path.key("channel"), id: touchpoint.id, "touchpoint has no channel (web, phone, email, store, app, chat…)")
    }
    let stagesPath = JSONPath.root.key("stages")
    var stageIDs = Set<String>()
    for (i, stage) in map.stages.enumerated() {
      let path = stagesPath.index(i)
      checkID(stage.id, .stage, path)
      stageIDs.insert(stage.id)
      requireText(stage.name, path.key("name"), id: stage.id, "stage has no name")
    }
    let stepsPath = JSONPath.root.key("steps")
    var stepIDs = Set<String>()
    var painPointIDs = Set<String>()
    for (i, step) in map.steps.enumerated() {
      let path = stepsPath.index(i)
      checkID(step.id, .step, path)
      stepIDs.insert(step.id)
      for (j, thought) in step.thoughts.enumerated() where thought.isEmpty {
        issues.append(Issue(path: path.key("thoughts").index(j), id: step.id, message: "empty thought"))
      }
      if let feeling = step.feeling, !Feeling.range.contains(feeling.score) {
        issues.append(
          Issue(
            path: path.key("feeling").key("score"), id: step.id,
            message: "feeling \(feeling.score) is out of range (-2 very negative … +2 very positive)"))
      }
      for (j, painPoint) in step.painPoints.enumerated() {
        let ppPath = path.key("painPoints").index(j)
        checkID(painPoint.id, .painPoint, ppPath)
        painPointIDs.insert(painPoint.id)
        requireText(painPoint.text, ppPath.key("text"), id: painPoint.id, "pain point has no text")
      }
      for (j, opportunity) in step.opportunities.enumerated() {
        let opPath = path.key("opportunities").index(j)
        checkID(opportunity.id, .opportunity, opPath)
        requireText(opportunity.text, opPath.key("text"), id: opportunity.id, "opportunity has no text")
      }
      for (j, metric) in step.metrics.enumerated() {
        requireText(metric.name, path.key("metrics").index(j).key("name"), id: step.id, "metric has no name")
      }
    }
    let processesPath = JSONPath.root.key("processes")
    for (i, process) in map.processes.enumerated() {
      let path = processesPath.index(i)
      checkID(process.id, .process, path)
      requireText(process.title, path.key("title"), id: process.id, "process has no title")
    }

    // Pass 2: references, now that every id is known.
    func checkReferences(
      _ refs: [String], _ path: JSONPath, owner: String, target: Set<String>, noun: String
    ) {
      var seen = Set<String>()
      for (j, ref) in refs.enumerated() {
        if !target.contains(ref) {
          issues.append(Issue(path: path.index(j), id: owner, message: "refers to \(noun) \(ref), which does not exist"))
        } else if !seen.insert(ref).inserted {
          issues.append(Issue(path: path.index(j), id: owner, message: "lists \(noun) \(ref) twice"))
        }
      }
    }
    for (i, step) in map.steps.enumerated() {
      let path = stepsPath.index(i)
      if step.stage.isEmpty {
        issues.append(Issue(path: path, id: step.id, message: "step is in no stage (it needs \"stage\": a stage id)"))
      } else if !stageIDs.contains(step.stage) {
        issues.append(
          Issue(path: path.key("stage"), id: step.id, message: "step is in no stage: stage \(step.stage) does not exist"))
      }
      checkReferences(step.touchpoints, path.key("touchpoints"), owner: step.id, target: touchpointIDs, noun: "touchpoint")
      for (j, opportunity) in step.opportunities.enumerated() {
        checkReferences(
          opportunity.addresses, path.key("opportunities").index(j).key("addresses"), owner: opportunity.id,
          target: painPointIDs, noun: "pain point")
      }
    }
    for (i, process) in map.processes.enumerated() {
      checkReferences(process.steps, processesPath.index(i).key("steps"), owner: process.id, target: stepIDs, noun: "step")
    }
    for (i, conflict) in MergeConflict.recorded(in: map).enumerated() {
      issues.append(
        Issue(
          path: JSONPath.root.key(MergeConflict.extensionKey).index(i), id: nil,
          message: "unresolved merge conflict \(i + 1) at \(conflict.summary) (journeymap resolve FILE --ours or --theirs)",
          isUnresolvedConflict: true))
    }
    return issues
  }
}
