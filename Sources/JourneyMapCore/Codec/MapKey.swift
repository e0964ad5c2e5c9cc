/// Every key the format defines, recognised from the raw bytes of a key without making a
/// `String`, and `x-` extension keys. Which keys belong to which object is the reader's business.
enum MapKey: UInt8, CaseIterable {
  case schema, format, formatVersion, id, title, state, persona, scenario, stakeholders, notes, touchpoints
  case stages, steps, processes, name, goal, description, channel, stage, thoughts, feeling, momentOfTruth
  case painPoints, opportunities, metrics, evidence, score, word, reason, text, owner, addresses, value
  case lane, system, status, impact, effort, due, link
  /// An `x-` key.
  case extensionKey
  /// Any other key: not in the format.
  case unknown

  /// One bit per key, for noticing a key given twice in one object.
  var bit: UInt64 { 1 << UInt64(rawValue) }

  init(_ key: UnsafeBufferPointer<UInt8>) {
    if key.count >= 2, key[0] == UInt8(ascii: "x"), key[1] == UInt8(ascii: "-") {
      self = .extensionKey
      return
    }
    // Every key of the format is 2 to 13 bytes long; two machine words hold its first and last
    // eight bytes, so a key is recognised with a couple of integer comparisons per candidate.
    if key.count < MapKey.byLength.count {
      let (first, last) = MapKey.words(key)
      for candidate in MapKey.byLength[key.count] where candidate.first == first && candidate.last == last {
        self = candidate.key
        return
      }
    }
    self = .unknown
  }

  /// The format's keys by their length in bytes, each with its two words.
  private static let byLength: [[(first: UInt64, last: UInt64, key: MapKey)]] = {
    var table = Array(repeating: [(first: UInt64, last: UInt64, key: MapKey)](), count: 16)
    for key in MapKey.allCases where key != .extensionKey && key != .unknown {
      key.spelling.withUTF8Buffer { bytes in
        let (first, last) = words(bytes)
        table[bytes.count].append((first, last, key))
      }
    }
    return table
  }()

  /// The first eight bytes (fewer, zero-padded, for a short key) and the last eight.
  @inline(__always)
  private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    guard bytes.count >= 8 else {
      var first: UInt64 = 0
      for (i, byte) in bytes.enumerated() { first |= UInt64(byte) << (8 * UInt64(i)) }
      return (first, 0)
    }
    let base = UnsafeRawPointer(bytes.baseAddress!)
    return (base.loadUnaligned(as: UInt64.self), (base + bytes.count - 8).loadUnaligned(as: UInt64.self))
  }

  var spelling: StaticString {
    switch self {
    case .schema: return "$schema"
    case .format: return "format"
    case .formatVersion: return "formatVersion"
    case .id: return "id"
    case .title: return "title"
    case .state: return "state"
    case .persona: return "persona"
    case .scenario: return "scenario"
    case .stakeholders: return "stakeholders"
    case .notes: return "notes"
    case .touchpoints: return "touchpoints"
    case .stages: return "stages"
    case .steps: return "steps"
    case .processes: return "processes"
    case .name: return "name"
    case .goal: return "goal"
    case .description: return "description"
    case .channel: return "channel"
    case .stage: return "stage"
    case .thoughts: return "thoughts"
    case .feeling: return "feeling"
    case .momentOfTruth: return "momentOfTruth"
    case .painPoints: return "painPoints"
    case .opportunities: return "opportunities"
    case .metrics: return "metrics"
    case .evidence: return "evidence"
    case .score: return "score"
    case .word: return "word"
    case .reason: return "reason"
    case .text: return "text"
    case .owner: return "owner"
    case .addresses: return "addresses"
    case .value: return "value"
    case .lane: return "lane"
    case .system: return "system"
    case .status: return "status"
    case .impact: return "impact"
    case .effort: return "effort"
    case .due: return "due"
    case .link: return "link"
    case .extensionKey: return "x-"
    case .unknown: return ""
    }
  }
}
