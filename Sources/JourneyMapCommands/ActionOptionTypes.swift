import ArgumentParser
import JourneyMapCore

/// `lint --fail-on`: the lowest severity that makes lint exit 1.
extension LintSeverity: ExpressibleByArgument {}

/// `actions --status`.
extension OpportunityStatus: ExpressibleByArgument {}

/// `actions --by`.
extension ActionList.Grouping: ExpressibleByArgument {}

/// `actions --format`: for a terminal, a document, a spreadsheet, a script — or, with
/// `--matrix`, a picture.
enum ActionsFormat: String, CaseIterable, ExpressibleByArgument {
  case text, markdown, csv, json, dot
}
