/// Field-by-field merges of one element that both sides changed: each field merges on its own,
/// so a rename on one side and a new feeling on the other both land.
extension Merger {
  mutating func touchpoint(_ b: Touchpoint, _ o: Touchpoint, _ t: Touchpoint, path: String) -> Touchpoint {
    var r = o
    r.name = text(b.name, o.name, t.name, path + ".name")
    r.channel = text(b.channel, o.channel, t.channel, path + ".channel")
    r.extensions = extensions(b.extensions, o.extensions, t.extensions, path)
    return r
  }

  mutating func stage(_ b: Stage, _ o: Stage, _ t: Stage, path: String) -> Stage {
    var r = o
    r.name = text(b.name, o.name, t.name, path + ".name")
    r.description = text(b.description, o.description, t.description, path + ".description")
    r.extensions = extensions(b.extensions, o.extensions, t.extensions, path)
    return r
  }

  mutating func process(_ b: BackstageProcess, _ o: BackstageProcess, _ t: BackstageProcess, path: String) -> BackstageProcess {
    var r = o
    r.title = text(b.title, o.title, t.title, path + ".title")
    r.lane = value(b.lane, o.lane, t.lane, path: path + ".lane") { .string($0.rawValue) } ?? o.lane
    r.owner = text(b.owner, o.owner, t.owner, path + ".owner")
    r.system = text(b.system, o.system, t.system, path + ".system")
    r.notes = text(b.notes, o.notes, t.notes, path + ".notes")
    r.steps = ids(b.steps, o.steps, t.steps, path: path + ".steps")
    r.extensions = extensions(b.extensions, o.extensions, t.extensions, path)
    return r
  }

  mutating func step(_ b: Step, _ o: Step, _ t: Step, path: String) -> Step {
    var r = o
    r.stage = text(b.stage, o.stage, t.stage, path + ".stage")
    r.title = text(b.title, o.title, t.title, path + ".title")
    r.description = text(b.description, o.description, t.description, path + ".description")
    r.thoughts = strings(b.thoughts, o.thoughts, t.thoughts, path: path + ".thoughts")
    r.feeling = value(b.feeling, o.feeling, t.feeling, path: path + ".feeling") { ModelJSON.feeling($0) ?? .null }
    r.touchpoints = ids(b.touchpoints, o.touchpoints, t.touchpoints, path: path + ".touchpoints")
    r.momentOfTruth = value(b.momentOfTruth, o.momentOfTruth, t.momentOfTruth, path: path + ".momentOfTruth") {
      ModelJSON.moment($0) ?? .null
    }
    r.painPoints = collection(
      b.painPoints, o.painPoints, t.painPoints, path: path + ".painPoints", noun: "pain point", encode: ModelJSON.painPoint
    ) { m, bp, op, tp, p in
      var x = op
      x.text = m.text(bp.text, op.text, tp.text, p + ".text")
      x.extensions = m.extensions(bp.extensions, op.extensions, tp.extensions, p)
      return x
    }
    r.opportunities = collection(
      b.opportunities, o.opportunities, t.opportunities, path: path + ".opportunities", noun: "opportunity",
      encode: ModelJSON.opportunity
    ) { m, bo, oo, to, p in
      var x = oo
      x.text = m.text(bo.text, oo.text, to.text, p + ".text")
      x.owner = m.text(bo.owner, oo.owner, to.owner, p + ".owner")
      x.status = m.value(bo.status, oo.status, to.status, path: p + ".status") { .string($0.rawValue) } ?? oo.status
      x.impact = m.value(bo.impact, oo.impact, to.impact, path: p + ".impact") { .string($0.rawValue) }
      x.effort = m.value(bo.effort, oo.effort, to.effort, path: p + ".effort") { .string($0.rawValue) }
      x.due = m.text(bo.due, oo.due, to.due, p + ".due")
      x.link = m.text(bo.link, oo.link, to.link, p + ".link")
      x.addresses = m.ids(bo.addresses, oo.addresses, to.addresses, path: p + ".addresses")
      x.extensions = m.extensions(bo.extensions, oo.extensions, to.extensions, p)
      return x
    }
    r.metrics = list(
      b.metrics.map(MetricKey.init), o.metrics.map(MetricKey.init), t.metrics.map(MetricKey.init), path: path + ".metrics", unique: false,
      encode: { ModelJSON.metric($0.metric) }, rank: \.rank
    ).map(\.metric)
    r.evidence = value(b.evidence, o.evidence, t.evidence, path: path + ".evidence") { .string($0.rawValue) }
    r.notes = text(b.notes, o.notes, t.notes, path + ".notes")
    r.extensions = extensions(b.extensions, o.extensions, t.extensions, path)
    return r
  }
}

/// Metrics compared as whole values in the ordered-set merge.
struct MetricKey: Hashable {
  let metric: Metric
  init(_ metric: Metric) { self.metric = metric }
  static func == (a: MetricKey, b: MetricKey) -> Bool { a.metric == b.metric }
  func hash(into hasher: inout Hasher) {
    hasher.combine(metric.name)
    hasher.combine(metric.value)
  }

  /// A total order for placing both sides' new metrics at one place: the canonical JSON text.
  var rank: String {
    var w = CanonicalJSONWriter()
    w.metric(metric)
    return String(decoding: w.finish(), as: UTF8.self)
  }
}
