/// The emotion curve as SVG, drawn from the map: one column per step, the feeling from −2
/// (bottom) to +2 (top), a line through the steps the room has scored (broken where a step has
/// no feeling yet), the stages as bands behind, moments of truth as stars. Every point carries
/// its number as text and each column its step number and feeling word, so the picture reads
/// without colour; a tooltip (`<title>`) names the step.
///
/// The same drawing serves the HTML page (inline, scaled to the page's width) and the slides
/// directory (a standalone file). Linear in the steps drawn.
struct EmotionCurve {
  let index: ExportIndex
  /// The columns: indices into `map.steps`, in journey order.
  let steps: [Int]
  /// Width in user units; the columns share what the axis labels leave.
  var width = 1200.0

  static let font = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
  static let ink = "#1b1b1b"
  static let brand = "#1f3a5f"
  static let momentInk = "#8a4500"

  // Vertical layout, top to bottom: stage names, the plot (+2 … −2), step numbers, words, legend.
  let stageLabelY = 22.0
  let plotTop = 62.0
  let levelHeight = 48.0
  var plotBottom: Double { plotTop + 4 * levelHeight }
  var numberY: Double { plotBottom + 26 }
  var wordY: Double { plotBottom + 44 }
  var legendY: Double { plotBottom + 72 }
  var height: Double { plotBottom + 84 }
  let left = 118.0
  let right = 16.0

  var columnWidth: Double { (width - left - right) / Double(max(1, steps.count)) }
  func x(_ column: Int) -> Double { left + columnWidth * (Double(column) + 0.5) }
  func y(_ score: Int) -> Double { plotTop + Double(2 - max(-2, min(2, score))) * levelHeight }

  /// The picture. Standalone, it is a file of its own (with the XML namespace and a size,
  /// `displayWidth` wide); inline, it scales to its container and `id` keeps its title unique
  /// in the page.
  func svg(standalone: Bool, id: String = "curve", displayWidth: Double = 2000) -> String {
    let map = index.map
    var out = ""
    out.reserveCapacity(2_048 + steps.count * 700)
    let n = MarkupText.number
    let scale = displayWidth / width
    let size = standalone ? " xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width * scale))\" height=\"\(n(height * scale))\"" : " class=\"curve\""
    out += "<svg\(size) viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title\" font-family=\"\(Self.font)\">\n"
    let title = "Emotion curve: " + ExportText.clean(map.title)
    out += "<title id=\"\(id)-title\">\(MarkupText.escape(title))</title>\n"
    out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    bands(&out)
    axis(&out)
    line(&out)
    points(&out)
    legend(&out)
    out += "</svg>\n"
    return out
  }

  /// Stage bands behind the plot, alternately tinted, each named at the top (cut to fit).
  func bands(_ out: inout String) {
    let n = MarkupText.number
    var start = 0
    var band = 0
    while start < steps.count {
      let stage = index.stageOf[steps[start]]
      var end = start
      while end + 1 < steps.count && index.stageOf[steps[end + 1]] == stage { end += 1 }
      let x0 = left + columnWidth * Double(start)
      let w = columnWidth * Double(end - start + 1)
      let fill = band % 2 == 0 ? "#eef2f8" : "#f8f9fb"
      out += "<rect x=\"\(n(x0))\" y=\"0\" width=\"\(n(w))\" height=\"\(n(plotBottom + 8))\" fill=\"\(fill)\"/>\n"
      if start > 0 {
        out += "<line x1=\"\(n(x0))\" y1=\"0\" x2=\"\(n(x0))\" y2=\"\(n(plotBottom + 8))\" stroke=\"#c5cee0\"/>\n"
      }
      let name = stage.map { ExportText.clean(index.map.stages[$0].name) } ?? ""
      let fitted = DotWrap.fit(name, ems: (w - 8) / 14, bold: true)
      if !fitted.isEmpty && w >= 24 {
        out += "<text x=\"\(n(x0 + w / 2))\" y=\"\(n(stageLabelY))\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"\(Self.brand)\">\(MarkupText.escape(fitted))</text>\n"
      }
      start = end + 1
      band += 1
    }
  }

  /// The five levels, labelled with their numbers (and the ends and middle with their names).
  func axis(_ out: inout String) {
    let n = MarkupText.number
    for score in -2...2 {
      let yy = y(score)
      let dash = score == 0 ? "" : " stroke-dasharray=\"4 4\""
      out += "<line x1=\"\(n(left))\" y1=\"\(n(yy))\" x2=\"\(n(width - right))\" y2=\"\(n(yy))\" stroke=\"\(score == 0 ? "#8a94a6" : "#c5cee0")\"\(dash)/>\n"
      let label = ExportText.score(score) + (score % 2 == 0 ? " " + FeelingScale.names[score + 2] : "")
      out += "<text x=\"\(n(left - 8))\" y=\"\(n(yy + 5))\" text-anchor=\"end\" font-size=\"13\" fill=\"\(Self.ink)\">\(label)</text>\n"
    }
  }

  /// The curve itself: one polyline per run of scored steps.
  func line(_ out: inout String) {
    var run: [String] = []
    func flush() {
      if run.count > 1 {
        out += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(Self.brand)\" stroke-width=\"3\" stroke-linejoin=\"round\"/>\n"
      }
      run = []
    }
    for (column, i) in steps.enumerated() {
      guard let feeling = index.map.steps[i].feeling else {
        flush()
        continue
      }
      run.append(MarkupText.number(x(column)) + "," + MarkupText.number(y(feeling.score)))
    }
    flush()
  }

  /// Each step's point (a star for a moment of truth), its score above it, and under the plot
  /// its number and feeling word when the column is wide enough to read them.
  func points(_ out: inout String) {
    let n = MarkupText.number
    // Numbers of at most three digits need about 30 units; narrower columns label every k-th.
    let every = max(1, Int((30 / columnWidth).rounded(.up)))
    let showWords = columnWidth >= 56
    for (column, i) in steps.enumerated() {
      let step = index.map.steps[i]
      let xx = x(column)
      let number = index.numbers[i]
      var tip = "\(number). " + ExportText.stepTitle(step)
      if let feeling = step.feeling {
        tip += ": " + ExportText.score(feeling.score) + " " + FeelingScale.word(feeling)
      } else {
        tip += ": no feeling captured yet"
      }
      if step.momentOfTruth != nil { tip += " (moment of truth)" }
      out += "<g><title>\(MarkupText.escape(tip))</title>\n"
      if let feeling = step.feeling {
        let yy = y(feeling.score)
        if step.momentOfTruth != nil {
          out += "<text x=\"\(n(xx))\" y=\"\(n(yy + 10))\" text-anchor=\"middle\" font-size=\"30\" fill=\"\(Self.momentInk)\">★</text>\n"
        } else {
          let tint = FeelingScale.tints[FeelingScale.slot(feeling.score)]
          out += "<circle cx=\"\(n(xx))\" cy=\"\(n(yy))\" r=\"7\" fill=\"\(tint)\" stroke=\"\(Self.brand)\" stroke-width=\"2.5\"/>\n"
        }
        if columnWidth >= 22 {
          out += "<text x=\"\(n(xx))\" y=\"\(n(yy - 14))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"\(Self.ink)\">\(ExportText.score(feeling.score))</text>\n"
        }
      } else {
        out += "<text x=\"\(n(xx))\" y=\"\(n(y(0) + 5))\" text-anchor=\"middle\" font-size=\"14\" fill=\"#4a4f57\">?</text>\n"
      }
      if column % every == 0 {
        let star = step.momentOfTruth != nil && columnWidth >= 40 ? "★ " : ""
        out += "<text x=\"\(n(xx))\" y=\"\(n(numberY))\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"\(Self.ink)\">\(star)\(number)</text>\n"
      }
      if showWords {
        let word = step.feeling.map(FeelingScale.word) ?? "not scored"
        let fitted = DotWrap.fit(word, ems: (columnWidth - 6) / 13, bold: false)
        out += "<text x=\"\(n(xx))\" y=\"\(n(wordY))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#3d434c\">\(MarkupText.escape(fitted))</text>\n"
      }
      out += "</g>\n"
    }
  }

  /// What the marks mean, in words.
  func legend(_ out: inout String) {
    let text = "Feeling from −2 (very negative) to +2 (very positive) at each numbered step · ★ moment of truth · ? not scored yet"
    out += "<text x=\"\(MarkupText.number(left))\" y=\"\(MarkupText.number(legendY))\" font-size=\"13\" fill=\"#3d434c\">\(text)</text>\n"
  }
}
