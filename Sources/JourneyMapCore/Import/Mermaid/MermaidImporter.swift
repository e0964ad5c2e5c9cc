/// A Mermaid `journey` diagram (a `.mmd` file, or the first journey in a Markdown file's
/// ```` ```mermaid ```` blocks) as a new map.
///
/// | Mermaid | map |
/// |---|---|
/// | `title` (else front matter `title:`, else `accTitle`, else the file name) | title |
/// | `accDescr` (and an `accTitle` that did not become the title) | notes |
/// | `section` | a stage; tasks before the first section go to a stage "Untitled stage" |
/// | task | a step; a name starting with `★` (journeymap's export of a moment of truth) marks one |
/// | score 1…5 | feeling −2…+2 (score − 3); none when the task has no score |
/// | the actor on the most tasks | the persona |
/// | every other actor | a frontstage process of that name, owned by it, serving its tasks |
///
/// Actors become the persona and frontstage processes because that is what journeymap's Mermaid
/// export draws as actors (the persona and the owners of the frontstage processes serving a
/// step), so a diagram comes back with the same actors. Touchpoints are channels, not people,
/// and stakeholders are who was in the workshop, not who is in a step.
public enum MermaidImporter {
  /// The stage for tasks written before any `section`.
  public static let untitledStage = "Untitled stage"

  /// - Parameters:
  ///   - markdown: the input is Markdown holding ```` ```mermaid ```` blocks rather than a diagram.
  ///   - fallbackTitle: the map's title when the diagram has none (the file's name).
  public static func importMap(
    _ bytes: [UInt8], markdown: Bool, fallbackTitle: String, ids: inout IDGenerator
  ) -> ImportResult {
    var (journey, log) = parseLogging(bytes, markdown: markdown)
    guard let journey else { return ImportResult(map: nil, messages: log.messages(in: bytes)) }
    let map = self.map(from: journey, fallbackTitle: fallbackTitle, ids: &ids, log: &log)
    return ImportResult(map: map, messages: log.messages(in: bytes))
  }

  /// The diagram as Mermaid reads it (nil when there were errors), and every message.
  public static func parse(_ bytes: [UInt8], markdown: Bool) -> (journey: MermaidJourney?, messages: [ImportMessage]) {
    let (journey, log) = parseLogging(bytes, markdown: markdown)
    return (journey, log.messages(in: bytes))
  }

  static func parseLogging(_ bytes: [UInt8], markdown: Bool) -> (MermaidJourney?, MessageLog) {
    var log = MessageLog()
    var bytes = bytes
    if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
      log.error(at: bad, "not valid UTF-8: save the file as UTF-8")
      return (nil, log)
    }
    // A byte order mark is not text; blanking it keeps every offset.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20]) }
    guard markdown else { return MermaidJourneyParser.parse(bytes) }
    let blocks = MermaidMarkdown.mermaidBlocks(in: bytes)
    let journeys = blocks.filter { MermaidMarkdown.isJourney(bytes, $0) }
    guard let first = journeys.first ?? blocks.first else {
      log.error(at: 0, "no ```mermaid code block in this Markdown file: expected one holding a journey diagram")
      return (nil, log)
    }
    // With no journey among the blocks, the first block's own error says what it is instead.
    var (journey, blockLog) = MermaidJourneyParser.parse(bytes, start: first.content.lowerBound, end: first.content.upperBound)
    for other in journeys.dropFirst() {
      blockLog.warning(at: other.fence, "another journey diagram: only the first one in the file is imported")
    }
    return (journey, blockLog)
  }

  /// The map a parsed diagram describes (ids minted from `ids`).
  static func map(
    from journey: MermaidJourney, fallbackTitle: String, ids: inout IDGenerator, log: inout MessageLog
  ) -> JourneyMap {
    var taken = Set<String>()
    func mint(_ kind: IDKind) -> String {
      let id = ids.make(kind) { taken.contains($0) }
      taken.insert(id)
      return id
    }
    let title = journey.title ?? journey.frontMatterTitle ?? journey.accessibleTitle ?? fallbackTitle
    var notes: [String] = []
    if let accessible = journey.accessibleTitle, accessible != title { notes.append("Accessible title: " + accessible) }
    if let description = journey.accessibleDescription, !description.isEmpty { notes.append(description) }
    let persona = self.persona(of: journey)
    var map = JourneyMap(
      id: mint(.map), title: title.nfc, persona: Persona(name: persona.nfc), notes: notes.joined(separator: "\n").nfc)
    var processByActor: [String: Int] = [:]
    var anyActor = false
    for section in journey.sections {
      if section.name == nil {
        log.warning(at: section.offset, "tasks before the first `section`: put in a stage \"\(untitledStage)\"")
      }
      let stage = Stage(id: mint(.stage), name: (section.name ?? untitledStage).nfc)
      map.stages.append(stage)
      for task in section.tasks {
        let (title, isMoment) = stepTitle(task.name)
        let step = Step(
          id: mint(.step), stage: stage.id, title: title.nfc, feeling: task.score.map { Feeling(score: $0 - 3) },
          momentOfTruth: isMoment ? MomentOfTruth() : nil)
        map.steps.append(step)
        anyActor = anyActor || !task.actors.isEmpty
        if !persona.isEmpty && !task.actors.contains(persona) {
          log.warning(
            at: task.offset,
            "task \(Quote.text(task.name)) does not name \(Quote.text(persona)): the persona is in every step, so an export names them here")
        }
        for actor in task.actors where actor != persona {
          if let p = processByActor[actor] {
            map.processes[p].steps.append(step.id)
          } else {
            processByActor[actor] = map.processes.count
            map.processes.append(
              BackstageProcess(id: mint(.process), lane: .frontstage, title: actor.nfc, owner: actor.nfc, steps: [step.id]))
          }
        }
      }
    }
    if !anyActor && !journey.sections.allSatisfy({ $0.tasks.isEmpty }) {
      log.warning(at: journey.offset, "no task names an actor: an export names the persona (\"Customer\") on every task")
    }
    return map
  }

  /// The actor on the most tasks; the first of those seen when several tie. Empty when no task
  /// names anyone.
  static func persona(of journey: MermaidJourney) -> String {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for task in journey.sections.lazy.flatMap(\.tasks) {
      for actor in task.actors {
        if counts[actor] == nil { order.append(actor) }
        counts[actor, default: 0] += 1
      }
    }
    var best = ""
    var bestCount = 0
    for actor in order where counts[actor]! > bestCount {
      best = actor
      bestCount = counts[actor]!
    }
    return best
  }

  /// A task name as a step title: journeymap's export writes a moment of truth as `★ title` and
  /// a title that would read as a keyword as `‣ title`; both marks come off again.
  static func stepTitle(_ name: String) -> (title: String, isMoment: Bool) {
    var title = Substring(name)
    var isMoment = false
    if title.hasPrefix("★") {
      isMoment = true
      title = title.dropFirst().drop { $0 == " " }
    }
    if title.hasPrefix("‣ ") {
      let rest = title.dropFirst(2)
      if MermaidText.readsAsKeyword(rest) { title = rest }
    }
    return (String(title), isMoment)
  }
}
