/// The service blueprint of a few steps as an SVG picture, drawn from the map the way a team
/// draws one on a wall: the steps in a row under their stages, then the line of interaction, the
/// frontstage processes, the line of visibility, the backstage, the line of internal
/// interaction and the support processes; each process a box under the steps it serves (one
/// box per run of neighbouring steps, ``BlueprintLayout``), so the column is the link. Text is
/// wrapped to its box and cut with "…" (``DotWrap``); moments of truth carry a ★ and the words.
struct BlueprintPicture {
  let index: ExportIndex
  /// The columns: indices into `map.steps`, in journey order.
  let steps: [Int]

  let width = 1200.0
  let left = 150.0
  let right = 8.0
  let stageHeight = 30.0
  let stepHeight = 112.0
  let lineHeight = 26.0
  let trackHeight = 66.0
  let emptyHeight = 34.0

  var columnWidth: Double { (width - left - right) / Double(max(1, steps.count)) }
  func x(_ column: Int) -> Double { left + columnWidth * Double(column) }

  static let laneFills = ["#dcecfb", "#ece4fb", "#eceef1"]

  /// The picture, a file of its own, no taller than `maxHeight` when shown (it scales down
  /// evenly; its drawing keeps its proportions).
  func svg(maxHeight: Double = 900, displayWidth: Double = 2000) -> String {
    let layout = BlueprintLayout(index, columns: steps)
    let laneHeights = layout.tracks.map { $0.isEmpty ? emptyHeight : Double($0.count) * trackHeight }
    let height = stageHeight + stepHeight + laneHeights.reduce(0) { $0 + lineHeight + $1 } + 8
    var body = ""
    body.reserveCapacity(4_096 + steps.count * 1_500)
    var y = 0.0
    stripes(&body, top: stageHeight, height: height - stageHeight)
    stages(&body)
    y = stageHeight
    stepRow(&body, top: y)
    y += stepHeight
    for (l, lane) in BlueprintLayout.lanes.enumerated() {
      line(&body, lane.line, at: y + lineHeight / 2)
      y += lineHeight
      let tracks = layout.tracks[l]
      label(&body, lane.name, lane.meaning, top: y, height: laneHeights[l])
      if tracks.isEmpty {
        body += "<text x=\"\(n(left + 10))\" y=\"\(n(y + 22))\" font-size=\"13\" fill=\"#474d57\">No \(lane.lane.rawValue) process serves these steps</text>\n"
      }
      for (t, track) in tracks.enumerated() {
        for span in track { box(&body, span, top: y + Double(t) * trackHeight, fill: Self.laneFills[l]) }
      }
      y += laneHeights[l]
    }
    let scale = min(displayWidth / width, maxHeight / height)
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width * scale))\" height=\"\(n(height * scale))\" viewBox=\"0 0 \(n(width)) \(n(height))\""
    out += " role=\"img\" aria-labelledby=\"title\" font-family=\"\(EmotionCurve.font)\">\n"
    let first = steps.first.map { index.numbers[$0] } ?? 0
    let last = steps.last.map { index.numbers[$0] } ?? 0
    let title = "Service blueprint, steps \(first)–\(last): " + ExportText.clean(index.map.title)
    out += "<title id=\"title\">\(MarkupText.escape(title))</title>\n"
    out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    out += body
    out += "</svg>\n"
    return out
  }

  func n(_ value: Double) -> String { MarkupText.number(value) }

  /// Every other column lightly tinted from the steps down, so a box's columns read at a glance.
  func stripes(_ out: inout String, top: Double, height: Double) {
    for column in steps.indices where column % 2 == 1 {
      out += "<rect x=\"\(n(x(column)))\" y=\"\(n(top))\" width=\"\(n(columnWidth))\" height=\"\(n(height))\" fill=\"#f6f8fb\"/>\n"
    }
  }

  /// The stages over their steps.
  func stages(_ out: inout String) {
    var start = 0
    while start < steps.count {
      let stage = index.stageOf[steps[start]]
      var end = start
      while end + 1 < steps.count && index.stageOf[steps[end + 1]] == stage { end += 1 }
      let x0 = x(start) + 3
      let w = columnWidth * Double(end - start + 1) - 6
      out += "<rect x=\"\(n(x0))\" y=\"3\" width=\"\(n(w))\" height=\"\(n(stageHeight - 6))\" rx=\"5\" fill=\"#1f3a5f\"/>\n"
      let name = stage.map { ExportText.clean(index.map.stages[$0].name) } ?? ""
      let fitted = DotWrap.fit(name, ems: (w - 10) / 14, bold: true)
      out += "<text x=\"\(n(x0 + w / 2))\" y=\"\(n(stageHeight / 2 + 5))\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#ffffff\">\(MarkupText.escape(fitted))</text>\n"
      start = end + 1
    }
    out += "<text x=\"8\" y=\"\(n(stageHeight / 2 + 5))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1f3a5f\">Stage</text>\n"
  }

  /// The customer's steps: number, title, feeling; a moment of truth marked in words.
  func stepRow(_ out: inout String, top: Double) {
    label(&out, "Customer", "what the customer does", top: top, height: stepHeight)
    for (column, i) in steps.enumerated() {
      let step = index.map.steps[i]
      let x0 = x(column) + 5
      let w = columnWidth - 10
      let moment = step.momentOfTruth != nil
      let tint = step.feeling.map { FeelingScale.tints[FeelingScale.slot($0.score)] } ?? "#ffffff"
      let stroke = moment ? "#7a3f00\" stroke-width=\"3" : "#8a94a6\" stroke-width=\"1"
      out += "<rect x=\"\(n(x0))\" y=\"\(n(top + 6))\" width=\"\(n(w))\" height=\"\(n(stepHeight - 12))\" rx=\"6\" fill=\"\(tint)\" stroke=\"\(stroke)\"/>\n"
      let head = (moment ? "★ " : "") + "\(index.numbers[i]). " + ExportText.stepTitle(step)
      let lines = DotWrap(characters: 200, ems: (w - 12) / 13, maxLines: 3, bold: true).lines(head)
      for (k, text) in lines.enumerated() {
        out += "<text x=\"\(n(x0 + 6))\" y=\"\(n(top + 24 + Double(k) * 16))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1b1b1b\">\(MarkupText.escape(text))</text>\n"
      }
      if moment {
        out += "<text x=\"\(n(x0 + 6))\" y=\"\(n(top + stepHeight - 32))\" font-size=\"12\" font-weight=\"bold\" fill=\"#7a3f00\">★ Moment of truth</text>\n"
      }
      let foot = step.feeling.map { ExportText.score($0.score) + " " + FeelingScale.word($0) } ?? "not scored"
      let fitted = DotWrap.fit(foot, ems: (w - 12) / 12, bold: false)
      out += "<text x=\"\(n(x0 + 6))\" y=\"\(n(top + stepHeight - 14))\" font-size=\"12\" fill=\"#1b1b1b\">\(MarkupText.escape(fitted))</text>\n"
    }
  }

  /// A dashed line across the picture, named at the left.
  func line(_ out: inout String, _ name: String, at y: Double) {
    out += "<line x1=\"4\" y1=\"\(n(y + 6))\" x2=\"\(n(width - 4))\" y2=\"\(n(y + 6))\" stroke=\"#1f3a5f\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"
    out += "<text x=\"8\" y=\"\(n(y + 1))\" font-size=\"11\" font-weight=\"bold\" letter-spacing=\"0.5\" fill=\"#1f3a5f\">\(name.uppercased())</text>\n"
  }

  /// A lane's name and meaning in the left column.
  func label(_ out: inout String, _ name: String, _ meaning: String, top: Double, height: Double) {
    out += "<text x=\"8\" y=\"\(n(top + 22))\" font-size=\"14\" font-weight=\"bold\" fill=\"#1b1b1b\">\(name)</text>\n"
    for (k, text) in DotWrap(characters: 40, ems: (left - 16) / 11, maxLines: 2).lines(meaning).enumerated() where height >= 44 + Double(k) * 14 {
      out += "<text x=\"8\" y=\"\(n(top + 38 + Double(k) * 14))\" font-size=\"11\" fill=\"#474d57\">\(MarkupText.escape(text))</text>\n"
    }
  }

  /// One process box under the steps it serves: title (two lines at most), owner · system.
  func box(_ out: inout String, _ span: BlueprintLayout.Span, top: Double, fill: String) {
    let process = index.map.processes[span.process]
    let x0 = x(span.first) + 5
    let w = columnWidth * Double(span.last - span.first + 1) - 10
    out += "<g><title>\(MarkupText.text(process.title))</title>\n"
    out += "<rect x=\"\(n(x0))\" y=\"\(n(top + 5))\" width=\"\(n(w))\" height=\"\(n(trackHeight - 10))\" rx=\"6\" fill=\"\(fill)\" stroke=\"#8a94a6\"/>\n"
    let title = DotWrap(characters: 200, ems: (w - 12) / 13, maxLines: 2, bold: true).lines(ExportText.clean(process.title))
    for (k, text) in title.enumerated() {
      out += "<text x=\"\(n(x0 + 6))\" y=\"\(n(top + 22 + Double(k) * 15))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1b1b1b\">\(MarkupText.escape(text))</text>\n"
    }
    let detail = [process.owner, process.system].map(ExportText.clean).filter { !$0.isEmpty }.joined(separator: " · ")
    if !detail.isEmpty {
      let fitted = DotWrap.fit(detail, ems: (w - 12) / 11, bold: false)
      out += "<text x=\"\(n(x0 + 6))\" y=\"\(n(top + trackHeight - 13))\" font-size=\"11\" fill=\"#474d57\">\(MarkupText.escape(fitted))</text>\n"
    }
    out += "</g>\n"
  }
}
