import Foundation
import JourneyMapCore
import JourneyMapSamples

// Helper for scripts/bench: generates the benchmark maps and times the in-process phases of
// loading and saving. The comparison with peer tools is made by scripts/bench, which runs
// whole processes on the same files.

func usage() -> Never {
  FileHandle.standardError.write(
    Data(
      """
      usage: journeymap-bench generate STEPS OUT [SEED]   write a deterministic map with every lane filled
             journeymap-bench phases FILE [RUNS]          median time of parse, decode+validate, encode

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

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "generate":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2, let steps = Int(rest[0]) else { usage() }
  let seed = rest.count > 2 ? UInt64(rest[2]) ?? 1 : 1
  var samples = SampleMaps(seed: seed)
  let map = samples.map(steps: steps)
  do {
    try MapFile.writeAtomically(MapEncoder.encode(map), to: rest[1])
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
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
default:
  usage()
}
