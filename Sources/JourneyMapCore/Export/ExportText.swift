/// Text from a map, made safe and single-line for an export. Every exporter starts here, then
/// applies the escaping its target language needs.
enum ExportText {
  /// Newlines and tabs become spaces; other control characters are dropped (they are invalid in
  /// XML, break YAML, and no slide tool shows them); runs of spaces collapse; the ends are trimmed.
  static func clean(_ text: String) -> String {
    // Fast path: no control characters, no doubled or edge spaces.
    if text.isEmpty || isClean(text) { return text }
    var out = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v == 0x0A || v == 0x0D || v == 0x09 || v == 0x20 || v == 0x2028 || v == 0x2029 {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
        continue
      }
      if v < 0x20 || (0x7F...0x9F).contains(v) { continue }
      out.append(scalar)
      lastWasSpace = false
    }
    var result = String(out)
    while result.last == " " { result.removeLast() }
    return result
  }

  /// True when the text has nothing `clean` would change: one pass over contiguous UTF-8.
  static func isClean(_ text: String) -> Bool {
    let check = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
      guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
      var previous: UInt8 = 0
      for byte in bytes {
        // Controls, DEL, the lead bytes of C1 controls (C2) and of U+2028/2029 (E2, checked
        // conservatively), and doubled spaces.
        if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || (byte == 0x20 && previous == 0x20) { return false }
        previous = byte
      }
      return true
    }
    if let result = text.utf8.withContiguousStorageIfAvailable(check) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(check)
  }

  /// "−1" style signed feeling scores, with a real minus sign for slides.
  static func score(_ score: Int) -> String {
    score > 0 ? "+\(score)" : score < 0 ? "−\(-score)" : "0"
  }

  /// The display title of a step.
  static func stepTitle(_ step: Step) -> String {
    let title = clean(step.title)
    return title.isEmpty ? "Untitled step" : title
  }
}

/// Escaping by replacing single ASCII bytes, which is what every export language needs:
/// replacements are looked up per byte (UTF-8 continuation bytes are never ASCII), and text
/// with nothing to replace is returned as is.
struct ByteEscaper: Sendable {
  private var table: [[UInt8]?] = Array(repeating: nil, count: 128)

  init(_ replacements: [Character: String]) {
    for (c, replacement) in replacements {
      table[Int(c.asciiValue!)] = Array(replacement.utf8)
    }
  }

  func callAsFunction(_ text: String) -> String {
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 < 0x80 && table[Int($0)] != nil }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    for byte in utf8 {
      if byte < 0x80, let replacement = table[Int(byte)] { out.append(contentsOf: replacement) } else { out.append(byte) }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Lookups every exporter needs, built once per export (linear in the map).
struct ExportIndex {
  let map: JourneyMap
  let order: [Int]
  let touchpoints: [String: Touchpoint]
  let stageOfStep: [String: Int]
  let stepByID: [String: Int]
  /// Step id → processes serving it, in map order.
  let processesOfStep: [String: [Int]]
  /// Position of each step in the journey (1-based), by id.
  let number: [String: Int]

  init(_ map: JourneyMap) {
    self.map = map
    order = map.stepIndicesInJourneyOrder
    var touchpoints: [String: Touchpoint] = [:]
    for t in map.touchpoints { touchpoints[t.id] = t }
    self.touchpoints = touchpoints
    var stageIndex: [String: Int] = [:]
    for (i, s) in map.stages.enumerated() { stageIndex[s.id] = i }
    var stageOfStep: [String: Int] = [:]
    var stepByID: [String: Int] = [:]
    var number: [String: Int] = [:]
    for (n, i) in order.enumerated() {
      let step = map.steps[i]
      stepByID[step.id] = i
      number[step.id] = n + 1
      if let s = stageIndex[step.stage] { stageOfStep[step.id] = s }
    }
    self.stageOfStep = stageOfStep
    self.stepByID = stepByID
    self.number = number
    var processesOfStep: [String: [Int]] = [:]
    for (p, process) in map.processes.enumerated() {
      for id in process.steps { processesOfStep[id, default: []].append(p) }
    }
    self.processesOfStep = processesOfStep
  }

  /// Steps grouped by stage in one pass.
  var stepsByStage: [[Int]] {
    var groups = Array(repeating: [Int](), count: map.stages.count)
    for i in order {
      if let s = stageOfStep[map.steps[i].id] { groups[s].append(i) }
    }
    return groups
  }

  func touchpointText(_ id: String) -> String {
    guard let t = touchpoints[id] else { return ExportText.clean(id) }
    return "\(ExportText.clean(t.channel)): \(ExportText.clean(t.name))"
  }
}
