/// How a large export is split to be written on every processor (``Concurrently``): the stages,
/// most of any export, go in runs of about the same number of steps, beside the other sections.
enum ExportPieces {
  /// Below this many steps an export is done sooner than threads are started.
  static let stepsWorthThreads = 400
  /// Runs of stages per export: enough for the processors to share the work evenly.
  static let runsPerExport = 8

  static func serially(_ map: JourneyMap) -> Bool { map.steps.count < stepsWorthThreads }

  /// Runs of consecutive stages (indices into `map.stages`); at least one.
  static func stageRuns(_ index: ExportIndex, runs: Int = runsPerExport) -> [Range<Int>] {
    Concurrently.runs(weights: index.stepsByStage.map(\.count), pieces: runs)
  }

  /// Steps in a run of stages.
  static func steps(in run: Range<Int>, _ index: ExportIndex) -> Int {
    index.stepsByStage[run].reduce(0) { $0 + $1.count }
  }
}
