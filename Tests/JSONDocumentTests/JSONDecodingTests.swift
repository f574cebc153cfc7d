import Testing

@testable import JSONDocument

/// Cursors and object readers turn a wrong value into a sentence with its file, place and path.
struct JSONDecodingTests {
    func cursor(_ text: String) throws -> JSONCursor {
        JSONCursor(node: try JSONParser.parse(text, source: "s.json"), source: "s.json")
    }

    @Test func wrongKindNamesPathAndValue() throws {
        var object = try cursor("{\"trust\": {\"topSlicePercent\": \"five\"}}").object()
        var trust = try object.required("trust").object()
        let field = try trust.required("topSlicePercent")
        #expect(throws: JSONError.self) { try field.double() }
        do {
            _ = try field.double()
        } catch {
            #expect("\(error)" == "s.json:1:31: error: trust.topSlicePercent: expected a number, found the text \"five\".")
        }
    }

    @Test func rangesAndWholeNumbers() throws {
        var object = try cursor("{\"a\": 7, \"b\": 2.5, \"c\": 3}").object()
        let a = try object.required("a")
        let b = try object.required("b")
        let c = try object.required("c")
        #expect(throws: JSONError.invalidValue(a.location, expected: "a whole number from 1 to 5", found: "the number 7")) {
            try a.int(in: 1...5)
        }
        #expect(throws: JSONError.invalidValue(b.location, expected: "a whole number", found: "the number 2.5")) { try b.int() }
        #expect(try c.int(in: 1...5) == 3)
        #expect(try b.double(in: 0...10) == 2.5)
    }

    @Test func choicesAcceptAnyCaseAndSuggestTheNearest() throws {
        var object = try cursor("{\"a\": \"Cautious\", \"b\": \"cautous\", \"c\": \"zzz\"}").object()
        let allowed = ["averse", "minimal", "cautious"]
        #expect(try object.required("a").choice(of: allowed) == "cautious")
        let b = try object.required("b")
        #expect(
            throws: JSONError.invalidValue(
                b.location, expected: "one of 'averse', 'minimal', 'cautious' (did you mean 'cautious'?)", found: "the text \"cautous\"")
        ) {
            try b.choice(of: allowed)
        }
        let c = try object.required("c")
        #expect(throws: JSONError.invalidValue(c.location, expected: "one of 'averse', 'minimal', 'cautious'", found: "the text \"zzz\"")) {
            try c.choice(of: allowed)
        }
    }

    @Test func finishReportsUnknownFieldsWithASuggestion() throws {
        var object = try cursor("{\"years\": 5,\n \"topSlicePercnt\": 4}").object()
        _ = object.optional("years")
        _ = object.optional("topSlicePercent")
        #expect(throws: JSONError.self) { try object.finish() }
        do { try object.finish() } catch {
            #expect("\(error)" == "s.json:2:2: error: unknown field 'topSlicePercnt' at the top level; did you mean 'topSlicePercent'?")
        }
    }

    @Test func missingAndNullFields() throws {
        var object = try cursor("{\"a\": null}").object()
        #expect(object.optional("a") == nil, "null counts as absent")
        #expect(throws: JSONError.self) { try object.required("b") }
        do { _ = try object.required("b") } catch {
            #expect("\(error)" == "s.json:1:1: error: missing required field 'b'.")
        }
    }

    @Test func arraysGiveIndexedPaths() throws {
        let items = try cursor("[1, \"x\"]").array()
        #expect(items[1].path.description == "[1]")
        #expect(throws: JSONError.self) { try items[1].int() }
    }
}
