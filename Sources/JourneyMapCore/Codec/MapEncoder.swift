/// Writes a map as canonical `.journey.json` bytes.
///
/// The key order of every object is fixed here and documented in docs/format.md; empty optional
/// fields are left out so that a new field in a later version does not touch every old file.
/// The same map always gives the same bytes.
public enum MapEncoder {
  /// - Parameter expectedSize: the size of the file the map came from, when known: the output
  ///   is then made in one buffer of about the right size instead of growing into a larger one.
  public static func encode(_ map: JourneyMap, expectedSize: Int? = nil) -> [UInt8] {
    var w = CanonicalJSONWriter(reservingCapacity: expectedSize.map { $0 + $0 / 16 + 4096 } ?? 256 + map.steps.count * 600)
    w.journeyMap(map)
    return w.finish()
  }
}

/// The model's encoding, written once for every sink: the file writer and the ``JSONValue``
/// builder used by merges both call these, so the key order below is the only one.
extension JSONSink {
  mutating func journeyMap(_ map: JourneyMap) {
    beginObject()
    if let schema = map.schema, !schema.isEmpty { member("$schema", schema) }
    member("format", MapFormat.name)
    key(static: "formatVersion")
    integer(MapFormat.version)
    member("id", map.id)
    member("title", map.title)
    member("state", map.state.rawValue)
    if !map.persona.isEmpty {
      key(static: "persona")
      beginObject()
      optional("name", map.persona.name)
      optional("goal", map.persona.goal)
      optional("description", map.persona.description)
      extensions(map.persona.extensions)
      endObject()
    }
    optional("scenario", map.scenario)
    strings("stakeholders", map.stakeholders)
    optional("notes", map.notes)
    if !map.touchpoints.isEmpty {
      key(static: "touchpoints")
      beginArray()
      for touchpoint in map.touchpoints { self.touchpoint(touchpoint) }
      endArray()
    }
    key(static: "stages")
    beginArray()
    for stage in map.stages { self.stage(stage) }
    endArray()
    key(static: "steps")
    beginArray()
    for i in map.steps.indices { self.step(map.steps[i]) }
    endArray()
    if !map.processes.isEmpty {
      key(static: "processes")
      beginArray()
      for process in map.processes { self.process(process) }
      endArray()
    }
    extensions(map.extensions)
    endObject()
  }

  mutating func member(_ key: StaticString, _ value: String) {
    self.key(static: key)
    string(value)
  }

  /// Writes the member only when the text is not empty.
  mutating func optional(_ key: StaticString, _ value: String) {
    guard !value.isEmpty else { return }
    member(key, value)
  }

  /// Writes a list of strings (or ids) only when it is not empty.
  mutating func strings(_ key: StaticString, _ values: [String]) {
    guard !values.isEmpty else { return }
    self.key(static: key)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  mutating func extensions(_ extensions: Extensions) {
    for member in extensions.members {
      key(member.key)
      value(member.value)
    }
  }

  mutating func touchpoint(_ touchpoint: Touchpoint) {
    beginObject()
    member("id", touchpoint.id)
    member("channel", touchpoint.channel)
    member("name", touchpoint.name)
    extensions(touchpoint.extensions)
    endObject()
  }

  mutating func stage(_ stage: Stage) {
    beginObject()
    member("id", stage.id)
    member("name", stage.name)
    optional("description", stage.description)
    extensions(stage.extensions)
    endObject()
  }

  mutating func process(_ process: BackstageProcess) {
    beginObject()
    member("id", process.id)
    member("lane", process.lane.rawValue)
    member("title", process.title)
    optional("owner", process.owner)
    optional("system", process.system)
    strings("steps", process.steps)
    optional("notes", process.notes)
    extensions(process.extensions)
    endObject()
  }

  mutating func painPoint(_ painPoint: PainPoint) {
    beginObject()
    member("id", painPoint.id)
    member("text", painPoint.text)
    extensions(painPoint.extensions)
    endObject()
  }

  mutating func opportunity(_ opportunity: Opportunity) {
    beginObject()
    member("id", opportunity.id)
    member("text", opportunity.text)
    optional("owner", opportunity.owner)
    // Tracking: an untracked idea writes nothing, so maps from before tracking stay byte-identical.
    if opportunity.status != .idea { member("status", opportunity.status.rawValue) }
    if let impact = opportunity.impact { member("impact", impact.rawValue) }
    if let effort = opportunity.effort { member("effort", effort.rawValue) }
    optional("due", opportunity.due)
    optional("link", opportunity.link)
    strings("addresses", opportunity.addresses)
    extensions(opportunity.extensions)
    endObject()
  }

  mutating func feeling(_ feeling: Feeling) {
    beginObject()
    key(static: "score")
    integer(feeling.score)
    optional("word", feeling.word)
    extensions(feeling.extensions)
    endObject()
  }

  mutating func momentOfTruth(_ moment: MomentOfTruth) {
    beginObject()
    optional("reason", moment.reason)
    extensions(moment.extensions)
    endObject()
  }

  mutating func metric(_ metric: Metric) {
    beginObject()
    member("name", metric.name)
    member("value", metric.value)
    extensions(metric.extensions)
    endObject()
  }

  mutating func step(_ step: Step) {
    beginObject()
    member("id", step.id)
    member("stage", step.stage)
    optional("title", step.title)
    optional("description", step.description)
    strings("thoughts", step.thoughts)
    if let feeling = step.feeling {
      key(static: "feeling")
      self.feeling(feeling)
    }
    strings("touchpoints", step.touchpoints)
    if let moment = step.momentOfTruth {
      key(static: "momentOfTruth")
      momentOfTruth(moment)
    }
    if !step.painPoints.isEmpty {
      key(static: "painPoints")
      beginArray()
      for painPoint in step.painPoints { self.painPoint(painPoint) }
      endArray()
    }
    if !step.opportunities.isEmpty {
      key(static: "opportunities")
      beginArray()
      for opportunity in step.opportunities { self.opportunity(opportunity) }
      endArray()
    }
    if !step.metrics.isEmpty {
      key(static: "metrics")
      beginArray()
      for metric in step.metrics { self.metric(metric) }
      endArray()
    }
    if let evidence = step.evidence { member("evidence", evidence.rawValue) }
    optional("notes", step.notes)
    extensions(step.extensions)
    endObject()
  }
}
