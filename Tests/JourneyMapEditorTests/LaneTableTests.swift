import JourneyMapCore
@testable import JourneyMapEditor
import Testing

/// The lane table (`State/LaneTable.swift`) is the editor's only knowledge of its lanes: every
/// row must be complete and agree with itself, and every cell must read back what it writes.
@Suite("Lane table")
struct LaneTableTests {
  static func support() throws -> EditorState { Harness.state(try Harness.map("maps/support-call.journey.json")) }

  /// A text every list keeps as it is typed: an opportunity's owner follows ` @`, a metric's
  /// value follows `:`, and the other lists take it whole.
  static let typed = "Calls per day: 1,200 @Support team"

  // MARK: Complete and consistent

  @Test func everyLaneHasItsOwnRow() {
    let labels = Lane.allCases.map(\.label)
    let short = Lane.allCases.map(\.shortLabel)
    // A row copied for another lane shows up as a repeated name.
    #expect(Set(labels).count == Lane.allCases.count, "labels repeat: \(labels)")
    #expect(Set(short).count == Lane.allCases.count, "short labels repeat: \(short)")
    for lane in Lane.allCases {
      #expect(!lane.label.isEmpty && !lane.shortLabel.isEmpty, "\(lane) has no name")
      #expect(lane.height >= 1, "\(lane) takes no rows")
    }
  }

  @Test func eachRowHasWhatItsKindNeeds() throws {
    let state = try LaneTableTests.support()
    for lane in Lane.allCases {
      let spec = lane.spec
      #expect((spec.list != nil) == (spec.kind == .list), "\(lane): a list lane, and only one, has list operations")
      #expect((spec.read != nil) == ![.list, .rule].contains(spec.kind), "\(lane): a cell that is not a list reads its text")
      #expect((spec.isMarked != nil) == (spec.kind == .flag), "\(lane): a flag says whether it is set")
      #expect((spec.choice != nil) == (spec.kind == .choice), "\(lane): a choice cycles")
      #expect(spec.edit == nil || [.title, .text, .feeling, .flag].contains(spec.kind), "\(lane): only text is edited as text")
      // The blueprint layer holds its three rules and the process lanes, nothing else.
      #expect((spec.layer == .backstage) == (spec.kind == .rule || spec.processLane != nil), "\(lane)")
      if spec.processLane != nil { #expect(spec.list != nil, "\(lane): a process lane lists its processes") }
      if spec.growth != nil { #expect([.text, .flag, .list].contains(spec.kind), "\(lane): only lanes of text or items grow") }
      if spec.kind != .rule { #expect(!spec.hint(state).isEmpty, "\(lane): the hint line says nothing") }
      switch spec.paste {
      case .newSteps: #expect(spec.kind == .title, "\(lane)")
      case .appendText: #expect(spec.edit != nil, "\(lane): pasted text is appended to an editable text")
      case .items, .refused: break
      }
      // Pasting, Tab and typing a new line add items to exactly the lists whose items are typed.
      var typedList = false
      if case .typed? = spec.list?.adding { typedList = true }
      #expect((spec.paste == .items) == typedList, "\(lane): paste and typing disagree on adding items")
      if spec.list != nil { #expect(spec.placeholder.action == .addItem, "\(lane): an empty list's placeholder names the add key") }
    }
    for processLane in ProcessLane.allCases {
      #expect(Lane.allCases.filter { $0.processLane == processLane }.count == 1, "\(processLane) is shown by one lane")
    }
  }

  @Test func growthOrderIsATotalOrder() {
    let growth = Lane.allCases.compactMap(\.spec.growth)
    #expect(Set(growth).count == growth.count, "two lanes share a place in the growth order: \(growth)")
    #expect(GridGeometry.growable.map { $0.spec.growth } == growth.sorted().map(Optional.some))
    #expect(GridGeometry.growable.first == .thinking, "the room's thoughts get spare rows first")
  }

  // MARK: Round trips on a real map

  @Test(arguments: Lane.allCases.filter(\.isList))
  func everyListReadsBackWhatItWrites(lane: Lane) throws {
    var state = try LaneTableTests.support()
    let list = try #require(lane.spec.list)
    let step = try #require(state.map.steps.indices.first { list.count(state, $0) > 0 }, "no step of the map has \(lane)")
    let count = list.count(state, step)
    #expect(list.items(state, step).count == count)
    #expect(state.items(lane, step: step) == list.items(state, step))

    // Edit the first item: it reads back, as one undo step.
    let before = state.map
    list.write(&state, step, 0, false, LaneTableTests.typed)
    #expect(list.editText(state, step, 0) == LaneTableTests.typed)
    #expect(list.count(state, step) == count)
    #expect(state.map != before)
    state.undo()
    #expect(state.map == before, "\(lane): an edit is not one undo step")

    if case .typed = list.adding {
      // A new item at the end reads back too, with its parts where they belong.
      list.write(&state, step, count, true, LaneTableTests.typed)
      #expect(list.count(state, step) == count + 1)
      #expect(list.editText(state, step, count) == LaneTableTests.typed)
      let s = state.map.steps[step]
      switch lane {
      case .opportunities:
        #expect(s.opportunities[count].text == "Calls per day: 1,200" && s.opportunities[count].owner == "Support team")
        #expect(!s.opportunities[count].id.isEmpty && !before.allIDs.contains(s.opportunities[count].id))
      case .metrics:
        #expect(s.metrics[count].name == "Calls per day" && s.metrics[count].value == "1,200 @Support team")
      case .painPoints:
        #expect(!s.painPoints[count].id.isEmpty && !before.allIDs.contains(s.painPoints[count].id))
      default: break
      }
      // Moving swaps it with its neighbour.
      let neighbour = list.editText(state, step, count - 1)
      list.move(&state, step, count, count - 1)
      #expect(list.editText(state, step, count - 1) == LaneTableTests.typed)
      #expect(list.editText(state, step, count) == neighbour)
    }

    // Deleting the last item takes it off this step.
    let n = list.count(state, step)
    let kept = (0..<(n - 1)).map { list.editText(state, step, $0) }
    list.delete(&state, step, n - 1)
    #expect(list.count(state, step) == n - 1)
    #expect((0..<(n - 1)).map { list.editText(state, step, $0) } == kept)
  }

  @Test(arguments: Lane.allCases.filter { $0.spec.edit != nil })
  func everyTextCellReadsBackWhatItWrites(lane: Lane) throws {
    var state = try LaneTableTests.support()
    let spec = lane.spec
    let edit = try #require(spec.edit)
    let read = try #require(spec.read)
    let original = state.map.steps[0]

    var step = original
    edit.write(&step, "Reads it twice")
    #expect(read(step) == "Reads it twice")
    // Writing one cell leaves every other lane's cell as it was.
    for other in Lane.allCases where other != lane {
      if let otherRead = other.spec.read { #expect(otherRead(step) == otherRead(original), "writing \(lane) changed \(other)") }
    }
    if lane == .feeling { #expect(step.feeling?.score == original.feeling?.score, "naming the feeling moved it") }
    if let isMarked = spec.isMarked { #expect(isMarked(step), "a reason marks the \(lane)") }

    // Through the editor: the kept edit is trimmed and reads back from the step.
    state.commitEdit(.text(lane: lane, step: 0), "  Reads it twice  ")
    #expect(state.text(lane, step: 0) == "Reads it twice")
    #expect(state.editTarget(for: try #require(state.draftPlace(for: .text(lane: lane, step: 0)))) == .text(lane: lane, step: 0))

    if case .field(_, let clear)? = spec.clear {
      clear(&step)
      #expect(read(step) == "")
      if let isMarked = spec.isMarked { #expect(!isMarked(step)) }
    }
  }

  @Test func aChoiceCyclesThroughItsValuesAndBack() throws {
    var state = try LaneTableTests.support()
    for lane in Lane.allCases {
      guard let choice = lane.spec.choice, let read = lane.spec.read else { continue }
      let start = read(state.map.steps[0])
      var seen: [String] = []
      for _ in 0..<3 {
        choice.cycle(&state, 0)
        seen.append(read(state.map.steps[0]))
      }
      #expect(Set(seen).count == 3, "\(lane) went through \(seen)")
      #expect(seen.last == start, "\(lane) does not come back to \(start)")
      for value in seen where !value.isEmpty { #expect(choice.values.contains(value), "\(lane): \(value) is not in “\(choice.values)”") }
    }
  }
}
