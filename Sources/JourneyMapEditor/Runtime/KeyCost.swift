/// What a capture costs the facilitator: keys typed as the room's words, and every other key
/// (opening the capture line, Enter, moving to the next stage, saving). The benchmark prints it
/// for the reference capture, and a test holds it to the promise of a few keys per step.
public struct KeyCost: Equatable, Sendable {
  /// Characters typed into a capture line, a cell or a prompt: the text.
  public var text = 0
  /// Of those, the signs of the capture grammar (`"`, `#`, `*`, `!`, `+`, `&`, `@`, `(`, `)`,
  /// `[`, `]`) at the start of a part: syntax, not the room's words.
  public var signs = 0
  /// Every other key.
  public var beyondText = 0
  public var steps = 0

  /// Runs the events through an editor and counts, by the mode each key arrives in.
  public static func measure(_ events: [InputEvent], on state: EditorState) -> KeyCost {
    var state = state
    var cost = KeyCost()
    var previous: Character = " "
    for event in events {
      if case .key(let key) = event {
        if case .char(let c) = key, state.draft != nil {
          cost.text += 1
          if case .prompt(let prompt) = state.mode, case .capture = prompt.purpose, previous == " " || "()[]".contains(c),
            "\"#*!+&@()[]".contains(c)
          {
            cost.signs += 1
          }
          previous = c
        } else {
          cost.beyondText += 1
          previous = " "
        }
      }
      _ = state.handle(event)
    }
    cost.steps = state.map.steps.count
    return cost
  }

  public var beyondTextPerStep: Double { steps == 0 ? 0 : Double(beyondText) / Double(steps) }
  public var withSignsPerStep: Double { steps == 0 ? 0 : Double(beyondText + signs) / Double(steps) }
}
