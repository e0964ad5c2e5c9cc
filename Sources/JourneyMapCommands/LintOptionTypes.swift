import ArgumentParser
import JourneyMapCore

/// `lint --fail-on`: the lowest severity that makes lint exit 1.
extension LintSeverity: ExpressibleByArgument {}
