/// The rule table: every check lint makes, in the order findings are reported within one
/// subject. A new rule is one entry here (and its fixtures in `Tests/Fixtures/lint`).
public enum LintRules {
  public static let all: [LintRule] = [
    LintRule(
      "painful-mot-without-opportunity", .error,
      why: "A make-or-break moment that hurts, with nothing planned to change it, is where customers are lost.",
      hint: "Add an opportunity on this step (a on its opportunities), or link one to its pain points (r on the opportunity).",
      .step { step, facts in
        guard step.momentOfTruth != nil, let score = step.feeling?.score, score <= -1, step.opportunities.isEmpty,
          !step.painPoints.contains(where: { facts.isAddressed($0.id) })
        else { return [] }
        return [LintHit(element: step.id, spot: .step(step.id, .opportunities), message: "moment of truth feels \(LintText.feeling(step.feeling)) and no opportunity addresses it")]
      }),
    LintRule(
      "mot-without-backstage", .warning,
      why: "A moment of truth that no frontstage or backstage process delivers is left to chance.",
      hint: "Link the process that delivers it (p on the step), or add one.",
      .step { step, facts in
        guard step.momentOfTruth != nil else { return [] }
        let lanes = facts.lanesServing(step.id)
        guard lanes.isDisjoint(with: [.frontstage, .backstage]) else { return [] }
        let detail = lanes.contains(.support) ? " (only support processes)" : ""
        return [LintHit(element: step.id, spot: .step(step.id, .moment), message: "moment of truth served by no frontstage or backstage process\(detail)")]
      }),
    LintRule(
      "mot-not-improved", .warning,
      why: "A future-state map exists to make the moments of truth better; one that feels no better than today is not redesigned yet.",
      hint: "Redesign the step until it feels better than in the current map, or waive it in x-lint with the reason.",
      .step { step, facts in
        guard step.momentOfTruth != nil, let current = facts.current, let before = current.feelings[step.id],
          let after = step.feeling?.score, after < before || (after == before && before < Feeling.range.upperBound)
        else { return [] }
        let comparison = after < before ? "worse than" : "the same as"
        return [
          LintHit(
            element: step.id, spot: .step(step.id, .feeling),
            message: "moment of truth feels \(ExportText.score(after)), \(comparison) \(ExportText.score(before)) in the current map \(LintText.quoted(current.title))")
        ]
      }),
    LintRule(
      "pain-point-unaddressed", .warning,
      why: "A pain point no opportunity addresses is a complaint on record, not a step towards action.",
      hint: "Link an opportunity to it (r on the opportunity), or add one that removes it.",
      .step { step, facts in
        step.painPoints.filter { !facts.isAddressed($0.id) }.map {
          LintHit(element: $0.id, spot: .step(step.id, .painPoint($0.id)), message: "pain point \(LintText.quoted($0.text)) is addressed by no opportunity")
        }
      }),
    LintRule(
      "opportunity-without-owner", .warning,
      why: "An opportunity nobody owns is not acted on.",
      hint: "Name who will act: :owner NAME on the opportunity, or end its text with @owner.",
      .step { step, _ in
        step.opportunities.filter { $0.owner.isEmpty }.map {
          LintHit(element: $0.id, spot: .step(step.id, .opportunity($0.id)), message: "opportunity \(LintText.quoted($0.text)) has no owner")
        }
      }),
    LintRule(
      "step-without-touchpoint", .info,
      why: "Without a touchpoint nobody knows where the step happens, or who could change it.",
      hint: "Add where it happens (t on the step); a step the customer takes alone can be waived in x-lint.",
      .step { step, _ in
        step.touchpoints.isEmpty ? [LintHit(element: step.id, spot: .step(step.id, .touchpoints), message: "step has no touchpoint")] : []
      }),
    LintRule(
      "step-without-feeling", .info,
      why: "The emotion curve has a gap: nobody has said how this step feels.",
      hint: "Ask the room and set the feeling (1 to 5 on the step).",
      .step { step, _ in
        step.feeling == nil ? [LintHit(element: step.id, spot: .step(step.id, .feeling), message: "no feeling captured")] : []
      }),
    LintRule(
      "stage-without-steps", .warning,
      why: "An empty stage is a phase of the journey nobody has mapped.",
      hint: "Add its steps (o in the stage), or delete the stage (X).",
      .stage { stage, facts in
        facts.stepCount(stage.id) == 0 ? LintHit(element: stage.id, spot: .stage(stage.id), message: "stage has no steps") : nil
      }),
    LintRule(
      "process-without-owner", .warning,
      why: "A process nobody is responsible for cannot be changed when the journey needs it.",
      hint: "Name the team or role: :owner NAME on the process.",
      .process { process, _ in
        process.owner.isEmpty ? LintHit(element: process.id, spot: .process(process.id), message: "process has no owner") : nil
      }),
    LintRule(
      "process-without-step", .warning,
      why: "A process that serves no step is not part of this journey's blueprint, or its links were lost.",
      hint: "Link it to the steps it serves (p on a step), or delete it (:delete-process).",
      .process { process, _ in
        process.steps.isEmpty ? LintHit(element: process.id, spot: .process(process.id), message: "process serves no step") : nil
      }),
    LintRule(
      "future-without-current", .info,
      why: "Without the current-state map, lint cannot tell whether the redesign improves the moments of truth.",
      hint: "Record it in the map (\"x-lint\": {\"current\": \"FILE\"}; journeymap new --from does), or pass --against FILE.",
      .map { map, facts, _ in
        guard facts.state == .future, !facts.namesCurrent else { return [] }
        return [LintHit(element: map.id, spot: .map, message: "future-state map names no current-state map to compare with")]
      }),
    LintRule(
      "current-map-unrelated", .warning,
      why: "Moments of truth are compared step by step, by id: a current map that shares no step compares nothing.",
      hint: "Make the future map from the current one (journeymap new FILE --from CURRENT --state future), or name the right map.",
      .map { map, facts, _ in
        guard let current = facts.current, !map.steps.isEmpty, !map.steps.contains(where: { current.stepIDs.contains($0.id) }) else {
          return []
        }
        return [
          LintHit(element: map.id, spot: .map, message: "the current map \(LintText.quoted(current.title)) (\(current.id)) shares no step with this map")
        ]
      }),
    LintRule(
      "lint-settings-invalid", .error,
      why: "A setting lint cannot read is a setting it cannot honour.",
      hint: "Fix x-lint as \"Lint settings\" in docs/format.md describes; journeymap lint --rules lists the rule ids.",
      .map { map, _, settings in
        settings.problems.map { LintHit(element: map.id, spot: .map, message: $0) }
      }),
    LintRule(
      "unused-waiver", .info,
      why: "A waiver for a finding that is gone would silently hide the next one on that element.",
      hint: "Remove the entry from x-lint.waive.",
      // Decided by the engine, which knows which waivers matched a finding.
      .map { _, _, _ in [] }),
  ]

  private static let byID: [String: LintRule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

  public static func rule(_ id: String) -> LintRule? { byID[id] }
}

/// Map text inside a finding's message: one line, and short enough to read in a list.
enum LintText {
  static func quoted(_ text: String) -> String { "“" + ExportText.cut(ExportText.clean(text), to: 60) + "”" }

  static func feeling(_ feeling: Feeling?) -> String {
    guard let feeling else { return "nothing" }
    let word = ExportText.clean(feeling.word)
    return ExportText.score(feeling.score) + (word.isEmpty ? "" : " (\(ExportText.cut(word, to: 30)))")
  }
}
