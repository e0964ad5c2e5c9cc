import Foundation
import JourneyMapCore

/// The one table of actions. Nothing else binds keys or names commands.
public enum ActionTable {
  public static let all: [ActionSpec] = [
    // Moving
    spec(.moveLeft, .moving, ["h", .left], "Previous step"),
    spec(.moveRight, .moving, ["l", .right], "Next step"),
    spec(.moveUp, .moving, ["k", .up], "Up a lane, or to the previous item in a list"),
    spec(.moveDown, .moving, ["j", .down], "Down a lane, or to the next item in a list"),
    spec(.previousStage, .moving, ["["], "First step of the previous stage"),
    spec(.nextStage, .moving, ["]"], "First step of the next stage"),
    spec(.firstStep, .moving, ["0", .home], "First step of the journey"),
    spec(.lastStep, .moving, ["$", .end], "Last step of the journey"),
    spec(.firstLane, .moving, ["g"], "Top lane"),
    spec(.lastLane, .moving, ["G"], "Bottom lane"),
    spec(.pageLeft, .moving, [.pageUp], "A screenful of steps to the left"),
    spec(.pageRight, .moving, [.pageDown], "A screenful of steps to the right"),
    // Cells
    spec(
      .edit, .cells, [.enter, "i"],
      "Edit the cell or the selected item in place (\(ModeKeymaps.key(.keep, in: ModeKeymaps.edit)) keeps, "
        + "\(ModeKeymaps.key(.cancel, in: ModeKeymaps.edit)) cancels); on the wall, open the step"),
    spec(.addItem, .cells, ["a"], "Add a thought, pain point, opportunity, metric, touchpoint or process here"),
    spec(.deleteItem, .cells, ["x", .delete], "Delete the selected item, unlink the process, or clear the cell"),
    spec(.moveItemUp, .cells, ["K"], "Move the selected item up its list"),
    spec(.moveItemDown, .cells, ["J"], "Move the selected item down its list"),
    spec(.feelingUp, .cells, ["+", "="], "Feeling one better"),
    spec(.feelingDown, .cells, ["-"], "Feeling one worse"),
    ActionSpec(
      action: .setFeeling, category: .cells,
      keys: [(.char("1"), "-2"), (.char("2"), "-1"), (.char("3"), "0"), (.char("4"), "+1"), (.char("5"), "+2")],
      argument: "-2…+2 [WORD]", summary: "Set the feeling: 1 very negative, 3 neutral, 5 very positive", aliases: []),
    spec(.toggleMoment, .cells, ["*"], "Mark or unmark the step as a moment of truth"),
    spec(.addTouchpoint, .cells, ["t"], "Add a touchpoint: pick one, or type a new name and its channel", argument: "[NAME]"),
    spec(.addressPainPoint, .cells, ["r"], "Link the selected opportunity to a pain point it addresses (again to unlink)"),
    spec(.setOwner, .cells, [], "Owner of the selected opportunity or process", argument: "NAME"),
    spec(.setSystem, .cells, [], "System of the selected process", argument: "NAME"),
    spec(.setLane, .cells, [], "Move the selected process to another lane", argument: "frontstage|backstage|support"),
    spec(.setChannel, .cells, [], "Channel of the selected touchpoint (web, phone, email, store, app, chat…)", argument: "NAME"),
    spec(.setEvidence, .cells, [], "How sure the room is about this step", argument: "observed|assumed|none"),
    spec(.deleteTouchpoint, .cells, [], "Delete the selected touchpoint from the whole map"),
    // Tracking opportunities
    spec(
      .setStatus, .tracking, ["s"], "Status of the selected opportunity; the key moves it on: idea, planned, doing, done, dropped",
      argument: "[idea|planned|doing|done|dropped]"),
    spec(.setImpact, .tracking, ["I"], "Impact of the selected opportunity; the key cycles low, medium, high, not judged", argument: "[low|medium|high|none]"),
    spec(.setEffort, .tracking, ["E"], "Effort of the selected opportunity; the key cycles low, medium, high, not judged", argument: "[low|medium|high|none]"),
    spec(.setDue, .tracking, [], "Due date of the selected opportunity", argument: "YYYY-MM-DD|none"),
    spec(.setLink, .tracking, [], "Where the selected opportunity's work is tracked", argument: "URL|none"),
    // Findings
    spec(.lint, .findings, ["!"], "List what lint finds in the journey; Enter goes to the one chosen"),
    spec(.nextFinding, .findings, ["}"], "Next finding (each is marked ! or i in its cell)"),
    spec(.previousFinding, .findings, ["{"], "Previous finding"),
    // Steps
    spec(.insertStepAfter, .steps, ["o"], "New step after this one, typed in one line (see Capturing a step)", argument: "[LINE]"),
    spec(.insertStepBefore, .steps, ["O"], "New step before this one, typed in one line", argument: "[LINE]"),
    spec(.duplicateStep, .steps, ["Y"], "Duplicate the step (new ids, same content)"),
    spec(.deleteStep, .steps, ["D"], "Delete the step (u brings it back)"),
    spec(.moveStepLeft, .steps, ["H"], "Move the step left, into the previous stage at its start"),
    spec(.moveStepRight, .steps, ["L"], "Move the step right, into the next stage at its end"),
    spec(.moveToStage, .steps, ["m"], "Move the step to another stage", argument: "STAGE"),
    // Stages
    spec(.addStage, .stages, ["S"], "New stage after this one, with one empty step", argument: "NAME"),
    spec(.renameStage, .stages, ["R"], "Rename this stage", argument: "NAME"),
    spec(.moveStageLeft, .stages, ["<"], "Move this stage (and its steps) left"),
    spec(.moveStageRight, .stages, [">"], "Move this stage (and its steps) right"),
    spec(.deleteStage, .stages, ["X"], "Delete this stage; you choose whether its steps go too"),
    spec(.stageDescription, .stages, [], "Describe this stage", argument: "TEXT"),
    // Backstage
    spec(.linkProcess, .backstage, ["p"], "Link an existing process to this step", argument: "[PROCESS]"),
    spec(.deleteProcess, .backstage, [], "Delete the selected process from every step"),
    // Map
    spec(.properties, .map, ["P"], "Edit title, persona, goal, scenario, state, stakeholders, notes"),
    spec(.setTitle, .map, [], "The map's title", argument: "TEXT"),
    spec(.setPersona, .map, [], "The persona's name", argument: "TEXT"),
    spec(.setGoal, .map, [], "The persona's goal", argument: "TEXT"),
    spec(.setScenario, .map, [], "What the customer is trying to achieve", argument: "TEXT"),
    spec(.setState, .map, [], "Current or future state", argument: "current|future"),
    spec(.setStakeholders, .map, [], "Who was in the room, separated by ;", argument: "A; B; C"),
    spec(.setMapNotes, .map, [], "Notes about the whole map", argument: "TEXT"),
    // View
    ActionSpec(
      action: .view, category: .view, keys: [(.char("#"), "grid"), (.char("w"), "wall"), (.char("z"), "step")],
      argument: "[grid|wall|step]",
      summary: "Grid of every lane; the whole journey as a wall; one step full screen (again: back)", aliases: []),
    spec(.toggleBackstage, .view, ["b"], "Show or hide the backstage layer"),
    spec(.focusStage, .view, ["f"], "Show only this stage, full width (again to show all)"),
    spec(.toggleDetails, .view, ["v"], "Show or hide the detail lanes: description, metrics, evidence, notes"),
    spec(.theme, .view, ["T"], "Next colour theme: normal, high-contrast (projectors), mono", argument: "[normal|high-contrast|mono]"),
    spec(.keymap, .view, [], "Keys: simple (typing writes in the cell; Esc then a letter runs its command) or vim (single letters)", argument: "simple|vim"),
    spec(.help, .view, ["?", .function(1)], "This help"),
    spec(.search, .view, ["/"], "Search all text in the map", argument: "TEXT"),
    spec(.searchNext, .view, ["n"], "Next search match"),
    spec(.searchPrevious, .view, ["N"], "Previous search match"),
    spec(.commandLine, .view, [":"], "Command line: any action by name, with Tab completion"),
    spec(.present, .view, [.function(5)], "Present the map as slides, read-only (q or Esc comes back)"),
    // File
    spec(.undo, .file, ["u"], "Undo the last change"),
    spec(.redo, .file, [.ctrl("r")], "Redo"),
    spec(.save, .file, [.ctrl("s")], "Save (an untitled map asks for a file name)", argument: "[FILE]", aliases: ["w", "write"]),
    spec(.saveAs, .file, [], "Save to another file and keep editing that one", argument: "FILE"),
    spec(.quit, .file, ["q"], "Quit (asks when there are unsaved changes)", aliases: ["q"]),
    spec(.forceQuit, .file, [], "Quit without saving", aliases: ["q!"]),
    spec(.saveAndQuit, .file, [], "Save and quit", aliases: ["wq", "x"]),
    spec(
      .export, .file, [], "Export next to the map: slides (md), a web page (html), pictures (svg, png), dot, mermaid or csv",
      argument: ExportFormat.shownNames.joined(separator: "|") + " [" + ExportView.allCases.map(\.rawValue).joined(separator: "|")
        + "] [FILE]"),
    spec(.conflicts, .file, ["C"], "Settle merge conflicts one by one: keep ours or take theirs"),
  ]

  private static func spec(
    _ action: Action, _ category: ActionCategory, _ keys: [KeyLiteral], _ summary: String, argument: String? = nil,
    aliases: [String] = []
  ) -> ActionSpec {
    ActionSpec(
      action: action, category: category, keys: keys.map { ($0.key, nil) }, argument: argument, summary: summary,
      aliases: aliases)
  }

  /// The spec of an action.
  public static func spec(for action: Action) -> ActionSpec {
    all.first { $0.action == action }!
  }

  /// Normal-mode key → action, built once.
  public static let keymap: [Key: (action: Action, argument: String?)] = {
    var map: [Key: (Action, String?)] = [:]
    for spec in all {
      for (key, argument) in spec.keys {
        precondition(map[key] == nil, "key \(KeyNotation.describe(key)) is bound twice")
        map[key] = (spec.action, argument)
      }
    }
    return map
  }()

  /// The keys bound to an action, in the table's order.
  public static func keys(of action: Action) -> [Key] { spec(for: action).keys.map(\.key) }

  /// `:` name (or alias) → action.
  public static let commands: [String: Action] = {
    var map: [String: Action] = [:]
    for spec in all {
      map[spec.name] = spec.action
      for alias in spec.aliases { map[alias] = spec.action }
    }
    return map
  }()

  /// The keys of an action as written in help: `h <Left>`, `1 2 3 4 5`.
  public static func keyText(_ spec: ActionSpec) -> String {
    spec.keys.map { KeyNotation.describe($0.key) }.joined(separator: " ")
  }

  /// The table as Markdown, exactly as the README holds it between its key-table markers.
  public static var markdown: String {
    var out = "| Keys | Command | What it does |\n|---|---|---|\n"
    for category in ActionCategory.allCases {
      out += "| **\(category.rawValue)** | | |\n"
      for spec in all where spec.category == category {
        let keys = spec.keys.isEmpty ? "" : "`" + keyText(spec).replacingOccurrences(of: "|", with: "\\|") + "`"
        var command = ":" + spec.name
        if let argument = spec.argument { command += " " + argument }
        if !spec.aliases.isEmpty { command += " (" + spec.aliases.map { ":" + $0 }.joined(separator: ", ") + ")" }
        out += "| \(keys) | `\(command.replacingOccurrences(of: "|", with: "\\|"))` | \(spec.summary) |\n"
      }
    }
    return out
  }

  /// The table as plain text, for `journeymap keys`.
  public static var plainText: String {
    var out = ""
    for category in ActionCategory.allCases {
      out += category.rawValue + "\n"
      for spec in all where spec.category == category {
        let keys = keyText(spec)
        var name = ":" + spec.name
        if let argument = spec.argument { name += " " + argument }
        out += "  " + keys.padding(toLength: 14, withPad: " ", startingAt: 0) + " "
          + name.padding(toLength: 34, withPad: " ", startingAt: 0) + " " + spec.summary + "\n"
      }
      out += "\n"
    }
    return out
  }
}

/// Lets the table write keys as `"h"` or `.left`.
public struct KeyLiteral: ExpressibleByStringLiteral, Sendable {
  public let key: Key
  public init(stringLiteral value: String) { key = .char(Character(value)) }
  public init(_ key: Key) { self.key = key }
  public static let left = KeyLiteral(.left)
  public static let right = KeyLiteral(.right)
  public static let up = KeyLiteral(.up)
  public static let down = KeyLiteral(.down)
  public static let home = KeyLiteral(.home)
  public static let end = KeyLiteral(.end)
  public static let enter = KeyLiteral(.enter)
  public static let delete = KeyLiteral(.delete)
  public static let pageUp = KeyLiteral(.pageUp)
  public static let pageDown = KeyLiteral(.pageDown)
  public static func ctrl(_ c: Character) -> KeyLiteral { KeyLiteral(.ctrl(c)) }
  public static func function(_ n: Int) -> KeyLiteral { KeyLiteral(.function(n)) }
}
