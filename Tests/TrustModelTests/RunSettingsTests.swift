import JSONDocument
import Testing

@testable import TrustModel

/// `--trials`, `--seed` and `--years` reach the scenario as typed settings, set on the decoded
/// base and on every variant, each checked by its field's rule.
struct RunSettingsTests {
    static let json = Fixtures.small(extra: #", "variants": {"four": {"trust.topSlicePercent": 4}, "long": {"years": 6}}"#)

    static func load(_ settings: RunSettings, json: String = json) throws -> LoadedScenario {
        try ScenarioLoader.load(path: "scenario.json", files: Fixtures.memory(["scenario.json": json]), settings: settings)
    }

    @Test func theSettingsReachTheBaseAndEveryVariant() throws {
        // A seed above 2^53 cannot pass through a JSON number; as a typed value it is kept exactly.
        let seed: UInt64 = (1 << 60) + 1
        let loaded = try Self.load(RunSettings(trials: 300, seed: seed, years: 2))
        for scenario in [loaded.base] + (try loaded.variantNames.map { try loaded.scenario(variant: $0) }) {
            #expect(scenario.trials == 300 && scenario.seed == seed && scenario.years == 2)
        }
        #expect(try loaded.scenario(variant: "four").trust.topSlicePercent == 4)
        let plain = try Self.load(RunSettings())
        let long = try plain.scenario(variant: "long")
        #expect(plain.base.trials == 2_000 && plain.base.seed == 7 && long.years == 6)
    }

    @Test func aSettingOutOfRangeIsRefusedAtItsField() {
        let error = #expect(throws: JSONError.self) { try Self.load(RunSettings(trials: 0)) }
        #expect(error?.description == "scenario.json: error: trials: expected a whole number from 1 to 10000000, found the number 0.")
    }

    @Test func theRunsSizeIsCheckedWithTheSettingsOn() throws {
        let huge = Fixtures.small(trials: 10_000_000)
        #expect(throws: JSONError.self) { try Self.load(RunSettings(years: 10), json: huge) }
        // The file alone asks for 40,000,000 trial-years, within the limit; fewer trials always load.
        #expect(try Self.load(RunSettings(trials: 1_000), json: huge).base.trials == 1_000)
        let variant = #expect(throws: ScenarioError.self) { try Self.load(RunSettings(trials: 9_000_000)) }
        #expect(variant?.description.contains("in variant 'long': 9000000 trials of 6 years") == true)
    }
}
