/// Prints lint results: a line per finding for people (`FILE: step "title" (id): rule:
/// severity: message`, then how to fix it), or canonical JSON for scripts.
///
/// The text is not yet terminal-safe: the command line prints it through its console, which
/// makes every piece of map text safe, and so does the editor's screen.
public enum LintReport {
  public struct File: Sendable {
    public var path: String
    public var map: JourneyMap
    public var result: Linter.Result

    public init(path: String, map: JourneyMap, result: Linter.Result) {
      self.path = path
      self.map = map
      self.result = result
    }
  }

  /// `step "Asks the chatbot" (stp_try_chatbot)`.
  public static func subject(_ s: LintSubject) -> String {
    let name = ExportText.cut(ExportText.clean(s.name), to: 80)
    return name.isEmpty ? "\(s.kind.rawValue) (\(s.id))" : "\(s.kind.rawValue) \"\(name)\" (\(s.id))"
  }

  /// - Parameters:
  ///   - quiet: say nothing about a file without findings.
  ///   - showWaived: list waived findings too, with their reasons.
  public static func text(_ files: [File], quiet: Bool = false, showWaived: Bool = false) -> String {
    var out = ""
    for file in files {
      for finding in file.result.findings {
        out += "\(file.path): \(subject(finding.subject)): \(finding.rule): \(finding.severity.rawValue): \(finding.message)\n"
        out += "  fix: \(finding.ruleSpec.hint)\n"
      }
      if showWaived {
        for w in file.result.waived {
          out += "\(file.path): \(subject(w.finding.subject)): \(w.finding.rule): waived: \(w.finding.message) (\(ExportText.clean(w.reason)))\n"
        }
      }
      if file.result.findings.isEmpty && !quiet {
        let waived = file.result.waived.count
        out += "\(file.path): no findings\(waived > 0 ? " (\(waived) waived in x-lint)" : "")\n"
      }
    }
    return out
  }

  /// `{"files": [{"file", "map", "title", "findings": […], "waived": […]}], "summary": {…}}`,
  /// each finding with its rule, severity, subject, element, message, why and hint; safe to
  /// print on a terminal (``TerminalSafeJSON``).
  public static func json(_ files: [File]) -> String {
    var w = CanonicalJSONWriter()
    w.beginObject()
    w.key(static: "files")
    w.beginArray()
    var totals: [LintSeverity: Int] = [:]
    var waived = 0
    for file in files {
      w.beginObject()
      w.member("file", file.path)
      w.member("map", file.map.id)
      w.member("title", file.map.title)
      w.key(static: "findings")
      w.beginArray()
      for finding in file.result.findings {
        totals[finding.severity, default: 0] += 1
        w.finding(finding)
      }
      w.endArray()
      w.key(static: "waived")
      w.beginArray()
      for item in file.result.waived {
        waived += 1
        w.finding(item.finding, reason: item.reason)
      }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.key(static: "summary")
    w.beginObject()
    for severity in LintSeverity.allCases.reversed() {
      w.key(severity.rawValue)
      w.integer(totals[severity] ?? 0)
    }
    w.key(static: "waived")
    w.integer(waived)
    w.endObject()
    w.endObject()
    return TerminalSafeJSON.escape(String(decoding: w.finish(), as: UTF8.self))
  }

  /// The rule table for people: `journeymap lint --rules`.
  public static var rules: String {
    var out = ""
    for rule in LintRules.all {
      out += "\(rule.id) (\(rule.severity.rawValue))\n  why: \(rule.why)\n  fix: \(rule.hint)\n"
    }
    return out
  }
}

extension CanonicalJSONWriter {
  fileprivate mutating func finding(_ finding: LintFinding, reason: String? = nil) {
    beginObject()
    member("rule", finding.rule)
    member("severity", finding.severity.rawValue)
    key(static: "subject")
    beginObject()
    member("kind", finding.subject.kind.rawValue)
    member("id", finding.subject.id)
    member("name", finding.subject.name)
    endObject()
    member("element", finding.element)
    member("message", finding.message)
    if let reason { member("reason", reason) }
    member("why", finding.ruleSpec.why)
    member("hint", finding.ruleSpec.hint)
    endObject()
  }
}
