import JSONDocument
import MonteCarlo
import Testing

@testable import TrustModel

/// `--set path+=x`, `-=x`, `*=x`, in variants too: a number or distribution moved or scaled from
/// what the file (or its default) says, checked by the field's own rule.
struct ScenarioShiftTests {
    static let json = Fixtures.small(
        extra: """
            ,
            "variants": {"pay+1": {"economy.payAwardPercent+=": 1}, "costs+10%": {"trust.centralCosts.fixed*=": 1.1},
                         "set then shift": {"trust.topSlicePercent": 4, "trust.topSlicePercent+=": 0.5}}
            """)

    @Test func aPlusOneOnATriangularPayAwardMovesItsMeanByExactlyOne() throws {
        let plain = try Fixtures.load(Self.json).base.economy.payAwardPercent
        let shifted = try Fixtures.load(Self.json, overrides: ["economy.payAwardPercent+=1"]).base.economy.payAwardPercent
        #expect(plain == (try .triangular(min: 2, mode: 3.5, max: 6.5)))
        #expect(shifted == (try .triangular(min: 3, mode: 4.5, max: 7.5)))
        #expect(shifted.mean - plain.mean == 1)
    }

    @Test func theOperatorsOnNumbersAndDistributions() throws {
        let base = try Fixtures.load(Self.json).base
        let edited = try Fixtures.load(
            Self.json,
            overrides: [
                "trust.centralReserves-=50000", "trust.centralCosts.fixed*=1.1", "academies[1].pupils*=1.05",
                "economy.fundingUpliftPercent+=0.5", "economy.nonPayInflationPercent*=2",
            ]
        ).base
        #expect(edited.trust.centralReserves == base.trust.centralReserves - 50_000)
        #expect(edited.trust.centralCosts.fixed == base.trust.centralCosts.fixed * 1.1)
        #expect(edited.academies[1].pupils == 1050)
        #expect(edited.economy.fundingUpliftPercent == (try .normal(mean: 2.5, standardDeviation: 0.8)))
        #expect(edited.economy.nonPayInflationPercent == (try .triangular(min: 3, mode: 6, max: 16)))
    }

    /// A field the file leaves out is shifted from its default (no pay grant: 0%).
    @Test func aDefaultIsShiftedFromItsDefault() throws {
        let json = Self.json.replacingOccurrences(of: #""payGrantCoveragePercent": {"uniform": [0, 60]}, "#, with: "")
        #expect(try Fixtures.load(json).base.economy.payGrantCoveragePercent == .fixed(0))
        #expect(
            try Fixtures.load(json, overrides: ["economy.payGrantCoveragePercent+=20"]).base.economy.payGrantCoveragePercent == .fixed(20))
    }

    /// Shifts come after every value is set, the variant's then the command line's.
    @Test func variantsShiftToo() throws {
        let loaded = try Fixtures.load(Self.json, overrides: ["economy.payAwardPercent+=0.5"])
        #expect(try loaded.scenario(variant: "pay+1").economy.payAwardPercent == (try .triangular(min: 3.5, mode: 5, max: 8)))
        #expect(try loaded.scenario(variant: "costs+10%").trust.centralCosts.fixed == 300_000 * 1.1)
        #expect(try loaded.scenario(variant: "set then shift").trust.topSlicePercent == 4.5)
    }

    @Test func mistakesAreRefusedAtTheirPath() {
        func refusal(_ override: String) -> String? { message { _ = try Fixtures.load(Self.json, overrides: [override]) } }
        #expect(
            refusal("economy.payAwardPercent*=0")
                == "error: --set 'economy.payAwardPercent*=0': *= scales by a factor above zero, not 0; to set a value, write = instead.")
        #expect(
            refusal("economy.payAwardPercent+=one")
                == "error: --set 'economy.payAwardPercent+=one': a shift (+=, -=, *=) takes a number, e.g. economy.payAwardPercent+=1.")
        #expect(refusal("name+=1") == "scenario.json: error: name: is not a number, so an experiment cannot vary it.")
        #expect(
            refusal("economy.payAwardPercnt+=1")
                == "scenario.json: error: unknown field 'payAwardPercnt' in economy; did you mean 'payAwardPercent'?")
        // The field's own rule still holds: a top-slice below zero, pupils beyond capacity.
        #expect(refusal("trust.topSlicePercent-=6")?.hasPrefix("scenario.json: error: trust.topSlicePercent: ") == true)
        #expect(refusal("academies[0].pupils+=100")?.contains("academies[0].pupils") == true)
        #expect(refusal("economy.payGrantCoveragePercent+=50")?.contains("economy.payGrantCoveragePercent") == true)
    }

    @Test func anUnknownDistributionFormIsRefusedWithEveryForm() {
        let text = message { _ = try Fixtures.load(Self.json, overrides: [#"economy.payAwardPercent={"fixed": 4.5}"#]) }
        #expect(
            text
                == "scenario.json: error: economy.payAwardPercent: 'fixed' is not a distribution form; write a plain number (a fixed value, e.g. 4.5), "
                + #"{"uniform": [min, max]}, {"triangular": [min, mode, max]}, {"pert": [min, mode, max]}, {"normal": [mean, sd]}, "#
                + #"{"lognormal": [mean, sd]}, {"bernoulli": p}, {"poisson": mean} or {"discrete": {"values": [...], "weights": [...]}}."#)
    }

    @Test func aCompareOptionIsTheBaseWithItsEditsAfterTheCommandLines() throws {
        let option = try ScenarioOption(parsing: #"pay+1 unfunded: economy.payAwardPercent+=1, economy.payGrantCoveragePercent=0"#)
        #expect(option.name == "pay+1 unfunded" && option.edits.count == 2)
        let odd = try ScenarioOption(parsing: #"wide:economy.payAwardPercent={"triangular": [1, 3, 8]},trust.topSlicePercent=4"#)
        #expect(odd.edits.count == 2)
        let loaded = try ScenarioLoader.load(
            path: "scenario.json", files: Fixtures.memory(["scenario.json": Self.json]), overrides: ["trust.topSlicePercent=4"],
            options: [option, try ScenarioOption(parsing: "slice:trust.topSlicePercent+=1")])
        #expect(loaded.base.trust.topSlicePercent == 4)
        let unfunded = loaded.options[0].scenario
        #expect(loaded.options.map(\.name) == ["pay+1 unfunded", "slice"])
        #expect(unfunded.economy.payAwardPercent == (try .triangular(min: 3, mode: 4.5, max: 7.5)))
        #expect(unfunded.economy.payGrantCoveragePercent == .fixed(0) && unfunded.trust.topSlicePercent == 4)
        #expect(unfunded.name == "Test trust, with economy.payAwardPercent+=1, economy.payGrantCoveragePercent=0")
        #expect(loaded.options[1].scenario.trust.topSlicePercent == 5)
        #expect(throws: ScenarioError.malformedOption("no colon")) { try ScenarioOption(parsing: "no colon") }
    }
}
