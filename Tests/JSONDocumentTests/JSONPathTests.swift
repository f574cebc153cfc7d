import Testing

@testable import JSONDocument

/// Paths, overrides (`--set`) and spelling suggestions.
struct JSONPathTests {
    @Test func pathsParseAndPrint() {
        #expect(
            JSONPath(parsing: "trust.centralCosts.steps[0].cost")?.components == [
                .field("trust"), .field("centralCosts"), .field("steps"), .index(0), .field("cost"),
            ])
        #expect(JSONPath(parsing: "a[1][2]")?.description == "a[1][2]")
        for bad in ["", ".a", "a.", "a[", "a[x]", "a[-1]", "[0]"] {
            #expect(JSONPath(parsing: bad) == nil, "\(bad)")
        }
        #expect(JSONPath.root.description == "(top level)")
    }

    @Test func settingReplacesAddsAndComplains() throws {
        let doc = try JSONParser.parse("{\"trust\": {\"topSlicePercent\": 5}, \"steps\": [1, 2]}", source: "s")
        let four = JSONNode.commandLineValue("4")
        let set = try doc.setting(JSONPath(parsing: "trust.topSlicePercent")!, to: four)
        #expect(set["trust"]?["topSlicePercent"]?.kind == .number(4))
        let added = try doc.setting(JSONPath(parsing: "economy.uplift")!, to: JSONNode.commandLineValue("{\"uniform\": [1, 2]}"))
        #expect(added["economy"]?["uplift"]?["uniform"] != nil)
        #expect(throws: JSONNode.OverrideError.noSuchIndex(JSONPath(parsing: "steps")!, 5, count: 2)) {
            try doc.setting(JSONPath(parsing: "steps[5]")!, to: four)
        }
        #expect(throws: JSONNode.OverrideError.notAnObject(JSONPath(parsing: "trust.topSlicePercent")!)) {
            try doc.setting(JSONPath(parsing: "trust.topSlicePercent.x")!, to: four)
        }
        #expect(JSONNode.commandLineValue("grow to 12").kind == .string("grow to 12"))
    }

    @Test func suggestionsAreCloseButNeverWholeReplacements() {
        #expect(Spelling.suggestion(for: "--fromat", among: ["--format", "--as-of"]) == "--format")
        #expect(Spelling.suggestion(for: "topSlicePercnt", among: ["topSlicePercent", "years"]) == "topSlicePercent")
        #expect(Spelling.suggestion(for: "Likelyhood", among: ["Likelihood", "Impact"]) == "Likelihood")
        #expect(Spelling.suggestion(for: "x", among: ["id", "L"]) == nil)
        #expect(Spelling.suggestion(for: "zz", among: ["id"]) == nil)
        #expect(Spelling.suggestion(for: "T5", among: ["T05", "T12"]) == "T05")
        #expect(Spelling.suggestion(for: "", among: ["a"]) == nil)
        #expect(Spelling.editDistance("kitten", "sitting") == 3)
    }
}
