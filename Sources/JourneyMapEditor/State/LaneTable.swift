import JourneyMapCore

/// The rows of the grid, top to bottom: the customer's lanes, the optional detail lanes, then
/// the service blueprint's three lines and its three process lanes.
///
/// Everything else the editor knows about a lane is its row in the table below: adding a lane
/// is a case here, a row in `LaneTable` and a line in `spec`, all in this file.
public enum Lane: String, CaseIterable, Sendable {
  case step
  case description
  case thinking
  case feeling
  case touchpoints
  case moment
  case painPoints
  case opportunities
  case metrics
  case evidence
  case notes
  case lineOfInteraction
  case frontstage
  case lineOfVisibility
  case backstage
  case lineOfInternalInteraction
  case support

  /// This lane's row of the table. A switch rather than a dictionary, so that the compiler
  /// refuses a lane without a row, and a lookup is free.
  @inline(__always) var spec: LaneSpec {
    switch self {
    case .step: LaneTable.step
    case .description: LaneTable.description
    case .thinking: LaneTable.thinking
    case .feeling: LaneTable.feeling
    case .touchpoints: LaneTable.touchpoints
    case .moment: LaneTable.moment
    case .painPoints: LaneTable.painPoints
    case .opportunities: LaneTable.opportunities
    case .metrics: LaneTable.metrics
    case .evidence: LaneTable.evidence
    case .notes: LaneTable.notes
    case .lineOfInteraction: LaneTable.lineOfInteraction
    case .frontstage: LaneTable.frontstage
    case .lineOfVisibility: LaneTable.lineOfVisibility
    case .backstage: LaneTable.backstage
    case .lineOfInternalInteraction: LaneTable.lineOfInternalInteraction
    case .support: LaneTable.support
    }
  }
}

/// The lane table: one row per lane (see `LaneSpec` for what each field means).
enum LaneTable {
  static let step = LaneSpec(
    label: "Step", shortLabel: "Step", kind: .title, layer: .customer, height: 2,
    placeholder: (.edit, "edit"), hint: stepHint,
    read: { $0.title },
    edit: .init(label: "Edit step title", write: { $0.title = $1 }),
    clear: .refused("D deletes the whole step; Enter edits its title"),
    paste: .newSteps)

  static let description = LaneSpec(
    label: "Description", shortLabel: "Descr.", kind: .text, layer: .detail, height: 2, growth: 8,
    placeholder: (.edit, "edit"), hint: itemsHint,
    read: { $0.description },
    edit: .init(label: "Edit description", write: { $0.description = $1 }),
    clear: .field(label: "Clear description", { $0.description = "" }),
    paste: .appendText)

  static let thinking = LaneSpec(
    label: "Thinking", shortLabel: "Thinks", kind: .list, layer: .customer, height: 3, growth: 0,
    placeholder: (.addItem, "add a thought"), hint: itemsHint,
    paste: .items,
    list: .onStep(\.thoughts, read: { $0.thoughts }, noun: "thought", shown: { $0 }, edited: { $0 }, new: { _, text in text }, update: { $0 = $1 }))

  static let feeling = LaneSpec(
    label: "Feeling", shortLabel: "Feels", kind: .feeling, layer: .customer, height: 5,
    placeholder: (.edit, "edit"), hint: feelingHint,
    read: { $0.feeling?.word ?? "" },
    edit: .init(
      label: "Edit feeling",
      write: { step, word in
        var feeling = step.feeling ?? Feeling(score: 0)
        feeling.word = word
        step.feeling = feeling
      },
      then: { state, step, word in
        // A word alone leaves the curve flat: say how to place it.
        if state.map.steps[step].feeling?.score == 0 && !word.isEmpty { state.inform("Feeling word set; 1–5 or +/- set how it feels") }
      }),
    clear: .field(label: "Clear feeling", { $0.feeling = nil }))

  static let touchpoints = LaneSpec(
    label: "Touchpoints", shortLabel: "Touch", kind: .list, layer: .customer, height: 2, growth: 3,
    placeholder: (.addItem, "add a touchpoint"), hint: touchpointsHint,
    list: .touchpoints)

  static let moment = LaneSpec(
    label: "Moment of truth", shortLabel: "MoT", kind: .flag, layer: .customer, height: 2, growth: 4, style: .moment,
    placeholder: (.toggleMoment, "mark as moment"), hint: momentHint,
    wallMark: { state, step in state.map.steps[step].momentOfTruth != nil ? "★" : nil },
    read: { $0.momentOfTruth?.reason ?? "" },
    isMarked: { $0.momentOfTruth != nil },
    edit: .init(
      label: "Edit moment of truth",
      write: { step, reason in
        // Giving a reason marks the step.
        var moment = step.momentOfTruth ?? MomentOfTruth()
        moment.reason = reason
        step.momentOfTruth = moment
      }),
    clear: .field(label: "Clear moment of truth", { $0.momentOfTruth = nil }),
    paste: .appendText)

  static let painPoints = LaneSpec(
    label: "Pain points", shortLabel: "Pains", kind: .list, layer: .customer, height: 3, growth: 1, style: .pain,
    placeholder: (.addItem, "add a pain point"), hint: itemsHint,
    wallMark: { state, step in count(state.map.steps[step].painPoints.count) },
    paste: .items,
    list: .onStep(
      \.painPoints, read: { $0.painPoints }, noun: "pain point", shown: { $0.map(\.text) }, edited: \.text,
      new: { state, text in PainPoint(id: state.mintID(.painPoint), text: text) },
      update: { $0.text = $1 },
      delete: LaneSpec.List.deletePainPoint))

  static let opportunities = LaneSpec(
    label: "Opportunities", shortLabel: "Ideas", kind: .list, layer: .customer, height: 3, growth: 2, style: .opportunity,
    placeholder: (.addItem, "add an idea"), hint: opportunitiesHint,
    wallMark: { state, step in count(state.map.steps[step].opportunities.count) },
    paste: .items,
    list: .onStep(
      \.opportunities, read: { $0.opportunities }, noun: "opportunity", shown: { $0.map(EditorState.opportunityCellText) },
      edited: EditorState.opportunityText,
      new: { state, text in
        // `Call back within an hour @Support team`: the owner after the last ` @`.
        let (body, owner) = EditorState.splitOwner(text)
        return Opportunity(id: state.mintID(.opportunity), text: body, owner: owner)
      },
      update: { opportunity, text in (opportunity.text, opportunity.owner) = EditorState.splitOwner(text) },
      firstHint: "Type the opportunity; end with @owner to name who acts on it",
      setOwner: { state, step, item, owner in state.updateStep(step, "Set owner") { $0.opportunities[item].owner = owner } }))

  static let metrics = LaneSpec(
    label: "Metrics", shortLabel: "Metrics", kind: .list, layer: .detail, height: 2, growth: 9,
    placeholder: (.addItem, "add name: value"), hint: metricsHint,
    paste: .items,
    list: .onStep(
      \.metrics, read: { $0.metrics }, noun: "metric", shown: { $0.map { "\($0.name): \($0.value)" } },
      edited: { "\($0.name): \($0.value)" },
      new: { _, text in
        let (name, value) = EditorState.splitMetric(text)
        return Metric(name: name, value: value)
      },
      update: { metric, text in (metric.name, metric.value) = EditorState.splitMetric(text) },
      firstHint: "Type name: value, e.g. Calls per day: 1,200"))

  static let evidence = LaneSpec(
    label: "Evidence", shortLabel: "Evid.", kind: .choice, layer: .detail, height: 1,
    placeholder: (.edit, "observed?"), hint: evidenceHint,
    read: { $0.evidence?.rawValue ?? "" },
    clear: .field(label: "Clear evidence", { $0.evidence = nil }),
    choice: .init(values: "observed, assumed or none", cycle: { state, step in state.cycleEvidence(step) }))

  static let notes = LaneSpec(
    label: "Notes", shortLabel: "Notes", kind: .text, layer: .detail, height: 2, growth: 10,
    placeholder: (.edit, "edit"), hint: itemsHint,
    read: { $0.notes },
    edit: .init(label: "Edit notes", write: { $0.notes = $1 }),
    clear: .field(label: "Clear notes", { $0.notes = "" }),
    paste: .appendText)

  static let lineOfInteraction = rule("line of interaction")

  static let frontstage = process(.frontstage, label: "Frontstage", shortLabel: "Front", growth: 5)

  static let lineOfVisibility = rule("line of visibility")

  static let backstage = process(.backstage, label: "Backstage", shortLabel: "Back", growth: 6)

  static let lineOfInternalInteraction = rule("line of internal interaction")

  static let support = process(.support, label: "Support", shortLabel: "Support", growth: 7)

  // MARK: Rows alike

  /// A line of the service blueprint: a labelled rule, one row high.
  static func rule(_ label: String) -> LaneSpec {
    LaneSpec(
      label: label, shortLabel: label, kind: .rule, layer: .backstage, height: 1, placeholder: (.edit, "edit"),
      hint: itemsHint)
  }

  /// A lane of backstage processes: the processes of its lane that serve the step.
  static func process(_ lane: ProcessLane, label: String, shortLabel: String, growth: Int) -> LaneSpec {
    LaneSpec(
      label: label, shortLabel: shortLabel, kind: .list, layer: .backstage, height: 2, growth: growth, style: .process,
      placeholder: (.addItem, "add a process"), hint: processHint, processLane: lane,
      wallMark: { state, step in
        guard !state.map.processes.isEmpty else { return nil }
        let count = state.processes(lane, step: step).count
        return count == 0 ? nil : count == 1 ? "◆" : "◆\(count)"
      },
      list: .processes(lane))
  }

  /// A count for the wall, nothing when there is none.
  static func count(_ n: Int) -> String? { n == 0 ? nil : String(n) }

  // MARK: Hints (every key read from the action table)

  @Sendable static func stepHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    return "\(k(.edit)) edits the title · \(k(.insertStepAfter))/\(k(.insertStepBefore)) new step · "
      + "\(k(.moveStepLeft))/\(k(.moveStepRight)) move · \(k(.duplicateStep)) duplicate · \(k(.deleteStep)) delete · "
      + "\(k(.addStage)) new stage"
  }

  /// A list's keys (and, as it has always said, a text lane's).
  @Sendable static func itemsHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    return "\(k(.addItem)) adds · \(k(.edit)) edits · \(k(.moveItemUp))/\(k(.moveItemDown)) reorder · \(k(.deleteItem)) deletes"
  }

  @Sendable static func feelingHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    return "\(state.keyRange(.setFeeling)) or \(k(.feelingUp))/\(k(.feelingDown)) set the feeling · \(k(.edit)) names it · \(k(.deleteItem)) clears"
  }

  @Sendable static func momentHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    return "\(k(.toggleMoment)) marks a moment of truth · \(k(.edit)) records why · \(k(.deleteItem)) clears"
  }

  @Sendable static func touchpointsHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    return "\(k(.addItem)) or \(k(.addTouchpoint)) adds a touchpoint · \(k(.edit)) renames · :\(Action.setChannel.rawValue) sets its channel · "
      + "\(k(.deleteItem)) removes"
  }

  /// On an opportunity: where it stands, and the keys that move it on.
  @Sendable static func opportunitiesHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    if let (step, item) = state.selectedOpportunity() {
      let o = state.map.steps[step].opportunities[item]
      return SafeText.displayable(EditorState.trackingSummary(o), limit: 200)
        + " · \(k(.setStatus)) status · \(k(.setImpact)) impact · \(k(.setEffort)) effort · :\(Action.setDue.rawValue) · \(k(.addressPainPoint)) links pain points"
    }
    return "\(k(.addItem)) adds (end with @owner) · \(k(.edit)) edits · \(k(.addressPainPoint)) links pain points · "
      + "\(k(.moveItemUp))/\(k(.moveItemDown)) reorder · \(k(.deleteItem)) deletes"
  }

  @Sendable static func metricsHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    return "\(k(.addItem)) adds name: value · \(k(.edit)) edits · \(k(.deleteItem)) deletes"
  }

  @Sendable static func evidenceHint(_ state: EditorState) -> String {
    "\(state.key(.edit)) cycles observed / assumed / unknown"
  }

  /// On a process: the steps it serves; otherwise how to add, link and describe one.
  @Sendable static func processHint(_ state: EditorState) -> String {
    func k(_ action: Action) -> String { state.key(action) }
    if let (p, _) = state.selectedProcess() {
      let process = state.map.processes[p]
      let served = process.steps.prefix(20).compactMap { id in
        state.columns.indexOfStep[id].map { SafeText.displayable(state.map.steps[$0].title, limit: 60) }
      }
      return "Serves \(process.steps.count) step(s) ◆: " + served.map { $0.isEmpty ? "untitled" : $0 }.joined(separator: ", ")
    }
    return "\(k(.addItem)) adds a process · \(k(.linkProcess)) links an existing one · \(k(.deleteItem)) unlinks · "
      + ":\(Action.setOwner.rawValue) :\(Action.setSystem.rawValue) :\(Action.setLane.rawValue)"
  }
}
