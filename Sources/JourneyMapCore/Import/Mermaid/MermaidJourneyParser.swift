/// Reads a Mermaid `journey` diagram the way Mermaid 11 does (its `journey.jison` grammar and the
/// preprocessing in front of it), statement by statement, and says precisely where and why when
/// it cannot.
///
/// Every statement of the grammar is one line (the lexer consumes each to its end), except an
/// `accDescr { … }` block, which runs to its `}`. Keywords are case-insensitive, indentation
/// and blank lines mean nothing, `%%` at the start of a line and `#` (where it is not an entity
/// code) start comments. Where Mermaid rejects something this parser accepts, or the other way
/// round, the difference is deliberate and listed in docs/import.md.
///
/// The input is bytes and every scan moves forward: a ten-megabyte line is read once.
struct MermaidJourneyParser {
  private var bytes: [UInt8]
  private let end: Int
  private(set) var log = MessageLog()
  private var journey = MermaidJourney()
  /// Whether a `title` statement was already seen (a second one replaces it, with a warning).
  private var titleOffset: Int?

  /// Parses `bytes[start..<end]` (a whole `.mmd` file, or one fenced block of Markdown; offsets
  /// and messages refer to the whole of `bytes`).
  static func parse(_ bytes: [UInt8], start: Int = 0, end: Int? = nil) -> (journey: MermaidJourney?, log: MessageLog) {
    var parser = MermaidJourneyParser(bytes: bytes, end: end ?? bytes.count)
    let journey = parser.run(from: start)
    return (parser.log.hasErrors ? nil : journey, parser.log)
  }

  private init(bytes: [UInt8], end: Int) {
    self.bytes = bytes
    self.end = end
  }

  private mutating func run(from start: Int) -> MermaidJourney {
    let (body, frontMatterTitle) = MermaidPreamble.frontMatter(bytes, start: start, end: end, log: &log)
    if log.hasErrors { return journey }
    journey.frontMatterTitle = frontMatterTitle
    MermaidPreamble.blankDirectives(&bytes, start: body, end: end, log: &log)
    var pos = body
    var header = false
    while pos < end {
      let lineEnd = MermaidPreamble.endOfLine(bytes, from: pos, end: end)
      let first = skipBlanks(from: pos, to: lineEnd)
      var next = lineEnd
      if first < lineEnd && !isPercentComment(first, lineEnd) {
        if header {
          next = statement(at: first, lineEnd: lineEnd)
        } else {
          guard let rest = self.header(at: first, lineEnd: lineEnd) else { return journey }
          header = true
          let restStart = skipBlanks(from: rest, to: lineEnd)
          if restStart < lineEnd && !isPercentComment(restStart, lineEnd) && !isHashComment(restStart, lineEnd) {
            next = statement(at: restStart, lineEnd: lineEnd)
          }
        }
      }
      pos = next == lineEnd ? MermaidPreamble.nextLine(bytes, after: lineEnd, end: end) : next
    }
    if !header {
      log.error(at: body < end ? body : start, "expected a Mermaid journey diagram (`journey` on its first line), found no diagram")
    }
    return journey
  }

  // MARK: Lines

  private func skipBlanks(from i: Int, to stop: Int) -> Int {
    var j = i
    while j < stop && MermaidPreamble.isBlank(bytes[j]) { j += 1 }
    return j
  }

  private func isPercentComment(_ i: Int, _ stop: Int) -> Bool {
    i + 1 < stop && bytes[i] == UInt8(ascii: "%") && bytes[i + 1] == UInt8(ascii: "%")
  }

  private func isHashComment(_ i: Int, _ stop: Int) -> Bool {
    bytes[i] == UInt8(ascii: "#") && MermaidEntities.entityLength(bytes, at: i, end: stop) == nil
  }

  /// Whether `bytes[i...]` starts with `word`, ignoring ASCII case.
  private func hasKeyword(_ word: StaticString, at i: Int, _ stop: Int) -> Bool {
    let count = word.utf8CodeUnitCount
    guard i + count <= stop else { return false }
    let pointer = word.utf8Start
    for k in 0..<count where bytes[i + k] | 0x20 != pointer[k] | 0x20 { return false }
    return true
  }

  /// Whether the keyword at `i` (of `count` bytes) is followed by a blank or the end of the line.
  private func endsWord(_ i: Int, _ count: Int, _ stop: Int) -> Bool {
    i + count == stop || MermaidPreamble.isBlank(bytes[i + count])
  }

  /// Whether nothing but blanks and a comment follows `i` on the line.
  private func isEmptyOrComment(from i: Int, _ stop: Int) -> Bool {
    let j = skipBlanks(from: i, to: stop)
    return j == stop || isPercentComment(j, stop) || isHashComment(j, stop)
  }

  /// `journey` opening the diagram: returns where the rest of its line starts, or nil after an
  /// error naming what was found instead.
  private mutating func header(at i: Int, lineEnd: Int) -> Int? {
    if hasKeyword("journey", at: i, lineEnd), endsWord(i, 7, lineEnd) || isPercentComment(i + 7, lineEnd) {
      journey.offset = i
      return i + 7
    }
    var wordEnd = i
    while wordEnd < lineEnd && !MermaidPreamble.isBlank(bytes[wordEnd]) && bytes[wordEnd] != UInt8(ascii: ":") { wordEnd += 1 }
    let word = String(decoding: bytes[i..<min(wordEnd, i + 80)], as: UTF8.self)
    if let kind = MermaidDiagramKinds.kind(ofFirstWord: word) {
      log.error(at: i, "expected a Mermaid journey diagram (`journey`), found a \(kind) (`\(word)`), which journeymap cannot import")
    } else if isFence(i, lineEnd) {
      log.error(at: i, "expected a Mermaid journey diagram (`journey`), found a Markdown code fence: import the Markdown file (*.md) instead")
    } else {
      log.error(at: i, "expected a Mermaid journey diagram (`journey` on its first line), found \(Quote.bytes(bytes, i..<lineEnd))")
    }
    return nil
  }

  private func isFence(_ i: Int, _ stop: Int) -> Bool {
    i + 3 <= stop && (bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~")) && bytes[i + 1] == bytes[i] && bytes[i + 2] == bytes[i]
  }

  // MARK: Statements

  /// One statement starting at `i`; returns `lineEnd` when the line is done, or where to go on
  /// reading (after an `accDescr { … }` block, the rest of the line it closes on).
  private mutating func statement(at i: Int, lineEnd: Int) -> Int {
    if isHashComment(i, lineEnd) { return lineEnd }
    if hasKeyword("title", at: i, lineEnd), endsWord(i, 5, lineEnd) {
      title(at: i, from: i + 5, lineEnd: lineEnd)
    } else if hasKeyword("section", at: i, lineEnd), endsWord(i, 7, lineEnd) {
      section(at: i, from: i + 7, lineEnd: lineEnd)
    } else if hasKeyword("accTitle", at: i, lineEnd), let colon = punctuation(":", after: i + 8, lineEnd) {
      journey.accessibleTitle = text(from: skipBlanks(from: colon + 1, to: lineEnd), to: lineEnd)
    } else if hasKeyword("accDescr", at: i, lineEnd), let colon = punctuation(":", after: i + 8, lineEnd) {
      journey.accessibleDescription = text(from: skipBlanks(from: colon + 1, to: lineEnd), to: lineEnd)
    } else if hasKeyword("accDescr", at: i, lineEnd), let brace = punctuation("{", after: i + 8, lineEnd) {
      return descriptionBlock(openingAt: brace)
    } else if hasKeyword("journey", at: i, lineEnd), isEmptyOrComment(from: i + 7, lineEnd) {
      log.error(at: i, "a second `journey`: one file holds one diagram (in Markdown, each ```mermaid block is one)")
    } else {
      task(at: i, lineEnd: lineEnd)
    }
    return lineEnd
  }

  /// The offset of `mark` after optional blanks from `i`, if that is what comes next.
  private func punctuation(_ mark: Unicode.Scalar, after i: Int, _ stop: Int) -> Int? {
    let j = skipBlanks(from: i, to: stop)
    return j < stop && bytes[j] == UInt8(mark.value) ? j : nil
  }

  /// Decoded, trimmed text of a range (entity codes, `<br>` as a space).
  private mutating func text(from start: Int, to stop: Int, lineBreak: String = " ") -> String {
    var unknown: [MermaidEntities.Unknown] = []
    let value = MermaidEntities.decode(bytes, from: start, to: stop, lineBreak: lineBreak, unknown: &unknown)
    for entity in unknown {
      if entity.isNumeric {
        log.warning(at: entity.offset, "entity code \(entity.code) names no character: read as U+FFFD (�)")
      } else {
        log.warning(at: entity.offset, "unknown entity code \(entity.code): kept as Mermaid draws it, &\(entity.code.dropFirst())")
      }
    }
    return value.trimmedSpaces
  }

  private mutating func title(at i: Int, from start: Int, lineEnd: Int) {
    let value = text(from: start, to: MermaidEntities.commentStart(bytes, from: start, to: lineEnd))
    guard !value.isEmpty else {
      log.warning(at: i, "`title` without text is ignored (Mermaid would take the next line for the title)")
      return
    }
    if titleOffset != nil { log.warning(at: i, "a second `title`: this one replaces the first, as in Mermaid") }
    titleOffset = i
    journey.title = value
  }

  private mutating func section(at i: Int, from start: Int, lineEnd: Int) {
    let value = text(from: start, to: MermaidEntities.commentStart(bytes, from: start, to: lineEnd))
    guard !value.isEmpty else {
      log.error(at: i, "expected a section name after `section`")
      return
    }
    journey.sections.append(MermaidJourney.Section(name: value, offset: i))
  }

  /// `accDescr {` … `}`: the text may span lines; each line is trimmed and `<br>` is a line break.
  private mutating func descriptionBlock(openingAt brace: Int) -> Int {
    var close = brace + 1
    while close < end && bytes[close] != UInt8(ascii: "}") { close += 1 }
    guard close < end else {
      log.error(at: brace, "`accDescr {` is never closed with }")
      return end
    }
    let raw = text(from: brace + 1, to: close, lineBreak: "\n")
    journey.accessibleDescription = raw.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      .map { $0.trimmedSpaces }.drop { $0.isEmpty }.joined(separator: "\n").trimmingTrailingEmptyLines
    return close + 1
  }

  /// `name: score: actor, actor`. Mermaid needs the colon and something after it; a score that
  /// is missing, not a number or outside 1–5 is taken with a warning that says what became of it.
  private mutating func task(at i: Int, lineEnd: Int) {
    let stop = MermaidEntities.commentStart(bytes, from: i, to: lineEnd)
    var colon = i
    while colon < stop && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
    guard colon < stop else {
      var message = "expected `:` and a score after the task name \(Quote.bytes(bytes, i..<stop)), as in `Make tea: 5: Me`"
      if stop < lineEnd { message += " (a `#` starts a comment: write #35; for the sign)" }
      log.error(at: stop, message)
      return
    }
    let name = text(from: i, to: colon)
    if name.isEmpty {
      log.error(at: i, "expected a task name before `:`")
      return
    }
    // Mermaid splits what follows the first colon at every colon: the score, the actors, and
    // anything further, which it ignores.
    var fields: [Range<Int>] = []
    var fieldStart = colon + 1
    for k in (colon + 1)..<max(colon + 1, stop) where bytes[k] == UInt8(ascii: ":") {
      fields.append(fieldStart..<k)
      fieldStart = k + 1
    }
    fields.append(fieldStart..<stop)
    let score = self.score(in: fields[0], task: name, lineEnd: lineEnd)
    var actors: [String] = []
    if fields.count > 1 {
      var pieceStart = fields[1].lowerBound
      for k in fields[1].lowerBound...fields[1].upperBound where k == fields[1].upperBound || bytes[k] == UInt8(ascii: ",") {
        let actor = text(from: pieceStart, to: k)
        if !actor.isEmpty && !actors.contains(actor) { actors.append(actor) }
        pieceStart = k + 1
      }
    }
    if fields.count > 2 {
      let extra = fields[2].lowerBound..<stop
      log.warning(at: extra.lowerBound - 1, "ignored after the actors, as Mermaid ignores it: \(Quote.bytes(bytes, extra))")
    }
    if journey.sections.isEmpty { journey.sections.append(MermaidJourney.Section(name: nil, offset: i)) }
    journey.sections[journey.sections.count - 1].tasks.append(MermaidJourney.Task(name: name, score: score, actors: actors, offset: i))
  }

  /// A score 1–5 from the text after the task's colon: rounded to a whole number and clamped,
  /// each with a warning; nil (no feeling) when it is empty or not a number.
  private mutating func score(in field: Range<Int>, task: String, lineEnd: Int) -> Int? {
    let start = skipBlanks(from: field.lowerBound, to: field.upperBound)
    let raw = String(decoding: bytes[start..<field.upperBound], as: UTF8.self).trimmedSpaces
    guard !raw.isEmpty else {
      log.warning(at: field.lowerBound - 1, "task \(Quote.text(task)) has no score: imported without a feeling (Mermaid draws it as 0)")
      return nil
    }
    guard let value = Self.number(raw) else {
      log.warning(at: start, "score \(Quote.text(raw)) is not a number 1–5: task \(Quote.text(task)) imported without a feeling")
      return nil
    }
    var score = value.rounded(.toNearestOrAwayFromZero)
    if score != value {
      log.warning(at: start, "score \(raw) is not a whole number: rounded to \(Int(max(-1e6, min(1e6, score))))")
    }
    if score < 1 || score > 5 {
      let clamped: Double = score < 1 ? 1 : 5
      log.warning(at: start, "score \(Quote.text(raw)) is outside 1–5: clamped to \(Int(clamped))")
      score = clamped
    }
    return Int(score)
  }

  /// A decimal number as people write scores: optional sign, digits, optional fraction.
  static func number(_ text: String) -> Double? {
    var digits = 0
    for (k, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "+"), UInt8(ascii: "-"): if k != 0 { return nil }
      case UInt8(ascii: "."): break
      case 0x30...0x39: digits += 1
      default: return nil
      }
    }
    guard digits > 0, text.utf8.filter({ $0 == UInt8(ascii: ".") }).count <= 1 else { return nil }
    return Double(text)
  }
}

extension String {
  /// The text without empty lines at its end.
  fileprivate var trimmingTrailingEmptyLines: String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
