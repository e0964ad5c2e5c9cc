/// Finds Mermaid diagrams in Markdown: fenced code blocks (```` ``` ```` or `~~~`, CommonMark's
/// rules) whose info string starts with `mermaid`, as GitHub, GitLab and most documentation
/// sites render them.
enum MermaidMarkdown {
  struct Block: Equatable {
    /// Where the fence line starts (for messages about the block).
    var fence: Int
    /// The block's content: from the line after the opening fence to the closing fence.
    var content: Range<Int>
  }

  static func mermaidBlocks(in bytes: [UInt8]) -> [Block] {
    var blocks: [Block] = []
    var line = 0
    let end = bytes.count
    var open: (fence: Int, char: UInt8, length: Int, isMermaid: Bool, content: Int)?
    while line < end {
      let lineEnd = MermaidPreamble.endOfLine(bytes, from: line, end: end)
      let next = MermaidPreamble.nextLine(bytes, after: lineEnd, end: end)
      var i = line
      while i < lineEnd && i - line < 3 && bytes[i] == 0x20 { i += 1 }
      var run = i
      let char = i < lineEnd ? bytes[i] : 0
      if char == UInt8(ascii: "`") || char == UInt8(ascii: "~") {
        while run < lineEnd && bytes[run] == char { run += 1 }
      }
      let length = run - i
      if let current = open {
        // A closing fence: the same character, at least as long, nothing after it but blanks.
        if length >= current.length && char == current.char && isBlank(bytes, run, lineEnd) {
          if current.isMermaid { blocks.append(Block(fence: current.fence, content: current.content..<line)) }
          open = nil
        }
      } else if length >= 3 {
        let info = skip(bytes, run, lineEnd)
        let infoText = bytes[info..<lineEnd]
        // A backtick fence's info string may not contain a backtick.
        if !(char == UInt8(ascii: "`") && infoText.contains(UInt8(ascii: "`"))) {
          open = (line, char, length, startsWithMermaid(infoText), next)
        }
      }
      line = next
    }
    // An unclosed fence runs to the end of the document.
    if let current = open, current.isMermaid { blocks.append(Block(fence: current.fence, content: current.content..<end)) }
    return blocks
  }

  private static func isBlank(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
    bytes[from..<to].allSatisfy(MermaidPreamble.isBlank)
  }

  private static func skip(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
    var i = from
    while i < to && MermaidPreamble.isBlank(bytes[i]) { i += 1 }
    return i
  }

  private static func startsWithMermaid(_ info: ArraySlice<UInt8>) -> Bool {
    let word = Array("mermaid".utf8)
    guard info.count >= word.count else { return false }
    let head = info.prefix(word.count).map { $0 | 0x20 }
    guard head == word else { return false }
    return info.count == word.count || !MermaidEntities.isWordByte(info[info.startIndex + word.count])
  }

  /// Whether a block's first statement is `journey` (after front matter, blank lines, comments
  /// and directives), found without parsing the whole block.
  static func isJourney(_ bytes: [UInt8], _ block: Block) -> Bool {
    var scratch = MessageLog()
    let (body, _) = MermaidPreamble.frontMatter(bytes, start: block.content.lowerBound, end: block.content.upperBound, log: &scratch)
    var line = body
    var inDirective = false
    while line < block.content.upperBound {
      let lineEnd = MermaidPreamble.endOfLine(bytes, from: line, end: block.content.upperBound)
      let i = skip(bytes, line, lineEnd)
      let text = bytes[i..<lineEnd]
      if inDirective {
        if contains(text, "}%%") { inDirective = false }
      } else if text.starts(with: Array("%%{".utf8)) {
        inDirective = !contains(text, "}%%")
      } else if !text.isEmpty && !text.starts(with: Array("%%".utf8)) {
        let word = Array("journey".utf8)
        guard text.count >= word.count, text.prefix(word.count).map({ $0 | 0x20 }) == word else { return false }
        return text.count == word.count || MermaidPreamble.isBlank(text[text.startIndex + word.count])
      }
      line = MermaidPreamble.nextLine(bytes, after: lineEnd, end: block.content.upperBound)
    }
    return false
  }

  private static func contains(_ text: ArraySlice<UInt8>, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard text.count >= pattern.count else { return false }
    var i = text.startIndex
    while i + pattern.count <= text.endIndex {
      if text[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
      i += 1
    }
    return false
  }
}
