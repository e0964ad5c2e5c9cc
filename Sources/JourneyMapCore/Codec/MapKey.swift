/// Every key the format defines, recognised from the raw bytes of a key without making a
/// `String`, and `x-` extension keys. Which keys belong to which object is the reader's business.
enum MapKey: UInt8, CaseIterable {
  case schema, format, formatVersion, id, title, state, persona, scenario, stakeholders, notes, touchpoints
  case stages, steps, processes, name, goal, description, channel, stage, thoughts, feeling, momentOfTruth
  case painPoints, opportunities, metrics, evidence, score, word, reason, text, owner, addresses, value
  case lane, system
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
    // By length first, so that each key is compared with a handful of candidates at most.
    if key.count < MapKey.byLength.count {
      for candidate in MapKey.byLength[key.count] where candidate.matches(key) {
        self = candidate
        return
      }
    }
    self = .unknown
  }

  /// The format's keys grouped by their length in bytes.
  static let byLength: [[MapKey]] = {
    var table = Array(repeating: [MapKey](), count: 16)
    for key in MapKey.allCases where key != .extensionKey && key != .unknown {
      table[key.spelling.utf8CodeUnitCount].append(key)
    }
    return table
  }()

  func matches(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    spelling.withUTF8Buffer { expected in
      guard expected.count == key.count else { return false }
      for i in 0..<key.count where expected[i] != key[i] { return false }
      return true
    }
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
    case .extensionKey: return "x-"
    case .unknown: return ""
    }
  }
}
