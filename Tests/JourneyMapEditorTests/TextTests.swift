import JourneyMapCore
@testable import JourneyMapEditor
import Testing

@Suite("Text")
struct TextTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("e\u{301}", 1), ("漢", 2), ("한", 2), ("😀", 2), ("🍜", 2), ("★", 1), ("…", 1), ("🌶", 1), ("ｱ", 1),
    ("Ａ", 2),
  ])
  func displayWidth(_ text: String, _ width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test(arguments: [
    ("plain", "plain"), ("\u{1B}[31m", "␛[31m"), ("a\tb", "a→b"), ("a\nb", "a↵b"), ("\u{7F}", "␡"), ("\u{9B}", "�"),
    ("\u{202E}evil", "�evil"), ("zero\u{200B}width", "zerowidth"), ("👩‍👩‍👧", "👩"), ("🇯🇵", "⚑"), ("❤️", "❤"),
    ("e\u{301}", "e\u{301}"), ("\u{301}", "◌\u{301}"),
  ])
  func safeText(_ input: String, _ shown: String) {
    #expect(SafeText.displayable(input) == shown)
  }

  @Test func wrapAndTruncateByDisplayWidth() {
    #expect(TextLayout.truncate("漢字テキスト", to: 7) == "漢字テ…")
    #expect(TextLayout.truncate("short", to: 10) == "short")
    #expect(TextLayout.wrap("the customer calls the helpline", width: 12, maxLines: 3) == ["the customer", "calls the", "helpline"])
    #expect(TextLayout.wrap("the customer calls the helpline again", width: 12, maxLines: 2) == ["the customer", "calls the h…"])
    #expect(TextLayout.wrap("supercalifragilistic", width: 8, maxLines: 3) == ["supercal", "ifragili", "stic"])
  }

  @Test func lineEditorHandlesMultiByteTextAndReadlineKeys() {
    var editor = LineEditor("héllo 漢字")
    #expect(editor.cursor == 8)
    _ = editor.handle(.backspace)
    #expect(editor.text == "héllo 漢")
    _ = editor.handle(.home)
    _ = editor.handle(.right)
    _ = editor.handle(.delete)
    #expect(editor.text == "hllo 漢")
    _ = editor.handle(.char("👩‍👩‍👧"))
    #expect(editor.text == "h👩‍👩‍👧llo 漢")
    _ = editor.handle(.ctrl("e"))
    _ = editor.handle(.ctrl("w"))
    #expect(editor.text == "h👩‍👩‍👧llo ")
    _ = editor.handle(.ctrl("a"))
    _ = editor.handle(.right)
    _ = editor.handle(.ctrl("k"))
    #expect(editor.text == "h")
    editor.setText("one two")
    _ = editor.handle(.left)
    _ = editor.handle(.ctrl("u"))
    #expect(editor.text == "o" && editor.cursor == 0)
    _ = editor.handle(.end)
    #expect(editor.cursor == 1)
    #expect(editor.handle(.enter) == false)
  }

  /// A copy of the editor (the recovery writer keeps one) never sees later typing, and typing
  /// after the copy works across the line where the small top joins the shared base.
  @Test func aCopyOfTheEditorKeepsItsTextWhileTypingGoesOn() {
    let start = String(repeating: "é", count: ByteStack.joinSize)
    var editor = LineEditor(start)
    let snapshot = editor
    for c in String(repeating: "ab", count: ByteStack.joinSize) { _ = editor.handle(.char(c)) }
    for _ in 0..<(ByteStack.joinSize + 3) { _ = editor.handle(.backspace) }
    #expect(snapshot.text == start)
    #expect(editor.text == start + String(repeating: "ab", count: ByteStack.joinSize / 2 - 2) + "a")
    let later = editor
    _ = editor.handle(.ctrl("u"))
    #expect(editor.text.isEmpty && later.text.count == ByteStack.joinSize * 2 - 3)
  }

  /// Stacks split differently between base and top are equal when their bytes are.
  @Test func byteStacksCompareByContent() {
    var pushed = ByteStack()
    pushed.push(Array(repeating: 7, count: ByteStack.joinSize + 5))
    pushed.push([1, 2, 3])
    var built = ByteStack(Array(repeating: 7, count: ByteStack.joinSize + 5) + [1, 2, 3, 4])
    #expect(pushed != built)
    built.pop(1)
    #expect(pushed == built)
    #expect(pushed.suffix(4) == [7, 1, 2, 3] && built.suffix(4) == [7, 1, 2, 3])
    pushed.pop(ByteStack.joinSize + 6)
    #expect(pushed.bytes == [7, 7] && pushed.last == 7 && pushed.count == 2)
  }

  /// The gap buffer moves by whole characters in both directions, whatever they are made of.
  @Test func lineEditorMovesByCharactersThroughAnyText() {
    let text = "a🇩🇪b👩‍👩‍👧c e\u{301}漢" + String(repeating: "x", count: 100_000)
    var editor = LineEditor(text)
    for _ in 0..<100_000 { _ = editor.handle(.left) }
    #expect(editor.cursor == 8)
    var seen: [Character] = []
    for _ in 0..<8 {
      _ = editor.handle(.left)
      seen.append(editor.around(before: 0, after: 1).after.first!)
    }
    #expect(String(seen.reversed()) == "a🇩🇪b👩‍👩‍👧c e\u{301}漢")
    _ = editor.handle(.right)
    _ = editor.handle(.right)
    _ = editor.handle(.backspace)
    _ = editor.handle(.delete)
    #expect(editor.text == "a👩‍👩‍👧c e\u{301}漢" + String(repeating: "x", count: 100_000))
    #expect(editor.around(before: 3, after: 2) == (before: ["a"], after: ["👩‍👩‍👧", "c"]))
    _ = editor.handle(.end)
    _ = editor.handle(.char("!"))
    #expect(editor.text.hasSuffix("xx!") && editor.cursor == editor.text.count)
  }

  @Test func keyNotation() throws {
    #expect(
      try KeyNotation.parse("a<Enter><Esc><C-s><lt><Up><S-Tab><BS><Space>é") == [
        .key(.char("a")), .key(.enter), .key(.escape), .key(.ctrl("s")), .key(.char("<")), .key(.up), .key(.backTab),
        .key(.backspace), .key(.char(" ")), .key(.char("é")),
      ])
    #expect(try KeyNotation.parse("<Resize-80x24><Click-20-5><WheelDown-1-1>") == [
      .resize(Size(columns: 80, rows: 24)), .mouse(MouseEvent(.press, column: 20, row: 5)),
      .mouse(MouseEvent(.wheelDown, column: 1, row: 1)),
    ])
    #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Bogus>") }
    // A lone < with no closing > is typed as is.
    #expect(try KeyNotation.parse("a<b") == [.key(.char("a")), .key(.char("<")), .key(.char("b"))])
  }
}
