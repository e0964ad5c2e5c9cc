/// The kinds of things that carry an id, and the prefix each id starts with.
///
/// Ids are created once, when the thing is created, as `<prefix>_<8 random characters>`, and are
/// never renumbered or reused: merges and diffs match things by id, so two branches must never
/// mint the same id for different things, and an edit must never change an unrelated id.
public enum IDKind: String, CaseIterable, Sendable {
  case map = "jm"
  case stage = "stg"
  case step = "stp"
  case touchpoint = "tp"
  case process = "pr"
  case painPoint = "pp"
  case opportunity = "op"

  public var prefix: String { rawValue }

  /// The noun used in messages ("step stp_x3k9…").
  public var noun: String {
    switch self {
    case .map: return "map"
    case .stage: return "stage"
    case .step: return "step"
    case .touchpoint: return "touchpoint"
    case .process: return "process"
    case .painPoint: return "pain point"
    case .opportunity: return "opportunity"
    }
  }

  /// Whether `id` is well formed for this kind: the prefix, `_`, then 1–60 of `[a-z0-9_-]`
  /// starting with a letter or digit. Hand-written slugs such as `stp_call_helpline` are valid.
  public func accepts(_ id: String) -> Bool {
    // Runs for every id on every load: straight over the id's own bytes, nothing allocated.
    let p = prefix.utf8
    var id = id
    return id.withUTF8 { utf8 in
      guard utf8.count > p.count + 1, utf8.count <= p.count + 1 + 60 else { return false }
      guard utf8.starts(with: p), utf8[p.count] == UInt8(ascii: "_") else { return false }
      let suffix = utf8[(p.count + 1)...]
      guard let first = suffix.first, IDKind.isAlphanumeric(first) else { return false }
      return suffix.allSatisfy { IDKind.isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  /// The documented pattern, as in the JSON Schema.
  public var pattern: String { "^\(prefix)_[a-z0-9][a-z0-9_-]{0,59}$" }
}

/// Mints new ids. Random by default; seeded for tests, demos and scripted runs, where the same
/// keystrokes must produce the same file.
public struct IDGenerator: Sendable {
  /// Lower-case letters and digits without the look-alikes 0/o and 1/l/i.
  static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz".utf8)
  private var rng: SplitMix64

  /// A generator seeded from the system's random source.
  public init() {
    var system = SystemRandomNumberGenerator()
    rng = SplitMix64(seed: system.next())
  }

  /// A deterministic generator.
  public init(seed: UInt64) {
    rng = SplitMix64(seed: seed)
  }

  /// A generator seeded from `JOURNEYMAP_SEED` when it is set to an integer, random otherwise.
  public static func fromEnvironment(_ environment: [String: String]) -> IDGenerator {
    if let text = environment["JOURNEYMAP_SEED"], let seed = UInt64(text) {
      return IDGenerator(seed: seed)
    }
    return IDGenerator()
  }

  /// A new id of the given kind that is not in `taken`.
  public mutating func make(_ kind: IDKind, avoiding taken: (String) -> Bool = { _ in false }) -> String {
    while true {
      var suffix = [UInt8]()
      suffix.reserveCapacity(8)
      for _ in 0..<8 {
        suffix.append(IDGenerator.alphabet[Int(rng.next() % UInt64(IDGenerator.alphabet.count))])
      }
      let id = kind.prefix + "_" + String(decoding: suffix, as: UTF8.self)
      if !taken(id) { return id }
    }
  }
}

/// A small, fast, well-distributed PRNG (Steele, Lea & Flood 2014) whose output is the same on
/// every platform, which the seeded id generator and the sample maps rely on.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
