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
             journeymap-bench capture KEYS STAGES          the keys a capture script costs, on a new map
                                                          with these stages ("Order, Install, Bill")
             journeymap-bench replicate MAP STEPS OUT [SPREAD]
                                                          a real map copied up to STEPS steps (ids
                                                          suffixed); each process serves SPREAD copies
             journeymap-bench variants FILE OURS THEIRS   two edits of FILE on different 1% of its steps:
                                                          OURS retitles steps, THEIRS changes feelings
             journeymap-bench phases FILE [RUNS]          median time of parse, decode+validate, encode
             journeymap-bench exports FILE [RUNS]         median time of each export (format and view),
                                                          and per step
             journeymap-bench editor FILE [COLSxROWS]     editor: open to first frame, and one keystroke's
                                                          update + render + recovery upkeep (median over
                                                          a typical mix)
             journeymap-bench merge-inputs STEPS DIR [EDITS] write DIR/base, ours and theirs .journey.json:
                                                          a map and two sides with EDITS random edits each
             journeymap-bench merge BASE OURS THEIRS [RUNS]  median time of loading the three sides,
                                                          of the merge itself, and of encoding it

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
    try MapFile.write(MapEncoder.encode(map), to: path)
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
case "capture":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 2, let script = try? String(contentsOfFile: rest[0], encoding: .utf8) else { usage() }
  var ids = IDGenerator(seed: 1)
  let stages = rest[1].split(separator: ",").map { $0.trimmedSpaces }
  let map = StarterMap.make(title: "Reference capture", stages: stages, ids: &ids)
  let state = EditorState(map: map, filePath: nil, isNew: true, size: Size(columns: 120, rows: 40), ids: ids)
  let events = (try? KeyNotation.parse(script.replacingOccurrences(of: "\n", with: ""))) ?? []
  let cost = KeyCost.measure(events, on: state)
  let textChars = cost.text - cost.signs
  print(
    String(
      format: "%d steps: %d keys beyond the text (%.1f per step); text %d characters, of which %d capture signs (with them: %.1f keys per step)",
      cost.steps, cost.beyondText, cost.beyondTextPerStep, textChars + cost.signs, cost.signs, cost.withSignsPerStep))
case "generate":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2, let steps = Int(rest[0]) else { usage() }
  let seed = rest.count > 2 ? UInt64(rest[2]) ?? 1 : 1
  var samples = SampleMaps(seed: seed)
  let map = samples.map(steps: steps)
  write(map, to: rest[1])
case "replicate":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 3, let steps = Int(rest[1]) else { usage() }
  let spread = rest.count > 3 ? Int(rest[3]) ?? 1 : 1
  write(SampleMaps.replicated(loadOrExit(rest[0]), steps: steps, spread: spread), to: rest[2])
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
case "exports":
  let rest = Array(arguments.dropFirst())
  guard let file = rest.first else { usage() }
  let runs = rest.count > 1 ? Int(rest[1]) ?? 5 : 5
  guard let map = MapLoader.load(try MapFile.readAll(file)).validMap else { fatalError("\(file) does not load") }
  let kinds: [(String, ExportFormat, ExportView, MarkdownFlavor)] = [
    ("markdown slides", .markdown, .journey, .slides), ("markdown gfm", .markdown, .journey, .gfm),
    ("dot journey", .dot, .journey, .slides), ("dot blueprint", .dot, .blueprint, .slides),
    ("mermaid journey", .mermaid, .journey, .slides), ("mermaid blueprint", .mermaid, .blueprint, .slides),
    ("html", .html, .journey, .slides),
  ]
  for (name, format, view, flavor) in kinds {
    let times = (0..<runs).map { _ in milliseconds { _ = Exporter.export(map, format: format, view: view, flavor: flavor) } }
    let ms = median(times)
    print(String(format: "%-18@ %9.1f ms  %6.2f µs/step", name, ms, ms * 1000 / Double(max(1, map.steps.count))))
  }
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
  // A third argument replaces the script (keys in vim notation), e.g. typing into a huge cell.
  // Then the same moves in the wall and the step view: the target holds in every view.
  let moving = String(repeating: "llljjkkhh]l[$0", count: 20)
  let script = rest.count > 2 ? rest[2] : moving + String(repeating: "ja", count: 1)
    + "Waiting on hold for twenty minutes<Enter>" + String(repeating: "+-", count: 20)
    + "<Enter><C-u>Calls the helpline again<Enter>" + String(repeating: "lj", count: 40) + "*u<C-r>"
    + "w" + moving + String(repeating: "+-", count: 10) + "z" + moving + String(repeating: "+-", count: 10) + "#"
  let events = try KeyNotation.parse(script)
  // With the recovery file kept up to date, as in the terminal, for a fast typist: a key
  // every 150 ms of simulated time, so the file is written every other key.
  let keeper = RecoveryKeeper(path: NSTemporaryDirectory() + "/.journeymap-bench.recover")
  defer { keeper.finish(state, keepUnsaved: false) }
  var times: [Double] = []
  var byKind: [String: [Double]] = [:]
  var byView: [String: [Double]] = [:]
  for (index, event) in events.enumerated() {
    let t = milliseconds {
      _ = state.handle(event)
      _ = Renderer.render(state)
      keeper.update(state, now: UInt64(index + 1) * 150_000_000)
    }
    times.append(t)
    let kind: String
    switch state.mode {
    case .edit: kind = "typing in a cell"
    default: kind = "normal mode"
    }
    byKind[kind, default: []].append(t)
    byView[state.options.view.rawValue, default: []].append(t)
  }
  let sorted = times.sorted()
  print(String(format: "open to first frame %.1f ms; keystroke update+render: median %.3f ms, 90th percentile %.3f ms, max %.3f ms over %d keys",
    open, median(times), sorted[sorted.count * 9 / 10], sorted.last!, times.count))
  for (kind, values) in byKind.sorted(by: { $0.key < $1.key }) {
    print(String(format: "  %@: median %.3f ms (%d keys)", kind, median(values), values.count))
  }
  for (view, values) in byView.sorted(by: { $0.key < $1.key }) {
    print(String(format: "  view %@: median %.3f ms (%d keys)", view, median(values), values.count))
  }
case "merge-inputs":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2, let steps = Int(rest[0]) else { usage() }
  let edits = rest.count > 2 ? Int(rest[2]) ?? 200 : 200
  var samples = SampleMaps(seed: 1)
  let base = samples.map(steps: steps)
  var sides = [base, base]
  for i in sides.indices {
    var random = RandomEdits(seed: UInt64(i + 1), hostile: false)
    _ = random.apply(edits, to: &sides[i])
  }
  do {
    for (name, map) in [("base", base), ("ours", sides[0]), ("theirs", sides[1])] {
      try MapFile.write(MapEncoder.encode(map), to: rest[1] + "/\(name).journey.json")
    }
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
case "merge":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 3 else { usage() }
  let runs = rest.count > 3 ? Int(rest[3]) ?? 5 : 5
  var sides: [JourneyMap] = []
  let load = milliseconds {
    sides = rest[0..<3].map { path in
      guard let map = MapLoader.load(try! MapFile.readAll(path)).mapWithConflicts else { fatalError("\(path) does not load") }
      return map
    }
  }
  var merge: [Double] = []
  var encode: [Double] = []
  for _ in 0..<runs {
    var result: MapMerge.Result? = nil
    merge.append(milliseconds { result = MapMerge.merge(base: sides[0], ours: sides[1], theirs: sides[2]) })
    guard let result else { fatalError() }
    encode.append(milliseconds { _ = MapEncoder.encode(result.map) })
  }
  print(String(format: "load three sides %.1f ms  merge %.1f ms  encode %.1f ms", load, median(merge), median(encode)))
default:
  usage()
}
