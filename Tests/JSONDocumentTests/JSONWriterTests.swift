import Testing

@testable import JSONDocument

/// Output is deterministic, escapes what JSON requires, and parses back to the same value.
struct JSONWriterTests {
    @Test func writesInOrderWithTwoSpaces() {
        let value: JSONValue = ["b": 1, "a": ["x", true, nil], "c": [:], "d": []]
        #expect(
            JSONWriter.write(value) == """
                {
                  "b": 1,
                  "a": ["x", true, null],
                  "c": {},
                  "d": []
                }

                """)
        #expect(JSONWriter.write(value, pretty: false) == "{\"b\":1,\"a\":[\"x\",true,null],\"c\":{},\"d\":[]}\n")
    }

    @Test func numbersInShortestExactForm() {
        #expect(JSONWriter.format(number: 12500) == "12500")
        #expect(JSONWriter.format(number: -0.0) == "0")
        #expect(JSONWriter.format(number: 0.1) == "0.1")
        #expect(JSONWriter.format(number: 1e300) == "1e+300")
        #expect(JSONWriter.format(number: .nan) == "null")
        #expect(JSONWriter.write(.number(.infinity)) == "null\n")
    }

    @Test func escapes() {
        #expect(JSONWriter.quote("a\"b\\c\n\r\t\u{08}\u{0C}\u{01}\u{2028}£") == #""a\"b\\c\n\r\t\b\f\u0001\u2028£""#)
    }

    @Test func writtenValuesParseBackEqual() throws {
        let value: JSONValue = [
            "risks": [["id": "T01", "score": 12, "p": 2.5, "text": "line\nbreak \"quoted\" £ 😀"]],
            "empty": [], "flag": false, "nothing": nil, "deep": [[[1, [2, [3]]]]],
        ]
        for pretty in [true, false] {
            #expect(try JSONParser.parse(JSONWriter.write(value, pretty: pretty), source: "w").value == value)
        }
    }

    @Test func longOrNestedListsGoOnSeparateLines() {
        let long = JSONValue.array((1...13).map { .integer($0) })
        #expect(JSONWriter.write(long).split(separator: "\n").count == 15)
        #expect(JSONWriter.write(["a": [["b": 1]]]).contains("[\n    {"))
    }
}
