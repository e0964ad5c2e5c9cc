/// One line of text that becomes a whole step, as fast as the room talks:
///
///     [Installation day] Waits for the engineer "Will anyone come?" -1 anxious #phone: Helpline
///       *Nobody says when !No time slot given +Send a two-hour slot @Field ops &Dispatch @Ops (FieldPro)
///
/// The title comes first; every other part starts with a sign at the start of a word and runs to
/// the next one. Nothing typed is ever dropped: text that is not a part is the title.
///
/// | starts with | part |
/// |---|---|
/// | `[Stage]` (first) | the stage to file the step in (made if new) |
/// | `"` | a thought (the closing `"` is optional) |
/// | `-2` `-1` `±0` `+0` `+1` `+2` | the feeling, then its word |
/// | `#` | a touchpoint: `#Helpline`, or `#phone: Helpline` with its channel |
/// | `*` | the step is a moment of truth; the rest is why |
/// | `!` | a pain point |
/// | `+` | an opportunity, `@owner` at its end |
/// | `&` | a backstage process it needs: `&Dispatch`, `&support: Billing run @Finance (SAP)` |
/// | `\` | the next character is plain text (`\#1 fan`, `\+3 days`) |
public struct StepCapture: Equatable, Sendable {
  public struct Touchpoint: Equatable, Sendable {
    public var channel: String?
    public var name: String
    public init(channel: String?, name: String) {
      self.channel = channel
      self.name = name
    }

    /// The map's touchpoint this one names: the same name in any case, and the same channel
    /// when one was given. The capture files into it, and its preview says so.
    public func existing(in touchpoints: [JourneyMapCore.Touchpoint]) -> JourneyMapCore.Touchpoint? {
      touchpoints.first { $0.name.lowercased() == name.lowercased() && (channel == nil || $0.channel == channel) }
    }
  }

  public struct OwnedItem: Equatable, Sendable {
    public var text: String
    public var owner: String
    public init(text: String, owner: String) {
      self.text = text
      self.owner = owner
    }
  }

  public struct Process: Equatable, Sendable {
    public var lane: ProcessLane?
    public var title: String
    public var owner: String
    public var system: String
    public init(lane: ProcessLane?, title: String, owner: String, system: String) {
      self.lane = lane
      self.title = title
      self.owner = owner
      self.system = system
    }
  }

  /// One part as typed, for showing the parse live while the line is written.
  public struct Part: Equatable, Sendable {
    public enum Kind: String, Sendable {
      case stage, title, thought, feeling, touchpoint, moment, painPoint, opportunity, process
    }
    public var kind: Kind
    public var text: String
  }

  public var stage: String?
  public var title = ""
  public var thoughts: [String] = []
  public var feeling: Feeling?
  public var touchpoints: [Touchpoint] = []
  /// The reason, when the step is a moment of truth ("" when no reason was given).
  public var moment: String?
  public var painPoints: [String] = []
  public var opportunities: [OwnedItem] = []
  public var processes: [Process] = []
  /// Every part in the order typed.
  public var parts: [Part] = []

  public init() {}

  public var isEmpty: Bool { parts.isEmpty }

  /// The sign a word starts with, for the parts that start with one.
  static let signs: [Character: Part.Kind] = [
    "\"": .thought, "#": .touchpoint, "*": .moment, "!": .painPoint, "+": .opportunity, "&": .process,
  ]

  public static func parse(_ line: String) -> StepCapture {
    var capture = StepCapture()
    var text = Substring(line)
    // A stage in brackets, first.
    let leading = text.drop { $0 == " " }
    if leading.first == "[", let close = leading.firstIndex(of: "]") {
      let name = leading[leading.index(after: leading.startIndex)..<close].trimmedSpaces
      if !name.isEmpty {
        capture.stage = name
        capture.parts.append(Part(kind: .stage, text: name))
      }
      text = leading[leading.index(after: close)...]
    }
    for (kind, body) in segments(text) { capture.add(kind, body) }
    return capture
  }

  /// Splits the line into (kind, text) segments at words that start with a sign.
  static func segments(_ text: Substring) -> [(Part.Kind, String)] {
    var result: [(Part.Kind, String)] = []
    var kind = Part.Kind.title
    var current = ""
    var quoteOpen = false
    var atWordStart = true
    var index = text.startIndex
    func flush() {
      result.append((kind, current))
      current = ""
    }
    while index < text.endIndex {
      let c = text[index]
      let next = text.index(after: index)
      if c == "\\", next < text.endIndex {
        current.append(text[next])
        index = text.index(after: next)
        atWordStart = false
        continue
      }
      if quoteOpen && c == "\"" {
        // The closing quote ends the thought.
        quoteOpen = false
        flush()
        kind = .title
        index = next
        atWordStart = false
        continue
      }
      // An open quote ends at its closing quote or at the next part, whichever comes first.
      if atWordStart && !(quoteOpen && c == "\"") {
        let word = text[index...].prefix { $0 != " " }
        if let score = feelingScore(word) {
          flush()
          quoteOpen = false
          kind = .feeling
          current = String(score)
          index = word.endIndex
          atWordStart = false
          continue
        }
        // A lone sign is text ("A + B", "Great !"), but a lone `*` marks a moment of truth
        // and a lone `"` opens a thought.
        if let sign = signs[c], word.count > 1 || c == "*" || c == "\"" {
          flush()
          quoteOpen = false
          kind = sign
          quoteOpen = c == "\""
          index = next
          atWordStart = false
          continue
        }
      }
      current.append(c)
      atWordStart = c == " "
      index = next
    }
    flush()
    // Text after a closed quote, before the next sign, belongs with the title.
    var merged: [(Part.Kind, String)] = []
    for (kind, body) in result {
      if kind == .title, let i = merged.firstIndex(where: { $0.0 == .title }) {
        let piece = body.trimmedSpaces
        if !piece.isEmpty { merged[i].1 = merged[i].1.trimmedSpaces + " " + piece }
      } else {
        merged.append((kind, body))
      }
    }
    return merged
  }

  /// `-2`…`+2` as a whole word (a sign is needed, so "waits 2 days" stays text); `±0` is zero.
  static func feelingScore(_ word: Substring) -> Int? {
    if word == "±0" { return 0 }
    guard word.count == 2, let sign = word.first, sign == "+" || sign == "-", let digit = word.last?.wholeNumberValue, digit <= 2
    else { return nil }
    return sign == "-" ? -digit : digit
  }

  mutating func add(_ kind: Part.Kind, _ raw: String) {
    let body = raw.trimmedSpaces.nfc
    switch kind {
    case .title:
      guard !body.isEmpty else { return }
      title = title.isEmpty ? body : title + " " + body
      if let i = parts.firstIndex(where: { $0.kind == .title }) {
        parts[i].text = title
        return
      }
    case .thought:
      guard !body.isEmpty else { return }
      thoughts.append(body)
    case .feeling:
      // The score was put first by the splitter, then the word.
      let (score, word) = body.split(separator: " ", maxSplits: 1).map(String.init).splitFirst
      feeling = Feeling(score: Int(score) ?? 0, word: word.trimmedSpaces)
      parts.append(Part(kind: .feeling, text: (feeling!.score > 0 ? "+" : "") + "\(feeling!.score)" + (word.isEmpty ? "" : " " + word.trimmedSpaces)))
      return
    case .touchpoint:
      guard !body.isEmpty else { return }
      touchpoints.append(Self.touchpoint(body))
    case .moment:
      moment = body
      parts.append(Part(kind: .moment, text: body))
      return
    case .painPoint:
      guard !body.isEmpty else { return }
      painPoints.append(body)
    case .opportunity:
      guard !body.isEmpty else { return }
      let (text, owner) = OwnerText.split(body)
      opportunities.append(OwnedItem(text: text, owner: owner))
    case .process:
      guard !body.isEmpty else { return }
      processes.append(Self.process(body))
    case .stage:
      return
    }
    parts.append(Part(kind: kind, text: body))
  }

  /// `phone: Support line` → channel and name; `Support line` → a name alone.
  public static func touchpoint(_ body: String) -> Touchpoint {
    guard let colon = body.firstIndex(of: ":") else { return Touchpoint(channel: nil, name: body) }
    let channel = body[..<colon].trimmedSpaces.lowercased()
    let name = body[body.index(after: colon)...].trimmedSpaces
    return Touchpoint(channel: channel.isEmpty ? nil : channel, name: name.isEmpty ? channel : name)
  }

  /// `support: Billing run @Finance (SAP)` → lane, title, owner, system. The same grammar names
  /// a process anywhere a process is typed.
  public static func process(_ text: String) -> Process {
    var body = Substring(text.trimmedSpaces)
    var lane: ProcessLane? = nil
    if let colon = body.firstIndex(of: ":") {
      let word = body[..<colon].trimmedSpaces.lowercased()
      if let named = ProcessLane.allCases.first(where: { $0.rawValue == word || $0.rawValue.hasPrefix(word) && word.count >= 4 }) {
        lane = named
        body = body[body.index(after: colon)...]
      }
    }
    var system = ""
    var rest = String(body).trimmedSpaces
    if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
      system = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]).trimmedSpaces
      rest = String(rest[..<open]).trimmedSpaces
    }
    let (title, owner) = OwnerText.split(rest)
    return Process(lane: lane, title: title, owner: owner, system: system)
  }
}

/// `Call back within an hour @Support team` → ("Call back within an hour", "Support team"): how
/// an owner is typed after what they own, for opportunities and processes alike.
public enum OwnerText {
  public static func split(_ text: String) -> (String, String) {
    guard let at = text.range(of: " @", options: .backwards) else { return (text, "") }
    let body = text[..<at.lowerBound].trimmedSpaces
    let owner = text[at.upperBound...].trimmedSpaces
    return body.isEmpty ? (text, "") : (body, owner)
  }
}

extension Array where Element == String {
  /// The first element and the rest joined back (for "score word…").
  fileprivate var splitFirst: (String, String) { (first ?? "", dropFirst().joined(separator: " ")) }
}
