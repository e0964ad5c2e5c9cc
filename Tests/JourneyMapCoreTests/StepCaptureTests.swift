import JourneyMapCore
import Testing

@Suite("One-line capture")
struct StepCaptureTests {
  @Test func everyPartOfAStepInOneLine() {
    let c = StepCapture.parse(
      "[Installation day] Waits for the engineer \"Will anyone come?\" -1 anxious #phone: Helpline *Nobody says when "
        + "!No time slot given +Send a two-hour slot @Field ops &Dispatch @Ops (FieldPro) &support: Billing run")
    #expect(c.stage == "Installation day")
    #expect(c.title == "Waits for the engineer")
    #expect(c.thoughts == ["Will anyone come?"])
    #expect(c.feeling == Feeling(score: -1, word: "anxious"))
    #expect(c.touchpoints == [StepCapture.Touchpoint(channel: "phone", name: "Helpline")])
    #expect(c.moment == "Nobody says when")
    #expect(c.painPoints == ["No time slot given"])
    #expect(c.opportunities == [StepCapture.OwnedItem(text: "Send a two-hour slot", owner: "Field ops")])
    #expect(
      c.processes == [
        StepCapture.Process(lane: nil, title: "Dispatch", owner: "Ops", system: "FieldPro"),
        StepCapture.Process(lane: .support, title: "Billing run", owner: "", system: ""),
      ])
    #expect(c.parts.map(\.kind) == [.stage, .title, .thought, .feeling, .touchpoint, .moment, .painPoint, .opportunity, .process, .process])
  }

  /// Nothing typed is dropped: lone signs, numbers without a sign and escaped signs are text.
  @Test func textIsNeverDropped() {
    let c = StepCapture.parse("Compares A + B, waits 2 days, rates it \\+2 and \\#1 fan !")
    #expect(c.title == "Compares A + B, waits 2 days, rates it +2 and #1 fan !")
    #expect(c.parts.count == 1 && c.feeling == nil && c.painPoints.isEmpty)
  }

  @Test func feelingsThoughtsAndMoments() {
    #expect(StepCapture.parse("Pays +2").feeling == Feeling(score: 2, word: ""))
    #expect(StepCapture.parse("Pays ±0 fine").feeling == Feeling(score: 0, word: "fine"))
    #expect(StepCapture.parse("Pays -2 furious").feeling == Feeling(score: -2, word: "furious"))
    #expect(StepCapture.parse("Pays -3 dollars").feeling == nil)
    let quoted = StepCapture.parse("Opens \"Again?\" the letter \"Who sends letters\"")
    #expect(quoted.title == "Opens the letter")
    #expect(quoted.thoughts == ["Again?", "Who sends letters"])
    let open = StepCapture.parse("Opens \"Again? who sends letters -1 cross #Post")
    #expect(open.thoughts == ["Again? who sends letters"] && open.feeling?.score == -1 && open.touchpoints.count == 1)
    let star = StepCapture.parse("Signs *")
    #expect(star.title == "Signs" && star.moment == "")
    #expect(StepCapture.parse("").isEmpty)
  }

  @Test func processesAndTouchpointsByName() {
    #expect(StepCapture.process("backstage: Approve refund @Finance team (SAP S/4)") == StepCapture.Process(lane: .backstage, title: "Approve refund", owner: "Finance team", system: "SAP S/4"))
    #expect(StepCapture.process("Check stock: twice") == StepCapture.Process(lane: nil, title: "Check stock: twice", owner: "", system: ""))
    #expect(StepCapture.process("front: Greets the guest").lane == .frontstage)
    #expect(StepCapture.parse("Calls #Helpline").touchpoints == [StepCapture.Touchpoint(channel: nil, name: "Helpline")])
  }
}
