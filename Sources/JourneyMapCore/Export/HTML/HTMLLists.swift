/// The two lists after the grids: what to do (the action list) and who does what behind the
/// scenes (the blueprint's processes in full). Both link back to the steps in the grids.
extension HTMLPage {
  /// Opportunities with their owners and the pain points they address, then the pain points
  /// nobody has taken on.
  mutating func actions() {
    raw("<section class=\"actions\" id=\"actions\" aria-labelledby=\"actions-title\">\n<h2 id=\"actions-title\">Action list</h2>\n")
    var pains: [String: (text: String, step: Int)] = [:]
    for i in index.order {
      for p in map.steps[i].painPoints { pains[p.id] = (MarkupText.text(p.text), i) }
    }
    var addressed = Set<String>()
    var rows: [String] = []
    for i in index.order {
      for o in map.steps[i].opportunities {
        addressed.formUnion(o.addresses)
        let owner = o.owner.isEmpty ? "<strong class=\"unowned\">No owner yet</strong>" : MarkupText.text(o.owner)
        let addresses = o.addresses.compactMap { id in
          pains[id].map { "<li><a href=\"#\(MarkupText.escape(id))\">\($0.text)</a> <span class=\"at\">(step \(index.numbers[$0.step]))</span></li>" }
        }
        let pain = addresses.isEmpty ? "" : "<ul>" + addresses.joined() + "</ul>"
        rows.append("<tr><td>\(MarkupText.text(o.text))</td><td>\(owner)</td><td>\(pain)</td><td>\(stepLink(i))</td></tr>\n")
      }
    }
    if rows.isEmpty {
      raw("<p>No opportunities yet.</p>\n")
    } else {
      raw("<table class=\"list\">\n<colgroup><col class=\"w36\"><col class=\"w16\"><col class=\"w30\"><col class=\"w18\"></colgroup>\n<thead><tr><th scope=\"col\">Opportunity</th><th scope=\"col\">Owner</th><th scope=\"col\">Pain points it addresses</th><th scope=\"col\">Step</th></tr></thead>\n<tbody>\n")
      for row in rows { raw(row) }
      raw("</tbody>\n</table>\n")
    }
    var open: [String] = []
    for i in index.order {
      for p in map.steps[i].painPoints where !addressed.contains(p.id) {
        open.append("<li>\(MarkupText.text(p.text)) <span class=\"at\">(\(stepLink(i)))</span></li>\n")
      }
    }
    if !open.isEmpty {
      raw("<h3>Pain points nobody has taken on yet</h3>\n<ul class=\"open\">\n")
      for item in open { raw(item) }
      raw("</ul>\n")
    }
    raw("</section>\n")
  }

  /// Every process by lane, under the line above its lane, with the steps it serves.
  mutating func blueprint() {
    raw("<section class=\"processes\" id=\"blueprint\" aria-labelledby=\"blueprint-title\">\n<h2 id=\"blueprint-title\">Service blueprint: the processes behind the steps</h2>\n")
    guard !map.processes.isEmpty else {
      raw("<p>No backstage processes have been captured yet: what does the company do to make each step happen?</p>\n</section>\n")
      return
    }
    for (l, lane) in BlueprintLayout.lanes.enumerated() {
      let processes = index.processes(in: lane.lane)
      raw("<h3>\(lane.name): \(lane.meaning) <span class=\"of\">below the \(lane.line.lowercased())</span></h3>\n")
      guard !processes.isEmpty else {
        raw("<p>No \(lane.lane.rawValue) processes yet.</p>\n")
        continue
      }
      raw("<table class=\"list lane-\(l)\">\n<colgroup><col class=\"w28\"><col class=\"w16\"><col class=\"w16\"><col class=\"w24\"><col class=\"w16\"></colgroup>\n<thead><tr><th scope=\"col\">Process</th><th scope=\"col\">Owner</th><th scope=\"col\">System</th><th scope=\"col\">Serves steps</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n")
      for p in processes {
        let process = map.processes[p]
        let served = process.steps.compactMap { index.stepByID[$0] }.sorted { index.numbers[$0] < index.numbers[$1] }
        let steps = served.isEmpty ? "" : "<ul>" + served.map { "<li>\(stepLink($0))</li>" }.joined() + "</ul>"
        raw("<tr id=\"\(MarkupText.escape(process.id))\"><td>\(MarkupText.text(process.title))</td><td>\(MarkupText.text(process.owner))</td>")
        raw("<td>\(MarkupText.text(process.system))</td><td>\(steps)</td><td>\(MarkupText.text(process.notes))</td></tr>\n")
      }
      raw("</tbody>\n</table>\n")
    }
    raw("</section>\n")
  }
}
