import JourneyMapCore
import Testing

@Suite("JSON parser")
struct JSONParserTests {
  func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8)).root.value
  }

  func error(_ bytes: [UInt8]) -> String? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return error.message
    }
  }

  @Test func escapesAndSurrogatePairs() throws {
    #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\té😀"))
  }

  @Test func numbersKeepTheirLiteral() throws {
    #expect(try parse("[0, -1, 2.50, 1e10, -0.5E-3]") == .array([.number("0"), .number("-1"), .number("2.50"), .number("1e10"), .number("-0.5E-3")]))
  }

  @Test(arguments: [
    ("01", "invalid number: leading zeros are not allowed"),
    ("1.", "invalid number: expected a digit after '.'"),
    ("-", "invalid number: expected a digit"),
    ("1e", "invalid number: expected a digit in the exponent"),
    ("tru", "unexpected character 't'; expected a value"),
    ("[1,]", "unexpected character ']'; expected a value"),
    ("{\"a\" 1}", "unexpected character '1'; expected ':' after key \"a\""),
    ("{'a': 1}", "unexpected character '''; expected a key in quotes"),
    ("\"\\x\"", "invalid escape \\x in a string"),
    ("\"\\udc00\"", "lone surrogate \\uDC00 in a string"),
    ("\"\\u12\"", "incomplete \\u escape in a string"),
    ("\"\\u12zz\"", "invalid \\u escape in a string"),
    ("[1] [2]", "unexpected character '[' after the end of the document"),
    ("", "the file is empty; expected a JSON object"),
    ("\"abc", "the file ends inside this string (is it truncated?)"),
  ])
  func syntaxErrors(_ input: String, _ message: String) {
    #expect(error(Array(input.utf8)) == message)
  }

  @Test func invalidUTF8IsReportedAtTheBadByte() {
    #expect(error([0x22, 0x61, 0xC3, 0x28, 0x22]) == "invalid UTF-8 byte 0xC3")
    // Overlong encoding of '/' and an encoded surrogate are rejected too.
    #expect(error([0x22, 0xC0, 0xAF, 0x22]) == "invalid UTF-8 byte 0xC0")
    #expect(error([0x22, 0xED, 0xA0, 0x80, 0x22]) == "invalid UTF-8 byte 0xED")
    #expect(error([0xFF]) == "unexpected invalid UTF-8 byte 0xFF; expected a value")
  }

  @Test func hostileNestingIsRefusedNotACrash() {
    let deep = Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000)
    #expect(error(deep) == "nesting is deeper than 512 levels")
    let ok = Array(repeating: UInt8(ascii: "["), count: 512) + Array(repeating: UInt8(ascii: "]"), count: 512)
    #expect(error(ok) == nil)
  }

  @Test func duplicateKeysAreReportedAndTheFirstValueKept() throws {
    let result = try JSONParser.parse(Array(#"{"a": 1, "b": 2, "a": 3}"#.utf8))
    #expect(result.problems.map(\.message) == ["duplicate key \"a\""])
    #expect(result.root.value == .object([JSONMember(key: "a", value: .number("1")), JSONMember(key: "b", value: .number("2"))]))
  }

  @Test func aByteOrderMarkIsTolerated() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)).root.value == .object([]))
  }
}
