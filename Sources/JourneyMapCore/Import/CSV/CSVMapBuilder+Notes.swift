/// What each kind of sticky note does to the map.
extension CSVMapBuilder {
  /// A note about the map itself (title, persona, stakeholders…), or a definition of a
  /// touchpoint or process that names no step (journeymap's export lists them first).
  mutating func applyToMap(_ note: CSVNote) {
    let text = note.text.nfc
    switch note.lane {
    case .title: setTitle(note)
    case .state:
      if let state = MapState(rawValue: text.lowercased()) {
        map.state = state
      } else if !text.isEmpty {
        log.warning(at: note.offset, "state \(Quote.text(text)) is neither current nor future: kept in the map's notes")
        map.notes = Self.appending(map.notes, "state: " + text)
      }
    case .persona: map.persona.name = Self.appending(map.persona.name, text, separator: " ")
    case .goal: map.persona.goal = Self.appending(map.persona.goal, text)
    case .personaDescription: map.persona.description = Self.appending(map.persona.description, text)
    case .scenario: map.scenario = Self.appending(map.scenario, text)
    case .stakeholder: if !text.isEmpty { map.stakeholders.append(text) }
    case .touchpoint: _ = touchpoint(note)
    case .frontstage, .backstage, .support: _ = process(note, lane: note.lane.processLane!)
    case .processNotes:
      if let p = process(withID: note.id) ?? map.processes.lastIndex(where: { $0.title == text }) {
        map.processes[p].notes = Self.appending(map.processes[p].notes, text)
      } else {
        rowWarnings.add("process notes for no process this file defines: kept in the map's notes", row: note.row, offset: note.offset)
        map.notes = Self.appending(map.notes, text)
      }
    default: map.notes = Self.appending(map.notes, Self.labelled(note))
    }
  }

  /// A row of the `stage` lane: names a stage and gives its description (or, with no Stage
  /// cell, its text is the stage's name, as on a sticky note tagged "Stage").
  mutating func applyStage(name: String, id: String, _ note: CSVNote) {
    if name.isEmpty && id.isEmpty {
      if !note.text.isEmpty { _ = stage(name: note.text, id: "", note) }
      return
    }
    let index = stage(name: name, id: id, note)
    map.stages[index].description = Self.appending(map.stages[index].description, note.text.nfc)
  }

  /// A note on a step.
  mutating func apply(_ note: CSVNote, toStep s: Int) {
    let text = note.text.nfc
    if !note.score.isEmpty && note.lane != .feeling { setScore(note.score, of: s, note) }
    switch note.lane {
    case .step:
      if !text.isEmpty && text != map.steps[s].title {
        map.steps[s].description = Self.appending(map.steps[s].description, text)
      }
    case .description: map.steps[s].description = Self.appending(map.steps[s].description, text)
    case .thinking:
      if text.isEmpty { return nothing(note) }
      map.steps[s].thoughts.append(text)
    case .feeling: applyFeeling(note, to: s)
    case .touchpoint:
      guard let t = touchpoint(note) else { return }
      let id = map.touchpoints[t].id
      if !map.steps[s].touchpoints.contains(id) { map.steps[s].touchpoints.append(id) }
    case .momentOfTruth:
      let reason = Self.appending(map.steps[s].momentOfTruth?.reason ?? "", text)
      map.steps[s].momentOfTruth = MomentOfTruth(reason: reason)
    case .painPoint:
      if text.isEmpty { return nothing(note) }
      map.steps[s].painPoints.append(PainPoint(id: claim(note.id, .painPoint, note), text: text))
    case .opportunity:
      if text.isEmpty { return nothing(note) }
      var opportunity = Opportunity(id: claim(note.id, .opportunity, note), text: text, owner: note.owner.nfc)
      track(&opportunity, note)
      map.steps[s].opportunities.append(opportunity)
      addOpportunityAddresses(step: s, opportunity: map.steps[s].opportunities.count - 1, note)
    case .metric:
      var name = text
      var value = note.value.nfc
      // "Calls per day: 1,200" in one cell, when there is no Value column.
      if value.isEmpty && metricValuesInText, let colon = name.range(of: ": ") {
        value = String(name[colon.upperBound...]).trimmedSpaces
        name = String(name[..<colon.lowerBound]).trimmedSpaces
      }
      if name.isEmpty { return nothing(note) }
      map.steps[s].metrics.append(Metric(name: name, value: value))
    case .evidence:
      if let evidence = Evidence(rawValue: text.lowercased()) {
        map.steps[s].evidence = evidence
      } else if !text.isEmpty {
        rowWarnings.add("evidence is observed or assumed: kept in the step's notes", row: note.row, offset: note.offset)
        map.steps[s].notes = Self.appending(map.steps[s].notes, "evidence: " + text)
      }
    case .frontstage, .backstage, .support:
      guard let p = process(note, lane: note.lane.processLane!) else { return }
      let id = map.steps[s].id
      if !map.processes[p].steps.contains(id) { map.processes[p].steps.append(id) }
    case .notes, .processNotes, .stage, .title, .state, .persona, .goal, .personaDescription, .scenario, .stakeholder, .mapNotes:
      // Lanes of the map or a stage never reach a step; what does is kept as a note.
      map.steps[s].notes = Self.appending(map.steps[s].notes, Self.labelled(note))
    }
  }

  private mutating func nothing(_ note: CSVNote) {
    rowWarnings.add("\(note.lane.name.withArticle) without text: nothing to import", row: note.row, offset: note.offset)
  }

  /// The feeling lane: a score (the Score cell, or the text when it is a number) and a word.
  private mutating func applyFeeling(_ note: CSVNote, to s: Int) {
    var word = note.text.nfc
    var score = note.score
    if score.isEmpty, Self.scoreValue(word) != nil {
      score = word
      word = ""
    }
    if !score.isEmpty { setScore(score, of: s, note) }
    guard !word.isEmpty else { return }
    if var feeling = map.steps[s].feeling {
      feeling.word = Self.appending(feeling.word, word, separator: " ")
      map.steps[s].feeling = feeling
    } else {
      rowWarnings.add("a feeling without a score (−2 to +2): its word is kept in the step's notes", row: note.row, offset: note.offset)
      map.steps[s].notes = Self.appending(map.steps[s].notes, "feeling: " + word)
    }
  }

  private mutating func setScore(_ text: String, of s: Int, _ note: CSVNote) {
    guard let value = Self.scoreValue(text) else {
      log.warning(at: note.scoreOffset, "score \(Quote.text(text)) is not a number from −2 to +2: ignored")
      return
    }
    let clamped = max(Feeling.range.lowerBound, min(Feeling.range.upperBound, value))
    if clamped != value {
      log.warning(at: note.scoreOffset, "score \(text) is outside −2…+2: clamped to \(clamped)")
    }
    if let feeling = map.steps[s].feeling, feeling.score != clamped {
      log.warning(at: note.scoreOffset, "a second score for step \(Quote.text(map.steps[s].title)): \(clamped) replaces \(feeling.score)")
    }
    map.steps[s].feeling = Feeling(score: clamped, word: map.steps[s].feeling?.word ?? "")
  }

  /// A whole number as spreadsheets write it: `-2`, `+1`, `−1` (a minus sign), `2.0`.
  static func scoreValue(_ text: String) -> Int? {
    let plain = text.replacingOccurrences(of: "−", with: "-").trimmedSpaces
    guard let number = MermaidJourneyParser.number(plain), number == number.rounded(), abs(number) < 1e9 else { return nil }
    return Int(number)
  }

  /// A note's text, prefixed with the lane it was written in when journeymap does not know it.
  static func labelled(_ note: CSVNote) -> String {
    let text = note.text.nfc
    guard let lane = note.unknownLane, !lane.isEmpty else { return text }
    return lane.nfc + ": " + text
  }

  static func appending(_ existing: String, _ text: String, separator: String = "\n") -> String {
    if text.isEmpty { return existing }
    return existing.isEmpty ? text : existing + separator + text
  }
}

extension CSVMapBuilder {
  /// An opportunity's tracking cells. A value journeymap cannot take is named in a warning with
  /// its row and left out (the rest of the opportunity is kept).
  mutating func track(_ opportunity: inout Opportunity, _ note: CSVNote) {
    func level(_ text: String, _ what: String) -> Level? {
      guard !text.isEmpty else { return nil }
      if let level = Level(rawValue: text.lowercased()) { return level }
      rowWarnings.add("\(what) \(Quote.text(text)) is not low, medium or high: left out", row: note.row, offset: note.offset)
      return nil
    }
    if !note.status.isEmpty {
      if let status = OpportunityStatus(rawValue: note.status.lowercased()) {
        opportunity.status = status
      } else {
        rowWarnings.add(
          "status \(Quote.text(note.status)) is not " + OpportunityStatus.allCases.map(\.rawValue).joined(separator: ", ") + ": left as idea",
          row: note.row, offset: note.offset)
      }
    }
    opportunity.impact = level(note.impact, "impact")
    opportunity.effort = level(note.effort, "effort")
    if !note.due.isEmpty {
      if TrackingText.isISODate(note.due) {
        opportunity.due = note.due
      } else {
        rowWarnings.add("due \(Quote.text(note.due)) is not a date like 2025-03-31: left out", row: note.row, offset: note.offset)
      }
    }
    if !note.link.isEmpty {
      if TrackingText.isLink(note.link) {
        opportunity.link = note.link
      } else {
        rowWarnings.add("link \(Quote.text(note.link)) is not an http(s) address: left out", row: note.row, offset: note.offset)
      }
    }
  }
}
