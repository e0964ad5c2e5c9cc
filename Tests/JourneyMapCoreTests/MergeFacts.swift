import JourneyMapCore

/// A map as facts, each named by the path a merge conflict would have, and as ordered lists:
/// what the merge property test compares between base, both sides and the result. A fact is a
/// field's value, or that an element, link or list item exists (`∋` names an item of a list).
struct MapFacts {
  var values: [String: String] = [:]
  /// Every ordered list (by path; steps per stage as `$.steps@stage`), as item keys.
  var lists: [String: [String]] = [:]

  init(_ map: JourneyMap) {
    set("$.id", map.id)
    set("$.title", map.title)
    set("$.state", map.state.rawValue)
    set("$.$schema", map.schema ?? "")
    set("$.persona.name", map.persona.name)
    set("$.persona.goal", map.persona.goal)
    set("$.persona.description", map.persona.description)
    extensions(map.persona.extensions, "$.persona")
    set("$.scenario", map.scenario)
    set("$.notes", map.notes)
    extensions(map.extensions.members.filter { $0.key != MergeConflict.extensionKey }, "$")
    items(map.stakeholders, "$.stakeholders")
    for t in map.touchpoints {
      let p = "$.touchpoints[id=\(t.id)]"
      set(p, "exists")
      set(p + ".name", t.name)
      set(p + ".channel", t.channel)
      extensions(t.extensions, p)
    }
    lists["$.touchpoints"] = map.touchpoints.map(\.id)
    for s in map.stages {
      let p = "$.stages[id=\(s.id)]"
      set(p, "exists")
      set(p + ".name", s.name)
      set(p + ".description", s.description)
      extensions(s.extensions, p)
    }
    lists["$.stages"] = map.stages.map(\.id)
    for step in map.steps {
      self.step(step)
      lists["$.steps@" + step.stage, default: []].append(step.id)
    }
    for process in map.processes {
      let p = "$.processes[id=\(process.id)]"
      set(p, "exists")
      set(p + ".title", process.title)
      set(p + ".lane", process.lane.rawValue)
      set(p + ".owner", process.owner)
      set(p + ".system", process.system)
      set(p + ".notes", process.notes)
      items(process.steps, p + ".steps")
      extensions(process.extensions, p)
    }
    lists["$.processes"] = map.processes.map(\.id)
  }

  private mutating func step(_ step: Step) {
    let p = "$.steps[id=\(step.id)]"
    set(p, "exists")
    set(p + ".stage", step.stage)
    set(p + ".title", step.title)
    set(p + ".description", step.description)
    items(step.thoughts, p + ".thoughts")
    set(p + ".feeling", step.feeling.map { "\($0.score) \($0.word) \($0.extensions)" } ?? "")
    items(step.touchpoints, p + ".touchpoints")
    set(p + ".momentOfTruth", step.momentOfTruth.map { "\($0.reason) \($0.extensions)" } ?? "")
    for painPoint in step.painPoints {
      let pp = "\(p).painPoints[id=\(painPoint.id)]"
      set(pp, "exists")
      set(pp + ".text", painPoint.text)
      extensions(painPoint.extensions, pp)
    }
    lists[p + ".painPoints"] = step.painPoints.map(\.id)
    for opportunity in step.opportunities {
      let op = "\(p).opportunities[id=\(opportunity.id)]"
      set(op, "exists")
      set(op + ".text", opportunity.text)
      set(op + ".owner", opportunity.owner)
      set(op + ".status", opportunity.status == .idea ? "" : opportunity.status.rawValue)
      set(op + ".impact", opportunity.impact?.rawValue ?? "")
      set(op + ".effort", opportunity.effort?.rawValue ?? "")
      set(op + ".due", opportunity.due)
      set(op + ".link", opportunity.link)
      items(opportunity.addresses, op + ".addresses")
      extensions(opportunity.extensions, op)
    }
    lists[p + ".opportunities"] = step.opportunities.map(\.id)
    items(step.metrics.map { "\($0.name)=\($0.value) \($0.extensions)" }, p + ".metrics")
    set(p + ".evidence", step.evidence?.rawValue ?? "")
    set(p + ".notes", step.notes)
    extensions(step.extensions, p)
  }

  /// Empty text is the same as no text in the file, so it is no fact.
  private mutating func set(_ key: String, _ value: String) {
    if !value.isEmpty { values[key] = value }
  }

  private mutating func extensions(_ extensions: Extensions, _ path: String) {
    self.extensions(extensions.members, path)
  }

  private mutating func extensions(_ members: [JSONMember], _ path: String) {
    for member in members { values[path + MergeConflict.memberPath(member.key)] = "\(member.value)" }
  }

  /// A list without ids: each item, told apart from equal ones by occurrence.
  private mutating func items(_ list: [String], _ path: String) {
    var seen: [String: Int] = [:]
    var keys: [String] = []
    for item in list {
      let n = seen[item, default: 0]
      seen[item] = n + 1
      let key = "\(item)#\(n)"
      values[path + "∋" + key] = "listed"
      keys.append(key)
    }
    lists[path] = keys
  }
}
