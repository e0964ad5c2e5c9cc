import JourneyMapCore

/// How the capture grammar is shown to people: the labels of its parts, the one-line legend
/// above the capture line, and the lines of the help screen. One place, so they agree.
enum CaptureGrammar {
  static func label(_ kind: StepCapture.Part.Kind) -> String {
    switch kind {
    case .stage: return "Stage"
    case .title: return "Step"
    case .thought: return "Thinking"
    case .feeling: return "Feeling"
    case .touchpoint: return "Touchpoint"
    case .moment: return "★ Moment of truth"
    case .painPoint: return "Pain point"
    case .opportunity: return "Opportunity"
    case .process: return "Process"
    }
  }

  /// The signs, in the order a step is usually told.
  static let signs: [(sign: String, kind: StepCapture.Part.Kind)] = [
    ("[Stage]", .stage), ("\"", .thought), ("-2…+2", .feeling), ("#", .touchpoint), ("*", .moment), ("!", .painPoint),
    ("+", .opportunity), ("&", .process),
  ]

  static var legendParts: [String] {
    signs.map { "\($0.sign) \(label($0.kind).lowercased())" } + ["@owner", "\\ plain"]
  }

  /// The legend in lines of at most `width` columns, broken between parts: every sign shows,
  /// whatever the terminal's width.
  static func legendLines(width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for part in legendParts {
      let candidate = line.isEmpty ? part : line + " · " + part
      if !line.isEmpty && DisplayWidth.of(candidate) + 2 > width {
        lines.append(line + " ·")
        line = part
      } else {
        line = candidate
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The grammar on the help screen.
  static let helpLines = [
    "[Stage] Title \"a thought\" -1 anxious #phone: Helpline *why it is make-or-break !a pain point +an idea @owner &a process @owner (system)",
    "Each part starts with its sign at the start of a word and runs to the next one; only the title is needed.",
    "[Stage] files the step there (a new stage if none has that name) · -2 -1 ±0 +1 +2 then a word: the feeling",
    "#name or #channel: name: a touchpoint (Tab completes) · * alone: a moment of truth without a reason",
    "&name links a process (Tab completes), or makes one: &support: title @owner (system) · \\# or \\+ keeps a sign as text",
  ]

  /// Whether a part names something the map does not have yet (a stage, touchpoint or process
  /// that will be made).
  static func isNew(_ part: StepCapture.Part, in map: JourneyMap) -> Bool {
    switch part.kind {
    case .stage: return !map.stages.contains { $0.name.lowercased() == part.text.lowercased() }
    case .touchpoint: return StepCapture.touchpoint(part.text).existing(in: map.touchpoints) == nil
    case .process:
      let title = StepCapture.process(part.text).title.lowercased()
      return !map.processes.contains { $0.title.lowercased() == title }
    default: return false
    }
  }
}
