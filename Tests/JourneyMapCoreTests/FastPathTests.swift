import Foundation
@testable import JourneyMapCore
import JourneyMapSamples
import Testing

/// The loader reads valid files straight into the model and sends everything else through the
/// parser and decoder that locate problems. These tests hold the two paths to one answer: for
/// any input, `MapLoader.load` gives exactly what the locating path gives — the same map and
/// the same problems, byte for byte.
@Suite("Loader fast path")
struct FastPathTests {
  /// Both paths on one input: the same map, the same messages at the same places.
  func expectSameAnswer(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let fast = MapLoader.load(bytes)
    let reference = MapLoader.loadLocatingProblems(bytes)
    #expect(fast.map == reference.map, "\(label)", sourceLocation: sourceLocation)
    // String equality is canonical equivalence, blind to normalisation: compare the bytes too.
    #expect(Self.utf8(of: fast.map as Any) == Self.utf8(of: reference.map as Any), "\(label)", sourceLocation: sourceLocation)
    #expect(
      fast.problems.map(\.description) == reference.problems.map(\.description), "\(label)", sourceLocation: sourceLocation)
  }

  /// The bytes of every string in a value, in order.
  static func utf8(of value: Any) -> [[UInt8]] {
    if let text = value as? String { return [Array(text.utf8)] }
    return Mirror(reflecting: value).children.flatMap { utf8(of: $0.value) }
  }

  static var validFiles: [String] {
    let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Tests/Fixtures/maps").path)) ?? []
    return Fixtures.exampleMaps + fixtures.filter { $0.hasSuffix(".journey.json") }.map { "Tests/Fixtures/maps/" + $0 }
      + ["Tests/Fixtures/e2e/passport.expected.journey.json"]
  }

  @Test("valid files take the fast path", arguments: validFiles)
  func validFilesTakeTheFastPath(_ path: String) throws {
    let bytes = try Fixtures.bytes(path)
    // Not a fallback in disguise: the fast reader itself reads the file.
    let map = try #require(MapReader.read(bytes))
    #expect(map == MapLoader.loadLocatingProblems(bytes).validMap)
    expectSameAnswer(bytes, path)
  }

  @Test("broken files get the located problems", arguments: BrokenFilesTests.corpus)
  func brokenFilesGetTheLocatedProblems(_ name: String) throws {
    expectSameAnswer(try Fixtures.bytes("Tests/Fixtures/broken/" + name), name)
  }

  /// Generated maps full of escapes, combining marks, emoji and extensions, written in the
  /// canonical layout and in a hand-written one (other whitespace, escaped `/` and non-ASCII).
  @Test("hostile maps in two layouts", arguments: 0..<60)
  func hostileMaps(_ seed: Int) throws {
    var samples = SampleMaps(seed: UInt64(seed), hostile: true)
    let map = samples.map(steps: 1 + seed % 17, stepsPerStage: 1 + seed % 4)
    let canonical = MapEncoder.encode(map)
    #expect(MapReader.read(canonical) == map)
    #expect(Self.utf8(of: MapReader.read(canonical) as Any) == Self.utf8(of: map))
    expectSameAnswer(canonical, "seed \(seed) canonical")
    expectSameAnswer(Self.handWritten(canonical), "seed \(seed) hand-written")
  }

  /// The same JSON as other tools write it: tabs and CRLF, `\/` and `\u` escapes for non-ASCII.
  static func handWritten(_ canonical: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    var inString = false
    var escaped = false
    for scalar in String(decoding: canonical, as: UTF8.self).unicodeScalars {
      if inString {
        if escaped {
          escaped = false
        } else if scalar == "\\" {
          escaped = true
        } else if scalar == "\"" {
          inString = false
        } else if scalar == "/" {
          out += Array("\\/".utf8)
          continue
        } else if scalar.value > 0x7F {
          for unit in String(scalar).utf16 { out += Array(String(format: "\\u%04X", unit).utf8) }
          continue
        }
      } else if scalar == "\"" {
        inString = true
      } else if scalar == "\n" {
        out += [0x0D, 0x0A]
        continue
      } else if scalar == " " {
        out.append(0x09)
        continue
      }
      out += Array(String(scalar).utf8)
    }
    return out
  }

  /// Whole maps with one or two small edits — most stay valid JSON, many stay valid maps — so
  /// that the fast path meets odd bytes, keys and values where it would otherwise succeed.
  @Test func mutatedWholeMaps() throws {
    let seeds = try Self.validFiles.map { try Fixtures.bytes($0) }
    // After a quote or a space, most edits land inside a string or between members.
    let spots = seeds.map { seed in seed.indices.filter { seed[$0] == UInt8(ascii: "\"") || seed[$0] == UInt8(ascii: " ") } }
    let edits: [[UInt8]] = [
      Array("\\u0041".utf8), Array("\\\"".utf8), Array("\\n".utf8), Array("\\ud83d\\ude00".utf8), Array("\\udc00".utf8),
      Array("\u{301}".utf8), Array("e\u{301}".utf8), Array("\\u0065\u{301}".utf8), Array("x-\u{212B}".utf8), [0xC3], [0xFF], [0x01], Array("\"x-k\": [1, {\"a\": 2, \"a\": 3}], ".utf8),
      Array("\"x-k\": {\"\\u0061\": -0.5e+3}, ".utf8), Array("\"id\": \"stp_a\", ".utf8), Array("\"score\": 1, ".utf8),
      Array("\"i\\u0064\": \"x\", ".utf8), Array(" \t\r\n".utf8), Array("01".utf8), Array("1.0".utf8), Array("null".utf8),
      Array("99999999999999999999".utf8), Array("\"x-\": {}, ".utf8), Array("{".utf8), Array("}".utf8), Array(",".utf8),
    ]
    var rng = SplitMix64(seed: 20261124)
    for n in 0..<4_000 {
      let which = Int(rng.next() % UInt64(seeds.count))
      var input = seeds[which]
      for _ in 0..<(1 + Int(rng.next() % 2)) {
        let at = min(input.count - 1, spots[which][Int(rng.next() % UInt64(spots[which].count))] + 1)
        switch rng.next() % 4 {
        case 0: input.removeSubrange(at..<min(input.count, at + 1 + Int(rng.next() % 3)))
        case 1: input[at - 1] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
        default: input.insert(contentsOf: edits[Int(rng.next() % UInt64(edits.count))], at: at)
        }
      }
      expectSameAnswer(input, "input \(n)")
    }
  }
}
