import JSONDocument
import Testing

@testable import TrustModel

/// Scenario files as a new user writes them: what loads, and one clear error (file, line,
/// column, JSON path, what was found, what was expected) for each mistake.
struct ScenarioLoadingTests {
    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var replace: String
        var with: String
        var error: String
        var testDescription: String { name }
    }

    static let cases: [BadCase] = [
        BadCase(name: "a syntax error", replace: #""years": 4, "#, with: #""years": 4 "#,
                error: #"scenario.json:2:55: error: expected ',' or '}' after the value of 'years', found '"'."#),
        BadCase(name: "text where a number belongs", replace: #""topSlicePercent": 5"#, with: #""topSlicePercent": "five""#,
                error: #"scenario.json:7:32: error: trust.topSlicePercent: expected a number, found the text "five"."#),
        BadCase(name: "a negative pupil count", replace: #""pupils": 400"#, with: #""pupils": -400"#,
                error: "scenario.json:10:70: error: academies[0].pupils: expected a whole number from 0 to 100000, found the number -400."),
        BadCase(name: "a probability of 1.5", replace: #""probability": 0, "#, with: #""probability": 1.5, "#,
                error: "scenario.json:20:67: error: growth[0].probability: expected a number from 0 to 1, found the number 1.5."),
        BadCase(name: "an unknown template", replace: #""template": "primary", "probability": 1"#, with: #""template": "primry", "probability": 1"#,
                error: "scenario.json:21:14: error: growth[1]: the template 'primry' is not defined (did you mean 'primary'?); the templates are 'primary'."),
        BadCase(name: "a misspelt field", replace: #""topSlicePercent""#, with: #""topSlicePercnt""#,
                error: "scenario.json:7:13: error: unknown field 'topSlicePercnt' in trust; did you mean 'topSlicePercent'?"),
        BadCase(name: "NaN", replace: #""centralReserves": 200000"#, with: #""centralReserves": NaN"#,
                error: "scenario.json:7:54: error: trust.centralReserves: expected a number, found NaN."),
        BadCase(name: "an absurd number of years", replace: #""years": 4"#, with: #""years": 1000000000"#,
                error: "scenario.json:2:53: error: years: expected a whole number from 1 to 50, found the number 1000000000."),
        BadCase(name: "no trials", replace: #""trials": 2000"#, with: #""trials": 0"#,
                error: "scenario.json:2:66: error: trials: expected a whole number from 1 to 10000000, found the number 0."),
        BadCase(name: "a sponsored template with reserves", replace: #""type": "converter", "pupils": {"triangular""#,
                with: #""type": "sponsored", "pupils": {"triangular""#,
                error: "scenario.json:19:70: error: templates.primary.reserves: a sponsored academy opens with £0 reserves, because its deficit stays with the local authority; remove 'reserves' and describe any in-year deficit with 'structuralDeficit'."),
    ]

    static let scenario = Fixtures.small(extra: ModelInvariantTests.growth)

    @Test func theFixtureScenarioLoads() throws {
        let loaded = try Fixtures.load(Self.scenario)
        #expect(loaded.base.academies.map(\.id) == ["oak", "hill"])
        #expect(loaded.base.growth.map(\.id) == ["never", "always"])
    }

    @Test(arguments: cases) func eachMistakeGivesOneClearError(_ bad: BadCase) throws {
        let text = Self.scenario.replacingOccurrences(of: bad.replace, with: bad.with)
        #expect(text != Self.scenario, "the case's text to replace is not in the scenario")
        #expect {
            _ = try Fixtures.load(text)
        } throws: { error in
            "\(error)" == bad.error
        }
    }

    @Test func aMissingRegisterFileIsNamedAtTheFieldThatNamesIt() {
        let text = Self.scenario.replacingOccurrences(of: #""name": "Test trust","#, with: #""name": "Test trust", "registers": {"risks": "registers/trust.csv"},"#)
        #expect {
            _ = try Fixtures.load(text)
        } throws: { error in
            guard let error = error as? ScenarioError, error.isMissingFile else { return false }
            return "\(error)" == "scenario.json:2:38: error: registers: the file 'registers/trust.csv' does not exist or cannot be read; paths are relative to the scenario file."
        }
    }

    @Test func overridesFromTheCommandLineAreCheckedLikeTheFile() throws {
        let loaded = try Fixtures.load(Self.scenario, overrides: ["trust.topSlicePercent=6.5", "years=3"])
        #expect(loaded.base.trust.topSlicePercent == 6.5 && loaded.base.years == 3)
        #expect(throws: JSONError.self) { try Fixtures.load(Self.scenario, overrides: ["trust.topSlicePercnt=6.5"]) }
        #expect(throws: JSONError.self) { try Fixtures.load(Self.scenario, overrides: ["years=many"]) }
        #expect(throws: ScenarioError.malformedOverride("years")) { try Fixtures.load(Self.scenario, overrides: ["years"]) }
    }

    @Test func variantsOverrideFieldsByPathAndNameTheVariantInErrors() throws {
        let text = Self.scenario.replacingOccurrences(
            of: #""name": "Test trust","#,
            with: #""name": "Test trust", "variants": {"small-slice": {"trust.topSlicePercent": 2}, "no-growth": {"growth": []}, "bad": {"trust.topSlicePercent": 120}},"#)
        #expect {
            _ = try Fixtures.load(text)
        } throws: { error in
            "\(error)".contains("error: in variant 'bad': trust.topSlicePercent: expected a number from 0 to 100")
        }
        let good = try Fixtures.load(text.replacingOccurrences(of: #", "bad": {"trust.topSlicePercent": 120}"#, with: ""))
        #expect(good.variantNames == ["small-slice", "no-growth"])
        #expect(try good.scenario(variant: "small-slice").trust.topSlicePercent == 2)
        #expect(try good.scenario(variant: "no-growth").growth.isEmpty)
        #expect(throws: ScenarioError.self) { try good.scenario(variant: "smal-slice") }
    }
}
