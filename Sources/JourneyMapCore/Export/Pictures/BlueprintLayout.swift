/// Where each process goes in a service blueprint drawn as a grid: the steps are columns, each
/// lane (frontstage, backstage, support) has as many rows ("tracks") as it needs, and a process
/// is a box under the steps it serves, one box spanning each run of neighbouring steps. A box
/// under a step is the link to that step, as in a blueprint drawn on a wall.
///
/// Built in one sweep over the columns: linear in the links between steps and processes.
struct BlueprintLayout {
  /// One box: a process (index into `map.processes`) under columns `first…last`.
  struct Span: Equatable {
    let process: Int
    let first: Int
    var last: Int
  }

  /// For each lane in `ProcessLane.allCases` order, its tracks, each a list of spans that do not
  /// overlap, left to right.
  let tracks: [[[Span]]]

  /// `columns`: indices into `map.steps`, in the order drawn.
  init(_ index: ExportIndex, columns: [Int]) {
    var spans = Array(repeating: [Span](), count: ProcessLane.allCases.count)
    // The span each process is growing, as (lane, position in that lane's spans).
    var open: [Int: Int] = [:]
    for (column, step) in columns.enumerated() {
      for p in index.processesOf[step] {
        let lane = Self.laneIndex(index.map.processes[p].lane)
        if let s = open[p], spans[lane][s].last >= column - 1 {
          spans[lane][s].last = column
        } else {
          spans[lane].append(Span(process: p, first: column, last: column))
          open[p] = spans[lane].count - 1
        }
      }
    }
    // Spans were made in order of their first column: each goes on the first track free there.
    tracks = spans.map { lane in
      var tracks: [[Span]] = []
      for span in lane {
        if let t = tracks.firstIndex(where: { $0.last!.last < span.first }) {
          tracks[t].append(span)
        } else {
          tracks.append([span])
        }
      }
      return tracks
    }
  }

  static func laneIndex(_ lane: ProcessLane) -> Int {
    switch lane {
    case .frontstage: return 0
    case .backstage: return 1
    case .support: return 2
    }
  }

  /// The lanes with the line above each, as a blueprint names them.
  static let lanes: [(lane: ProcessLane, name: String, line: String, meaning: String)] = [
    (.frontstage, "Frontstage", "Line of interaction", "what the customer sees staff do"),
    (.backstage, "Backstage", "Line of visibility", "what staff do out of sight"),
    (.support, "Support", "Line of internal interaction", "the systems and teams behind them"),
  ]
}
