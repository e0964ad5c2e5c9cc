import JourneyMapCore
import JourneyMapEditor
import Testing

/// A paste is text: never keys to run. (A multi-line paste once ran `D` and `i` as commands.)
@Suite("Paste")
struct PasteTests {
  @Test func aPasteWhileNotEditingIsOfferedAndNeverRunAsKeys() throws {
    var s = try Harness.support()
    let before = s.map
    try Harness.send(&s, "j<Paste>D<Enter>iX<Enter>uuu</Paste>")
    #expect(s.map == before, "nothing changed before the user says so")
    #expect(s.mode.name == "CONFIRM")
    try Harness.send(&s, "<Esc>")
    #expect(s.map == before && s.mode == .normal)
    try Harness.send(&s, "<Paste>Is it the new plan?<Enter>Who changed it?</Paste><Enter>")
    #expect(s.map.steps[0].thoughts == ["That is more than last month.", "Did we add people?", "Is it the new plan?", "Who changed it?"])
    var expected = before
    expected.steps[0].thoughts = s.map.steps[0].thoughts
    #expect(s.map == expected, "only the pasted thoughts were added")
    #expect(s.message?.text.contains("undoes") == true)
  }

  @Test func aPasteWhileEditingGoesIntoTheCellOneItemPerLine() throws {
    var s = try Harness.support()
    let before = s.map
    try Harness.send(&s, "ja<Paste>First line<Enter>Second line<Enter><Enter>Third</Paste>")
    #expect(s.map.steps[0].thoughts == ["That is more than last month.", "First line", "Second line", "Third", "Did we add people?"])
    try Harness.send(&s, "g<Enter><C-u><Paste>A title<Enter>on two lines</Paste><Enter>")
    #expect(s.map.steps[0].title == "A title on two lines")
    var expected = before
    expected.steps[0].thoughts = s.map.steps[0].thoughts
    #expect(s.map.steps.dropFirst() == before.steps.dropFirst())
    #expect(s.map.stages == expected.stages && s.map.processes == expected.processes)
  }

  /// A paste typed into a cell keeps its own spaces (a stranger's paste of " Did we…" after
  /// existing text was once glued on), and one undo takes a whole paste back.
  @Test func aPasteKeepsItsSpacesAndIsOneUndoStep() throws {
    var s = try Harness.support()
    let before = s.map
    // Editing the first thought, the cursor at its end.
    try Harness.send(&s, "j<Enter><Paste> Who asked?<Enter>Is it the new plan?</Paste>")
    #expect(s.map.steps[0].thoughts == ["That is more than last month. Who asked?", "Is it the new plan?", "Did we add people?"])
    try Harness.send(&s, "u")
    #expect(s.map == before, "one undo takes the whole paste back")
    try Harness.send(&s, "<Enter><Paste> and more</Paste><Enter>")
    #expect(s.map.steps[0].thoughts[0] == "That is more than last month. and more")
    try Harness.send(&s, "u")
    #expect(s.map == before)
    // Offered in normal mode and accepted: also one undo step.
    try Harness.send(&s, "<Paste>One<Enter>Two<Enter>Three</Paste><Enter>")
    #expect(s.map.steps[0].thoughts.count == 5)
    try Harness.send(&s, "u")
    #expect(s.map == before)
    // Steps pasted on the step row: one undo for all of them.
    try Harness.send(&s, "g<Paste>Reads the reply<Enter>Pays the invoice</Paste><Enter>")
    #expect(s.map.steps.count == before.steps.count + 2)
    try Harness.send(&s, "u")
    #expect(s.map == before)
    try Harness.send(&s, "<C-r>")
    #expect(s.map.steps.count == before.steps.count + 2)
  }

  @Test func aPasteOnTheStepRowCapturesOneStepPerLine() throws {
    var s = try Harness.support()
    let count = s.map.steps.count
    try Harness.send(&s, "<Paste>Reads the reply -1 annoyed<Enter>Pays the invoice +1 #Billing page in the account</Paste><Enter>")
    #expect(s.map.steps.count == count + 2)
    #expect(s.map.steps[1].title == "Reads the reply" && s.map.steps[1].feeling == Feeling(score: -1, word: "annoyed"))
    #expect(s.map.steps[2].title == "Pays the invoice" && s.map.steps[2].touchpoints == ["tp_billing_page"])
  }

  @Test func aPasteAtAPromptIsOneLine() throws {
    var s = try Harness.support()
    try Harness.send(&s, ":title <Paste>Calling support<Enter>about a bill</Paste><Enter>")
    #expect(s.map.title == "Calling support about a bill")
  }
}
