import JSONDocument
import Testing

@testable import TrustModel

/// Scenario files as a new user writes them: what loads, overrides and variants. Each kind of
/// mistake in a file, with its one clear error, is in the bad-input catalogue
/// (Tests/CommandsTests/Fixtures/bad, run by BadInputCatalogueTests).
struct ScenarioLoadingTests {
    static let scenario = Fixtures.small(extra: ModelInvariantTests.growth)

    @Test func theFixtureScenarioLoads() throws {
        let loaded = try Fixtures.load(Self.scenario)
        #expect(loaded.base.academies.map(\.id) == ["oak", "hill"])
        #expect(loaded.base.growth.map(\.id) == ["never", "always"])
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
            with:
                #""name": "Test trust", "variants": {"small-slice": {"trust.topSlicePercent": 2}, "no-growth": {"growth": []}, "bad": {"trust.topSlicePercent": 120}},"#
        )
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
