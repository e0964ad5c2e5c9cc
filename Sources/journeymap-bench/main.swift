import Foundation
import JourneyMapCore
import JourneyMapEditor
import JourneyMapSamples

// Helper for scripts/bench: generates the benchmark maps and times the in-process phases of
// loading and saving. The comparison with peer tools is made by scripts/bench, which runs
// whole processes on the same files.

func usage() -> Never {
  FileHandle.standardError.write(
    Data(
      """
      usage: journeymap-bench generate STEPS OUT [SEED]   write a deterministic map with every lane filled
             journeymap-bench replicate MAP STEPS OUT     copy a real map end to end up to STEPS steps
             journeymap-bench variants FILE OURS THEIRS   two edits of FILE on different 1% of its steps:
                                                          OURS retitles steps, THEIRS changes feelings
             journeymap-bench phases FILE [RUNS]          median time of parse, decode+validate, encode
             journeymap-bench editor FILE [COLSxROWS]     editor: open to first frame, and one keystroke's
                                                          update + render + recovery upkeep (median over
                                                          a typical mix)

      """.utf8))
  exit(2)
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}

func milliseconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func write(_ map: JourneyMap, to path: String) {
  do {
    try MapFile.writeAtomically(MapEncoder.encode(map), to: path)
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
}

func loadOrExit(_ path: String) -> JourneyMap {
  guard let bytes = try? MapFile.readAll(path), let map = MapLoader.load(bytes).validMap else {
    FileHandle.standardError.write(Data("\(path) is not a valid map\n".utf8))
    exit(1)
  }
  return map
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "generate":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2, let steps = Int(rest[0]) else { usage() }
  let seed = rest.count > 2 ? UInt64(rest[2]) ?? 1 : 1
  var samples = SampleMaps(seed: seed)
  let map = samples.map(steps: steps)
  write(map, to: rest[1])
case "replicate":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 3, let steps = Int(rest[1]) else { usage() }
  write(Replica.replicate(loadOrExit(rest[0]), steps: steps), to: rest[2])
case "variants":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 3 else { usage() }
  let map = loadOrExit(rest[0])
  // About 1% of the steps each; at least one step on small maps.
  let every = max(1, min(100, map.steps.count))
  write(BenchEdits.retitle(map, every: every, offset: 0), to: rest[1])
  write(BenchEdits.reconsider(map, every: every, offset: every / 2), to: rest[2])
case "phases":
  let rest = Array(arguments.dropFirst())
  guard let file = rest.first else { usage() }
  let runs = rest.count > 1 ? Int(rest[1]) ?? 5 : 5
  let bytes = try MapFile.readAll(file)
  var parse: [Double] = []
  var load: [Double] = []
  var encode: [Double] = []
  var map: JourneyMap? = nil
  for _ in 0..<runs {
    parse.append(milliseconds { _ = try? JSONParser.parse(bytes) })
    load.append(milliseconds { map = MapLoader.load(bytes).validMap })
    guard let map else { fatalError("\(file) does not load") }
    encode.append(milliseconds { _ = MapEncoder.encode(map) })
  }
  let p = median(parse)
  let l = median(load)
  print(String(format: "parse %.1f ms  decode+validate %.1f ms  encode %.1f ms", p, l - p, median(encode)))
case "editor":
  let rest = Array(arguments.dropFirst())
  guard let file = rest.first else { usage() }
  let size = rest.count > 1 ? Size(parsing: rest[1]) ?? Size(columns: 200, rows: 60) : Size(columns: 200, rows: 60)
  var state: EditorState? = nil
  let open = milliseconds {
    let bytes = try! MapFile.readAll(file)
    guard let map = MapLoader.load(bytes).validMap else { fatalError("\(file) does not load") }
    var s = EditorState(map: map, filePath: file, size: size, ids: IDGenerator(seed: 1))
    _ = s.handle(.resize(size))
    _ = Renderer.render(s)
    state = s
  }
  guard var state else { fatalError() }
  // What a facilitator does most: move around, type into cells, set feelings, add items.
  let script = String(repeating: "llljjkkhh]l[$0", count: 20) + String(repeating: "ja", count: 1)
    + "Waiting on hold for twenty minutes<Enter>" + String(repeating: "+-", count: 20)
    + "<Enter><C-u>Calls the helpline again<Enter>" + String(repeating: "lj", count: 40) + "*u<C-r>"
  let events = try KeyNotation.parse(script)
  // With the recovery file kept up to date, as in the terminal.
  let keeper = RecoveryKeeper(path: NSTemporaryDirectory() + "/.journeymap-bench.recover")
  keeper.settle = 0
  defer { keeper.finish(state, keepUnsaved: false) }
  var times: [Double] = []
  var byKind: [String: [Double]] = [:]
  for event in events {
    let t = milliseconds {
      _ = state.handle(event)
      _ = Renderer.render(state)
      keeper.update(state)
    }
    times.append(t)
    let kind: String
    switch state.mode {
    case .edit: kind = "typing in a cell"
    default: kind = "normal mode"
    }
    byKind[kind, default: []].append(t)
  }
  let sorted = times.sorted()
  print(String(format: "open to first frame %.1f ms; keystroke update+render: median %.3f ms, 90th percentile %.3f ms, max %.3f ms over %d keys",
    open, median(times), sorted[sorted.count * 9 / 10], sorted.last!, times.count))
  for (kind, values) in byKind.sorted(by: { $0.key < $1.key }) {
    print(String(format: "  %@: median %.3f ms (%d keys)", kind, median(values), values.count))
  }
default:
  usage()
}
