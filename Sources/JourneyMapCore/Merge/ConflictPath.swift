/// Where a conflict is: `$`, then `.key`, `["key"]` (any key, as a JSON string literal, so `"`,
/// `\` and `]` in an `x-` key are escaped and the path reads back the same), or `[id=X]` (the
/// element of an array with that id; ids never contain `]`).
///
/// Paths written before keys were escaped (`["key"]` verbatim) still read: where the escaped
/// reading and the verbatim one differ, a segment keeps both and the one the map has wins.
struct ConflictPath: Equatable {
  enum Segment: Equatable {
    /// A member; `legacy` is the verbatim reading of an old unescaped path, when it differs.
    case key(String, legacy: String? = nil)
    case id(String)

    /// The key of a member segment.
    var key: String? {
      if case .key(let key, _) = self { return key }
      return nil
    }

    /// The id of an element segment.
    var id: String? {
      if case .id(let id) = self { return id }
      return nil
    }
  }

  var segments: [Segment]

  /// The text of a member segment: `.name` for plain names, `["…"]` escaped otherwise.
  static func member(_ key: String) -> String {
    let plain =
      !key.isEmpty && key.unicodeScalars.allSatisfy { s in
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_" || s == "$"
      }
    return plain ? "." + key : "[" + quoted(key) + "]"
  }

  /// A JSON string literal, on one line.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}":
        out += "\\u" + hex(scalar.value, width: 4, uppercase: false)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  init?(_ text: String) {
    guard text.hasPrefix("$") else { return nil }
    var segments: [Segment] = []
    let scalars = Array(text.unicodeScalars)
    var i = 1
    func string(_ range: Range<Int>) -> String {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[range])
      return String(s)
    }
    while i < scalars.count {
      if scalars[i] == "." {
        var end = i + 1
        while end < scalars.count && scalars[end] != "." && scalars[end] != "[" { end += 1 }
        segments.append(.key(string((i + 1)..<end)))
        i = end
      } else if scalars.count >= i + 4 && string(i..<(i + 4)) == "[id=" {
        guard let close = scalars[(i + 4)...].firstIndex(of: "]") else { return nil }
        segments.append(.id(string((i + 4)..<close)))
        i = close + 1
      } else if i + 1 < scalars.count && scalars[i] == "[" && scalars[i + 1] == "\"" {
        // The verbatim reading of old paths: up to the first `"]`.
        var legacyEnd: Int? = nil
        var j = i + 2
        while j + 1 < scalars.count {
          if scalars[j] == "\"" && scalars[j + 1] == "]" {
            legacyEnd = j
            break
          }
          j += 1
        }
        if let (key, next) = ConflictPath.unquote(scalars, from: i + 1), next < scalars.count, scalars[next] == "]" {
          let legacy = legacyEnd.map { string((i + 2)..<$0) }
          segments.append(.key(key, legacy: legacy == key ? nil : legacy))
          i = next + 1
        } else if let legacyEnd {
          segments.append(.key(string((i + 2)..<legacyEnd)))
          i = legacyEnd + 2
        } else {
          return nil
        }
      } else {
        return nil
      }
    }
    self.segments = segments
  }

  /// Reads a JSON string literal starting at the opening quote; returns the text and the index
  /// after the closing quote, or nil if it is not a well-formed literal.
  static func unquote(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
    guard start < s.count, s[start] == "\"" else { return nil }
    var out = String.UnicodeScalarView()
    var i = start + 1
    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= s.count else { return nil }
      var v: UInt32 = 0
      for k in at..<(at + 4) {
        guard let d = Character(s[k]).hexDigitValue else { return nil }
        v = v * 16 + UInt32(d)
      }
      return v
    }
    while i < s.count {
      let c = s[i]
      if c == "\"" { return (String(out), i + 1) }
      guard c == "\\" else {
        out.append(c)
        i += 1
        continue
      }
      guard i + 1 < s.count else { return nil }
      switch s[i + 1] {
      case "\"": out.append("\"")
      case "\\": out.append("\\")
      case "/": out.append("/")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "n": out.append("\n")
      case "r": out.append("\r")
      case "t": out.append("\t")
      case "u":
        guard var v = hex4(i + 2) else { return nil }
        i += 4
        if (0xD800...0xDBFF).contains(v) {
          guard i + 3 < s.count, s[i + 2] == "\\", s[i + 3] == "u", let low = hex4(i + 4), (0xDC00...0xDFFF).contains(low) else { return nil }
          v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        }
        guard let scalar = Unicode.Scalar(v) else { return nil }
        out.append(scalar)
      default: return nil
      }
      i += 2
    }
    return nil
  }
}
