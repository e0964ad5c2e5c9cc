/// Where an opportunity stands. The order is the life of one: an idea from the room, planned by
/// a team, being done, done — or dropped on purpose, which is a decision too.
public enum OpportunityStatus: String, CaseIterable, Sendable, Comparable {
  case idea
  case planned
  case doing
  case done
  case dropped

  /// One glyph for a narrow cell or a terminal list: a circle filling up as the work goes on,
  /// from the same geometric-shapes block as the editor's ★ and ◆ (one column wide).
  public var glyph: String {
    switch self {
    case .idea: return "○"
    case .planned: return "◔"
    case .doing: return "◑"
    case .done: return "●"
    case .dropped: return "⊘"
    }
  }

  /// The next status when cycling with one key: dropped comes last, then back to idea.
  public var next: OpportunityStatus {
    let all = OpportunityStatus.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  public static func < (a: OpportunityStatus, b: OpportunityStatus) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// A rough size on a three-step scale, for impact and effort: enough to sort a backlog in a
/// workshop without pretending to a precision the room does not have.
public enum Level: String, CaseIterable, Sendable, Comparable {
  case low
  case medium
  case high

  /// `L`, `M` or `H`, as the editor's cells and the matrix show it.
  public var letter: String {
    switch self {
    case .low: return "L"
    case .medium: return "M"
    case .high: return "H"
    }
  }

  /// The next level when cycling with one key; after high comes "not judged" (nil).
  public static func cycle(_ level: Level?) -> Level? {
    switch level {
    case nil: return .low
    case .low: return .medium
    case .medium: return .high
    case .high: return nil
    }
  }

  public static func < (a: Level, b: Level) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// The two texts of an opportunity's tracking that have a shape: the due date and the link.
/// One place decides what is valid, for the validator, the editor and the schema's docs.
public enum TrackingText {
  /// Whether `text` is a calendar date written `YYYY-MM-DD` (the proleptic Gregorian calendar,
  /// years 0001–9999): the only form that sorts as text and reads the same in every locale.
  public static func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return false }
    guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return day <= days
  }

  /// Whether `text` is a link an export may make clickable: `http://` or `https://`, a host,
  /// and no spaces or control characters. Other schemes (`javascript:`, `data:`, `file:`) are
  /// refused, because every export turns the link into something a reader clicks.
  public static func isLink(_ text: String) -> Bool {
    let bytes = text.utf8
    func hasScheme(_ scheme: String) -> Bool {
      // ASCII letters any case (`HTTPS://`); the scheme is all ASCII.
      bytes.count > scheme.utf8.count && zip(bytes, scheme.utf8).allSatisfy { (0x41...0x5A ~= $0 ? $0 | 0x20 : $0) == $1 }
    }
    let rest = hasScheme("https://") ? 8 : hasScheme("http://") ? 7 : 0
    guard rest > 0 else { return false }
    let first = bytes[bytes.index(bytes.startIndex, offsetBy: rest)]
    guard first != UInt8(ascii: "/"), first != UInt8(ascii: "?"), first != UInt8(ascii: "#") else { return false }
    // No space, control or other whitespace (U+00A0, U+2028, U+3000…) anywhere: scalar by
    // scalar, with Unicode's properties read only for what is not ASCII.
    return text.unicodeScalars.allSatisfy { scalar in
      let v = scalar.value
      return v > 0x20 && v != 0x7F && !(0x80...0x9F).contains(v) && (v < 0x80 || !scalar.properties.isWhitespace)
    }
  }
}
