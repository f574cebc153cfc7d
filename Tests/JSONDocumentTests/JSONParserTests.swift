import Foundation
import Testing

@testable import JSONDocument

/// The parser reads JSON and hand-written JSON5, and every value keeps its place in the file.
struct JSONParserTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(text, source: "t.json") }

    func syntaxError(_ text: String) -> JSONError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as JSONError { return error } catch { return nil }
    }

    @Test func readsJSON5FixtureWithPositions() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("scenario.json5"), encoding: .utf8)
        let root = try JSONParser.parse(text, source: "scenario.json5")
        #expect(root["name"]?.kind == .string("Oak Valley: grow to 12"))
        #expect(root["name"]?.position == SourcePosition(line: 3, column: 9))
        #expect(root["years"]?.kind == .number(5))
        guard case .array(let steps)? = root["trust"]?["steps"]?.kind else {
            Issue.record("steps is not a list")
            return
        }
        #expect(steps[0]["cost"]?.kind == .number(180_000))
        #expect(steps[1].position == SourcePosition(line: 7, column: 53))
        #expect(root["ratio"]?.kind == .number(0.5))
    }

    @Test func numbersInEveryForm() throws {
        for (text, value) in [
            ("1", 1.0), ("-2.5", -2.5), ("+3", 3), ("1e3", 1000), ("2.5E-1", 0.25), ("0x10", 16), ("-0x10", -16), ("5.", 5),
        ] {
            #expect(try parse(text).kind == .number(value), "\(text)")
        }
        #expect(try parse("Infinity").kind == .number(.infinity))
        #expect(try parse("-Infinity").kind == .number(-.infinity))
        guard case .number(let nan) = try parse("NaN").kind else {
            Issue.record("NaN")
            return
        }
        #expect(nan.isNaN)
    }

    @Test func stringEscapes() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\u00A3""#).kind == .string("a\"b\\c/d\n\t£"))
        #expect(try parse(#""\uD83D\uDE00""#).kind == .string("😀"))
        #expect(try parse("'it\\'s'").kind == .string("it's"))
        #expect(try parse("\"one \\\ntwo\"").kind == .string("one two"))
        #expect(try parse("\"one \\\r\ntwo\"").kind == .string("one two"), "a line continuation in a CRLF file")
    }

    @Test func aLoneHighSurrogateDoesNotSwallowTheNextEscape() throws {
        #expect(try parse(#""\uD800\u0041""#).kind == .string("\u{FFFD}A"))
        #expect(try parse(#""\uD800x""#).kind == .string("\u{FFFD}x"))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let node = try JSONParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8), source: "bom.json")
        #expect(node["a"]?.position == SourcePosition(line: 1, column: 7))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let node = try parse("{\"£\": 1, \"b\": 2}")
        #expect(node["b"]?.position == SourcePosition(line: 1, column: 15))
    }

    @Test(arguments: [
        ("", "t.json:1:1: error: the file is empty; expected a JSON object such as { \"name\": ... }."),
        ("{\"a\": 1", "t.json:1:1: error: this object is never closed with '}'."),
        ("[1, 2", "t.json:1:1: error: this list is never closed with ']'."),
        ("{\"a\": 1 \"b\": 2}", "t.json:1:9: error: expected ',' or '}' after the value of 'a', found '\"'."),
        ("{\"a\": 1, \"a\": 2}", "t.json:1:10: error: the field 'a' is written twice in this object; keep one."),
        ("{\"a\": five}", "t.json:1:7: error: expected the value of 'a', found the word 'five' (text must be in quotes)."),
        ("\"abc", "t.json:1:1: error: this text is never closed with its quote."),
        ("\"a\\q\"", "t.json:1:5: error: '\\q' is not an escape JSON knows."),
        ("{} x", "t.json:1:4: error: unexpected 'x' after the end of the document."),
        ("/* open", "t.json:1:1: error: this comment is never closed with '*/'."),
        ("1.2.3", "t.json:1:1: error: '1.2.3' is not a number."),
        ("{\"a\": -}", "t.json:1:7: error: '-' is not a number."),
    ])
    func syntaxErrorsNameThePlace(text: String, message: String) {
        #expect(syntaxError(text)?.description == message)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 10_000)
        #expect(syntaxError(deep)?.description.contains("nested more than 200 deep") == true)
    }
}
