import Foundation
import JourneyMapCore
import JourneyMapEditor
import Testing

/// One scenario per action in the table, run on the support-call example map (columns: 0 Opens
/// the monthly invoice … 9 Answers the survey). A new action without a scenario fails
/// `everyActionHasAScenario`. Whatever an action changes in the map must come back with undo
/// and go again with redo.
@Suite("Actions")
struct ActionTests {
  typealias Scenario = @Sendable (inout EditorState) throws -> Void

  static let scenarios: [Action: Scenario] = [
    .moveLeft: { s in
      try Harness.send(&s, "llh")
      #expect(s.cursor.column == 1)
    },
    .moveRight: { s in
      try Harness.send(&s, "l<Right>")
      #expect(s.cursor.column == 2)
    },
    .moveUp: { s in
      try Harness.send(&s, "jjk")
      #expect(s.cursor.lane == .thinking && s.cursor.item == 0)
      try Harness.send(&s, "<Up>")
      #expect(s.cursor.lane == .step)
    },
    .moveDown: { s in
      try Harness.send(&s, "j")
      #expect(s.cursor.lane == .thinking && s.cursor.item == 0)
      try Harness.send(&s, "j")
      #expect(s.cursor.lane == .thinking && s.cursor.item == 1)
      try Harness.send(&s, "<Down>")
      #expect(s.cursor.lane == .feeling)
    },
    .previousStage: { s in
      try Harness.send(&s, "lll[")
      #expect(s.cursor.column == 2)
      try Harness.send(&s, "[")
      #expect(s.cursor.column == 0)
    },
    .nextStage: { s in
      try Harness.send(&s, "]]")
      #expect(s.cursor.column == 4)
    },
    .firstStep: { s in
      try Harness.send(&s, "lll0")
      #expect(s.cursor.column == 0)
      try Harness.send(&s, "ll<Home>")
      #expect(s.cursor.column == 0)
    },
    .lastStep: { s in
      try Harness.send(&s, "$")
      #expect(s.cursor.column == 9)
    },
    .firstLane: { s in
      try Harness.send(&s, "jjjjg")
      #expect(s.cursor.lane == .step)
    },
    .lastLane: { s in
      try Harness.send(&s, "G")
      #expect(s.cursor.lane == .support)
    },
    .pageLeft: { s in
      try Harness.send(&s, "$<PageUp>")
      #expect(s.cursor.column == 9 - GridGeometry(s).visibleCount)
    },
    .pageRight: { s in
      try Harness.send(&s, "<PageDown>")
      #expect(s.cursor.column == GridGeometry(s).visibleCount)
    },
    .edit: { s in
      try Harness.send(&s, "<Enter><C-u>Opens the invoice email<Enter>")
      #expect(s.map.steps[0].title == "Opens the invoice email")
      #expect(s.mode == .normal)
    },
    .addItem: { s in
      try Harness.send(&s, "jaIs this a mistake?<Tab>And who pays?<Enter>")
      #expect(s.map.steps[0].thoughts == ["That is more than last month.", "Is this a mistake?", "And who pays?", "Did we add people?"])
      // Tab kept the item and added the next; Enter kept it and went on to the next lane.
      #expect(s.cursor.lane == .feeling)
    },
    .deleteItem: { s in
      try Harness.send(&s, "jx")
      #expect(s.map.steps[0].thoughts == ["Did we add people?"])
    },
    .moveItemUp: { s in
      try Harness.send(&s, "jjK")
      #expect(s.map.steps[0].thoughts == ["Did we add people?", "That is more than last month."])
      #expect(s.cursor.item == 0)
    },
    .moveItemDown: { s in
      try Harness.send(&s, "jJ")
      #expect(s.map.steps[0].thoughts == ["Did we add people?", "That is more than last month."])
      #expect(s.cursor.item == 1)
    },
    .feelingUp: { s in
      try Harness.send(&s, "+")
      #expect(s.map.steps[0].feeling == Feeling(score: 0, word: ""))
      try Harness.send(&s, "=++")
      #expect(s.map.steps[0].feeling?.score == 2)
      #expect(s.message?.text.contains("Already +2") == true)
    },
    .feelingDown: { s in
      try Harness.send(&s, "-")
      #expect(s.map.steps[0].feeling == Feeling(score: -2, word: "uneasy"))
    },
    .setFeeling: { s in
      try Harness.send(&s, "5")
      // A new score drops a word said for another score ("-1 uneasy" is not "+2 uneasy").
      #expect(s.map.steps[0].feeling == Feeling(score: 2, word: ""))
      #expect(s.cursor.lane == .feeling)
      try Harness.send(&s, ":set-feeling -1 grumpy<Enter>")
      #expect(s.map.steps[0].feeling == Feeling(score: -1, word: "grumpy"))
      try Harness.send(&s, ":set-feeling 7<Enter>")
      #expect(s.message?.isError == true)
    },
    .toggleMoment: { s in
      try Harness.send(&s, "*")
      #expect(s.map.steps[0].momentOfTruth == MomentOfTruth())
      #expect(s.cursor.lane == .moment)
      try Harness.send(&s, "<Enter>Money is involved<Enter>")
      #expect(s.cursor.lane == .painPoints)
      #expect(s.map.steps[0].momentOfTruth?.reason == "Money is involved")
    },
    .addTouchpoint: { s in
      try Harness.send(&s, "tchatbot<Enter>")
      #expect(s.map.steps[0].touchpoints == ["tp_invoice_email", "tp_chatbot"])
      try Harness.send(&s, "tSMS reminder<Enter>sms<Enter>")
      let created = try #require(s.map.touchpoints.last)
      #expect(created.name == "SMS reminder" && created.channel == "sms")
      #expect(s.map.steps[0].touchpoints.last == created.id)
    },
    .addressPainPoint: { s in
      try Harness.send(&s, "jjjjjjj")
      #expect(s.cursor.lane == .opportunities)
      try Harness.send(&s, "rminutes on hold<Enter>")
      #expect(s.map.steps[0].opportunities[0].addresses == ["pp_seats_unexplained", "pp_wait_time"])
      try Harness.send(&s, "rinvoice shows<Enter>")
      #expect(s.map.steps[0].opportunities[0].addresses == ["pp_wait_time"])
    },
    .setOwner: { s in
      try Harness.send(&s, "jjjjjjj:owner CX team<Enter>")
      #expect(s.map.steps[0].opportunities[0].owner == "CX team")
      try Harness.send(&s, "G:owner Finance<Enter>")
      #expect(s.map.processes[0].owner == "Finance")
    },
    .setSystem: { s in
      try Harness.send(&s, "G:system SAP<Enter>")
      #expect(s.map.processes[0].system == "SAP")
    },
    .setLane: { s in
      try Harness.send(&s, "G:lane backstage<Enter>")
      #expect(s.map.processes[0].lane == .backstage)
      #expect(s.cursor.lane == .backstage)
    },
    .setChannel: { s in
      try Harness.send(&s, "jjjj:channel letter<Enter>")
      #expect(s.map.touchpoints[0].channel == "letter")
    },
    .setEvidence: { s in
      try Harness.send(&s, ":evidence assumed<Enter>")
      #expect(s.map.steps[0].evidence == .assumed)
      try Harness.send(&s, ":evidence none<Enter>")
      #expect(s.map.steps[0].evidence == nil)
    },
    .deleteTouchpoint: { s in
      try Harness.send(&s, "jjjj:delete-touchpoint<Enter>")
      #expect(!s.map.touchpoints.contains { $0.id == "tp_invoice_email" })
      #expect(s.map.steps[0].touchpoints.isEmpty)
    },
    .setStatus: { s in
      // The first opportunity is planned (high impact, medium effort).
      try Harness.send(&s, "jjjjjjjs")
      #expect(s.map.steps[0].opportunities[0].status == .doing)
      try Harness.send(&s, "s")
      #expect(s.map.steps[0].opportunities[0].status == .done)
      try Harness.send(&s, ":status dropped<Enter>s")
      #expect(s.map.steps[0].opportunities[0].status == .idea)
      try Harness.send(&s, ":status someday<Enter>")
      #expect(s.map.steps[0].opportunities[0].status == .idea && s.message?.isError == true)
      try Harness.send(&s, ":status planned<Enter>:status doing<Enter>")
      #expect(s.map.steps[0].opportunities[0].status == .doing)
      try Harness.send(&s, "gs")  // not on an opportunity: said, nothing changes
      #expect(s.message?.text.contains(":status applies to the selected opportunity") == true)
    },
    .setImpact: { s in
      try Harness.send(&s, "jjjjjjjI")
      #expect(s.map.steps[0].opportunities[0].impact == nil)  // after high: not judged
      try Harness.send(&s, "II")
      #expect(s.map.steps[0].opportunities[0].impact == .medium)
      try Harness.send(&s, ":impact none<Enter>")
      #expect(s.map.steps[0].opportunities[0].impact == nil)
      try Harness.send(&s, ":impact low<Enter>")
      #expect(s.map.steps[0].opportunities[0].impact == .low)
    },
    .setEffort: { s in
      try Harness.send(&s, "jjjjjjjE")
      #expect(s.map.steps[0].opportunities[0].effort == .high)
      try Harness.send(&s, "E")
      #expect(s.map.steps[0].opportunities[0].effort == nil)
      try Harness.send(&s, ":effort low<Enter>")
      #expect(s.map.steps[0].opportunities[0].effort == .low)
      #expect(s.map.steps[0].opportunities[0].impact == .high)
    },
    .setDue: { s in
      try Harness.send(&s, "jjjjjjj:due 2025-06-30<Enter>")
      #expect(s.map.steps[0].opportunities[0].due == "2025-06-30")
      try Harness.send(&s, ":due 2025-02-30<Enter>")
      #expect(s.map.steps[0].opportunities[0].due == "2025-06-30" && s.message?.isError == true)
      try Harness.send(&s, ":due none<Enter>")
      #expect(s.map.steps[0].opportunities[0].due.isEmpty)
      try Harness.send(&s, ":due 2026-01-15<Enter>")
      #expect(s.map.steps[0].opportunities[0].due == "2026-01-15")
    },
    .setLink: { s in
      try Harness.send(&s, "jjjjjjj:link https://tracker.example/browse/BILL-7<Enter>")
      #expect(s.map.steps[0].opportunities[0].link == "https://tracker.example/browse/BILL-7")
      try Harness.send(&s, ":link javascript:alert(1)<Enter>")
      #expect(s.map.steps[0].opportunities[0].link == "https://tracker.example/browse/BILL-7" && s.message?.isError == true)
    },
    .lint: { s in
      try Harness.send(&s, "!")
      #expect(s.mode == .normal && s.message?.text.contains("No findings") == true)
      // Taking the owner away makes a finding; the list goes to it.
      try Harness.send(&s, "jjjjjjj:owner<Enter>g$!")
      guard case .prompt(let prompt) = s.mode else {
        Issue.record("expected the list of findings")
        return
      }
      #expect(prompt.purpose == .pickFinding && prompt.candidates.count == 1)
      #expect(prompt.candidates[0].label.contains("has no owner"))
      try Harness.send(&s, "<Enter>")
      #expect(s.cursor == Cursor(lane: .opportunities, column: 0, item: 0))
      #expect(s.message?.text.hasPrefix("opportunity-without-owner: ") == true)
    },
    .nextFinding: { s in
      // A new step has no feeling and no touchpoint yet: two findings in column 1.
      try Harness.send(&s, "oCalls again<Enter>0}")
      #expect(s.cursor.column == 1 && s.cursor.lane == .feeling)
      try Harness.send(&s, "}")
      #expect(s.cursor.column == 1 && s.cursor.lane == .touchpoints)
      try Harness.send(&s, "}")  // wraps around
      #expect(s.cursor.column == 1 && s.cursor.lane == .feeling)
      #expect(s.message?.text.contains("(1 of 2;") == true)
    },
    .previousFinding: { s in
      try Harness.send(&s, "oCalls again<Enter>${")
      #expect(s.cursor.column == 1 && s.cursor.lane == .touchpoints)
      try Harness.send(&s, "{{")
      #expect(s.cursor.column == 1 && s.cursor.lane == .touchpoints)
    },
    .insertStepAfter: { s in
      try Harness.send(&s, "oForwards it to the accountant<Enter>")
      #expect(s.map.steps.count == 11)
      #expect(s.map.steps[1].title == "Forwards it to the accountant")
      #expect(s.map.steps[1].stage == "stg_notice")
      #expect(IDKind.step.accepts(s.map.steps[1].id))
      #expect(s.cursor.column == 1)
    },
    .insertStepBefore: { s in
      try Harness.send(&s, "OExpects the invoice<Enter>")
      #expect(s.map.steps[0].title == "Expects the invoice")
      #expect(s.map.steps[1].id == "stp_open_invoice")
    },
    .duplicateStep: { s in
      try Harness.send(&s, "Y")
      #expect(s.map.steps.count == 11)
      #expect(s.map.steps[1].title == s.map.steps[0].title)
      #expect(s.map.steps[1].id != s.map.steps[0].id)
      #expect(s.map.steps[1].painPoints[0].id != s.map.steps[0].painPoints[0].id)
      #expect(s.map.steps[1].opportunities[0].addresses == [s.map.steps[1].painPoints[0].id])
      #expect(s.map.processes[0].steps.contains(s.map.steps[1].id))
      #expect(MapValidator.validate(s.map).isEmpty)
    },
    .deleteStep: { s in
      try Harness.send(&s, "D")
      #expect(s.map.steps.count == 9)
      #expect(!s.map.processes.contains { $0.steps.contains("stp_open_invoice") })
      #expect(MapValidator.validate(s.map).isEmpty)
    },
    .moveStepLeft: { s in
      try Harness.send(&s, "lH")
      #expect(s.map.steps[0].id == "stp_check_billing")
      try Harness.send(&s, "]H")
      // The first step of "Look for help" crosses into "Notice the problem".
      #expect(s.map.steps[2].id == "stp_search_help" && s.map.steps[2].stage == "stg_notice")
      #expect(s.cursor.column == 2)
    },
    .moveStepRight: { s in
      try Harness.send(&s, "L")
      #expect(s.map.steps[1].id == "stp_open_invoice")
      try Harness.send(&s, "L")
      #expect(s.map.steps[1].stage == "stg_look")
    },
    .moveToStage: { s in
      try Harness.send(&s, "mafter<Enter>")
      #expect(s.map.steps[9].id == "stp_open_invoice" && s.map.steps[9].stage == "stg_after")
      #expect(s.cursor.column == 9)
      #expect(MapValidator.validate(s.map).isEmpty)
    },
    .addStage: { s in
      try Harness.send(&s, "SPrepare<Enter>Reads the plan's terms<Enter>")
      #expect(s.map.stages[1].name == "Prepare")
      #expect(s.map.steps[2].stage == s.map.stages[1].id && s.map.steps[2].title == "Reads the plan's terms")
      #expect(s.cursor.column == 2)
    },
    .renameStage: { s in
      try Harness.send(&s, "R<C-u>Spotting it<Enter>")
      #expect(s.map.stages[0].name == "Spotting it")
    },
    .moveStageLeft: { s in
      try Harness.send(&s, "]<")
      #expect(s.map.stages.map(\.id).prefix(2) == ["stg_look", "stg_notice"])
      #expect(s.map.steps[0].id == "stp_search_help")
      #expect(s.cursor.column == 0)
    },
    .moveStageRight: { s in
      try Harness.send(&s, ">")
      #expect(s.map.stages.map(\.id).prefix(2) == ["stg_look", "stg_notice"])
      #expect(s.cursor.column == 2)
    },
    .deleteStage: { s in
      try Harness.send(&s, "Xn")
      #expect(s.map.stages.count == 5)
      try Harness.send(&s, "]Xm")
      #expect(s.map.stages.count == 4)
      #expect(s.map.steps.count == 10)
      #expect(s.map.steps[2].stage == "stg_notice")
      try Harness.send(&s, "Xy")
      #expect(s.map.stages.count == 3)
      #expect(s.map.steps.count == 6)
      #expect(MapValidator.validate(s.map).isEmpty)
    },
    .stageDescription: { s in
      try Harness.send(&s, ":stage-description Before any contact<Enter>")
      #expect(s.map.stages[0].description == "Before any contact")
    },
    .linkProcess: { s in
      try Harness.send(&s, "pverify<Enter>")
      #expect(s.map.processes.first { $0.id == "pr_verify_caller" }?.steps.contains("stp_open_invoice") == true)
      #expect(s.cursor.lane == .frontstage)
    },
    .deleteProcess: { s in
      try Harness.send(&s, "G:delete-process<Enter>")
      #expect(!s.map.processes.contains { $0.id == "pr_generate_invoice" })
    },
    .properties: { s in
      try Harness.send(&s, "P")
      #expect(s.mode == .form(Form()))
      try Harness.send(&s, "<Enter><C-u>A wrong invoice<Enter>j<Enter>")
      #expect(s.map.title == "A wrong invoice")
      #expect(s.map.state == .future)
      try Harness.send(&s, "jjjjj<Enter><C-u>Ana; Ben<Enter><Esc>")
      #expect(s.map.stakeholders == ["Ana", "Ben"])
      #expect(s.mode == .normal)
      // A field is typed like a cell: Ctrl-C, like Esc, drops what was typed; the form stays.
      try Harness.send(&s, "P<Enter>Not this<C-c>")
      #expect(s.map.title == "A wrong invoice")
      #expect(s.mode == .form(Form()))
      try Harness.send(&s, "q")
      #expect(s.mode == .normal)
      // Ctrl-Z undoes and Ctrl-C closes in the form too (the simple keymap's undo and cancel).
      try Harness.send(&s, "P<Enter><C-u>Changed<Enter><C-z>")
      #expect(s.map.title == "A wrong invoice" && s.mode == .form(Form()))
      try Harness.send(&s, "<C-c>")
      #expect(s.mode == .normal)
    },
    .setTitle: { s in
      try Harness.send(&s, ":title Invoice trouble<Enter>")
      #expect(s.map.title == "Invoice trouble")
    },
    .setPersona: { s in
      try Harness.send(&s, ":persona Priya<Enter>")
      #expect(s.map.persona.name == "Priya")
    },
    .setGoal: { s in
      try Harness.send(&s, ":goal Pay the right amount<Enter>")
      #expect(s.map.persona.goal == "Pay the right amount")
    },
    .setScenario: { s in
      try Harness.send(&s, ":scenario Gets a wrong invoice<Enter>")
      #expect(s.map.scenario == "Gets a wrong invoice")
    },
    .setState: { s in
      try Harness.send(&s, ":state future<Enter>")
      #expect(s.map.state == .future)
    },
    .setStakeholders: { s in
      try Harness.send(&s, ":stakeholders Billing; Support ; <Enter>")
      #expect(s.map.stakeholders == ["Billing", "Support"])
    },
    .setMapNotes: { s in
      try Harness.send(&s, ":map-notes Second workshop<Enter>")
      #expect(s.map.notes == "Second workshop")
    },
    .view: { s in
      try Harness.send(&s, "w")
      #expect(s.options.view == .wall)
      try Harness.send(&s, "l<Enter>")
      #expect(s.options.view == .step && s.cursor.column == 1)
      try Harness.send(&s, "z")  // again: back to where it came from
      #expect(s.options.view == .wall)
      try Harness.send(&s, "#")
      #expect(s.options.view == .grid)
      try Harness.send(&s, ":view step<Enter>")
      #expect(s.options.view == .step)
      try Harness.send(&s, ":view<Enter>")  // no name: the next view
      #expect(s.options.view == .grid)
      try Harness.send(&s, ":view nonsense<Enter>")
      #expect(s.options.view == .grid && s.message?.isError == true)
    },
    .toggleBackstage: { s in
      try Harness.send(&s, "Gb")
      #expect(!s.options.showBackstage)
      #expect(!s.visibleLanes.contains(.support))
      #expect(s.cursor.lane == .opportunities)
    },
    .focusStage: { s in
      try Harness.send(&s, "]f")
      #expect(s.columnRange == 2..<4)
      try Harness.send(&s, "lll")
      #expect(s.cursor.column == 3)
      try Harness.send(&s, "f")
      #expect(s.columnRange == 0..<10)
    },
    .toggleDetails: { s in
      try Harness.send(&s, "v")
      #expect(s.visibleLanes.contains(.metrics) && s.visibleLanes.contains(.notes))
    },
    .theme: { s in
      try Harness.send(&s, "T")
      #expect(s.options.theme == .highContrast)
      try Harness.send(&s, ":theme mono<Enter>")
      #expect(s.options.theme == .mono)
    },
    .keymap: { s in
      // Simple keys: typing writes in the cell; letters that are vim commands do not run.
      try Harness.send(&s, ":keymap simple<Enter>")
      #expect(s.options.keymap == .simple)
      try Harness.send(&s, "<Down>Cut the price<Enter>")
      #expect(s.map.steps[0].thoughts.contains("Cut the price"))
      #expect(s.map.steps[0].title == "Opens the monthly invoice")
      try Harness.send(&s, "<C-z>")
      #expect(!s.map.steps[0].thoughts.contains("Cut the price"))
      // Esc then a letter runs the letter's command.
      try Harness.send(&s, "<Esc>o")
      #expect(s.mode.name == "CAPTURE")
      try Harness.send(&s, "<Esc><F10>keymap vim<Enter>")
      #expect(s.options.keymap == .vim)
    },
    .help: { s in
      try Harness.send(&s, "?")
      #expect(s.mode == .help(scroll: 0))
      try Harness.send(&s, "<Down><Down>")
      #expect(s.mode == .help(scroll: 2))
      // Typing searches: a new user finds "undo" without knowing it is u.
      try Harness.send(&s, "undo")
      #expect(s.mode == .help(scroll: 0, search: "undo"))
      let screen = Renderer.render(s).text
      #expect(screen.contains(":undo") && screen.contains("Undo the last change") && !screen.contains(":move-left"))
      try Harness.send(&s, "<Esc>")
      #expect(s.mode == .help(scroll: 0, search: ""))
      try Harness.send(&s, "<Esc>")
      #expect(s.mode == .normal)
    },
    .search: { s in
      try Harness.send(&s, "/SEAT<Enter>")
      #expect(s.search.matches.count >= 3)
      #expect(s.cursor.column == 0 && s.cursor.lane == .painPoints)
    },
    .searchNext: { s in
      try Harness.send(&s, "/seat<Enter>n")
      #expect(s.search.current == 1)
    },
    .searchPrevious: { s in
      try Harness.send(&s, "/seat<Enter>N")
      #expect(s.search.current == s.search.matches.count - 1)
    },
    .commandLine: { s in
      try Harness.send(&s, ":")
      guard case .prompt(let prompt) = s.mode else {
        Issue.record("no prompt")
        return
      }
      #expect(prompt.purpose == .command)
      try Harness.send(&s, "foc<Tab>")
      guard case .prompt(let completed) = s.mode else { return }
      #expect(completed.editor.text == "focus-stage ")
      try Harness.send(&s, "<Enter>")
      #expect(s.options.focusStage)
    },
    .present: { s in
      // Read-only: presenting changes nothing, so there is nothing to undo (PresentationTests
      // press every key of this table while presenting).
      try Harness.send(&s, "l<F5><Right>x")
      #expect(s.presentation != nil)
      #expect(Renderer.render(s).text.contains("2 / "))
      try Harness.send(&s, "<Esc>:present<Enter>")
      #expect(s.presentation != nil && s.mode == .normal)
      try Harness.send(&s, "q")
      #expect(s.presentation == nil && s.quitting == .no && s.cursor.column == 1)
    },
    .undo: { s in
      try Harness.send(&s, "x")
      #expect(s.map.steps[0].title == "Opens the monthly invoice")
      try Harness.send(&s, "jxu")
      #expect(s.map.steps[0].thoughts.count == 2)
    },
    .redo: { s in
      try Harness.send(&s, "jxu<C-r>")
      #expect(s.map.steps[0].thoughts.count == 1)
    },
    .save: { s in
      let effects = try Harness.send(&s, "+<C-s>")
      #expect(effects == [.save(path: "test.journey.json", bytes: MapEncoder.encode(s.map))])
      #expect(s.isModified)
      _ = s.handle(.saved(path: "test.journey.json"))
      #expect(!s.isModified)
    },
    .saveAs: { s in
      let effects = try Harness.send(&s, ":save-as other.journey.json<Enter>")
      #expect(effects == [.save(path: "other.journey.json", bytes: MapEncoder.encode(s.map))])
      _ = s.handle(.saved(path: "other.journey.json"))
      #expect(s.filePath == "other.journey.json")
    },
    .quit: { s in
      let effects = try Harness.send(&s, "q")
      #expect(effects == [.quit])
    },
    .forceQuit: { s in
      let effects = try Harness.send(&s, "+:q!<Enter>")
      #expect(effects == [.quit])
    },
    .export: { s in
      var effects = try Harness.send(&s, ":export md<Enter>")
      #expect(effects == [.export(format: .markdown, view: .journey, path: "test.md", force: false)])
      effects = try Harness.send(&s, ":export svg blueprint pictures/b.svg<Enter>")
      #expect(effects == [.export(format: .svg, view: .blueprint, path: "pictures/b.svg", force: false)])
      effects = try Harness.send(&s, ":export pdf<Enter>")
      #expect(effects.isEmpty && s.message?.isError == true)
    },
    .conflicts: { s in
      // A map with two recorded conflicts, as git's merge driver leaves it.
      let base = s.map
      var ours = base
      var theirs = base
      ours.steps[0].title = "Ours"
      theirs.steps[0].title = "Theirs"
      ours.steps[1].feeling = Feeling(score: 2)
      theirs.steps[1].feeling = Feeling(score: -2)
      let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs)
      #expect(merged.conflicts.count == 2)
      s = Harness.state(merged.map)
      #expect(s.message?.text.contains("2 unresolved merge conflict") == true)
      try Harness.send(&s, "C")
      guard case .prompt = s.mode else {
        Issue.record("expected the conflict list")
        return
      }
      try Harness.send(&s, "<Enter>t")
      #expect(s.map.steps[0].title == "Theirs")
      #expect(s.conflictCount == 1)
      try Harness.send(&s, "Co")  // one left: asked at once
      #expect(s.map.steps[1].feeling?.score == 2)
      #expect(s.conflictCount == 0)
      #expect(MapValidator.validate(s.map).isEmpty)
      try Harness.send(&s, "uu")
      #expect(s.map == merged.map)
      try Harness.send(&s, "<C-r><C-r>")
      #expect(s.conflictCount == 0)
    },
    .saveAndQuit: { s in
      let effects = try Harness.send(&s, "+:wq<Enter>")
      #expect(effects.count == 1)
      #expect(s.handle(.saved(path: "test.journey.json")) == [.quit])
    },
  ]

  @Test func everyActionHasAScenario() {
    let missing = Action.allCases.filter { ActionTests.scenarios[$0] == nil }
    #expect(missing.isEmpty, "actions without a test: \(missing.map(\.rawValue))")
  }

  @Test("each action, with undo and redo of what it changed", arguments: Action.allCases)
  func action(_ action: Action) throws {
    let scenario = try #require(ActionTests.scenarios[action])
    var state = try Harness.support()
    let before = state.map
    let depthBefore = state.history.depth
    try scenario(&state)
    let after = state.map
    let changes = state.history.depth - depthBefore
    // Undo and redo test themselves; the conflicts scenario starts from another map.
    guard changes > 0, action != .undo, action != .redo, action != .conflicts else { return }
    let changed = after != before
    #expect(changed, "the action recorded an undo step but changed nothing")
    for _ in 0..<changes { try Harness.send(&state, "u") }
    let restored = state.map == before
    #expect(restored, "undo did not restore the map")
    for _ in 0..<changes { try Harness.send(&state, "<C-r>") }
    let repeated = state.map == after
    #expect(repeated, "redo did not repeat the change")
  }
}
