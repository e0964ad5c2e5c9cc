import Foundation
import JourneyMapCore
import Testing

/// A seeded mutation fuzzer over the example maps: flipped, inserted, deleted and duplicated
/// bytes and truncations. Every input must load to a map or to located problems — never crash,
/// hang or report a problem without a line and column. 100,000 inputs, the same on every run.
@Suite("Fuzzing the loader")
struct FuzzTests {
  static let seeds: [[UInt8]] = {
    let names = ["maps/support-call.journey.json", "maps/onboarding.journey.json", "Tests/Fixtures/maps/ramen-cjk.journey.json"]
    return names.compactMap { try? Fixtures.bytes($0) }
  }()

  static let interesting: [[UInt8]] = [
    [0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], Array("\\u".utf8), Array("\\ud800".utf8), Array("\"".utf8), Array("{".utf8),
    Array("[".utf8), Array("}".utf8), Array("]".utf8), Array(",".utf8), Array(":".utf8), Array("1e999999".utf8),
    Array("-".utf8), Array("\"x-\": {}".utf8), Array("\"id\": 5".utf8), Array("null".utf8), Array("\u{1B}[2J".utf8),
  ]

  @Test func oneHundredThousandMutatedMaps() throws {
    var rng = SplitMix64(seed: 20261123)
    var loaded = 0
    var rejected = 0
    // Work on a window of each map so that each input stays small and the run stays fast.
    for n in 0..<100_000 {
      let seed = Self.seeds[Int(rng.next() % UInt64(Self.seeds.count))]
      var input = Array(seed.prefix(1_500 + Int(rng.next() % 2_000)))
      for _ in 0..<(1 + Int(rng.next() % 4)) { mutate(&input, &rng) }
      let result = MapLoader.load(input)
      if result.problems.isEmpty {
        loaded += 1
        // What loads must write back and load again to the same map.
        let map = try #require(result.map)
        #expect(MapLoader.load(MapEncoder.encode(map)).map == map, "input \(n)")
      } else {
        rejected += 1
        #expect(result.problems.allSatisfy { $0.location != nil && !$0.message.isEmpty }, "input \(n)")
      }
    }
    #expect(loaded + rejected == 100_000)
    #expect(rejected > 0)
  }

  func mutate(_ input: inout [UInt8], _ rng: inout SplitMix64) {
    guard !input.isEmpty else {
      input = Array("{}".utf8)
      return
    }
    let at = Int(rng.next() % UInt64(input.count))
    switch rng.next() % 6 {
    case 0: input[at] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
    case 1: input.insert(contentsOf: Self.interesting[Int(rng.next() % UInt64(Self.interesting.count))], at: at)
    case 2: input.removeSubrange(at..<min(input.count, at + 1 + Int(rng.next() % 16)))
    case 3: input.removeSubrange(at...)
    case 4:
      let end = min(input.count, at + 1 + Int(rng.next() % 64))
      input.insert(contentsOf: input[at..<end], at: end)
    default: input[at] = UInt8(truncatingIfNeeded: rng.next())
    }
  }
}
