import Foundation
import MonteCarlo
import Testing

@testable import TrustModel

/// The invariants of the finance model that issue 4 names, each on a small scenario.
struct ModelInvariantTests {
    @Test func trustWideReservesDoNotDependOnTheTopSlice() throws {
        let low = try Fixtures.load(Fixtures.small(), overrides: ["trust.topSlicePercent=2"]).base
        let high = try Fixtures.load(Fixtures.small(), overrides: ["trust.topSlicePercent=8"]).base
        let a = try Simulation.run(low, registers: nil, threads: 2)
        let b = try Simulation.run(high, registers: nil, threads: 2)
        for year in 0..<low.years {
            let x = a.values(.trustReserves, year: year)
            let y = b.values(.trustReserves, year: year)
            for (p, q) in zip(x, y) { #expect(abs(p - q) <= 1e-6 * max(1, abs(p))) }
            // ...while the centre and the academies do move.
            #expect(a.values(.centralReserves, year: year) != b.values(.centralReserves, year: year))
        }
    }

    static let growth = """
        ,
          "templates": {"primary": {"phase": "primary", "type": "converter", "pupils": {"triangular": [150, 250, 400]},
            "capacity": 420, "fundingPerPupil": 5500, "lumpSum": 145000, "otherIncome": 100000,
            "staffCostsPercent": 74, "nonStaffCostsPercent": 22, "reserves": {"uniform": [-50000, 200000]}}},
          "growth": [{"year": 2027, "template": "primary", "probability": 0, "id": "never"},
                     {"year": 2028, "template": "primary", "probability": 1, "id": "always"}]
        """

    @Test func aJoinWithProbabilityZeroNeverHappensAndOneAlwaysDoes() throws {
        let scenario = try Fixtures.load(Fixtures.small(extra: Self.growth)).base
        let result = try Simulation.run(scenario, registers: nil, threads: 2)
        let never = try #require(result.academies.first { $0.id == "never" })
        let always = try #require(result.academies.first { $0.id == "always" })
        #expect(never.joined.events == 0)
        #expect(always.joined.events == result.trials)
        #expect(result.values(.academies, year: 1).allSatisfy { $0 == 2 })
        #expect(result.values(.academies, year: 2).allSatisfy { $0 == 3 })
        #expect(always.years[1].trialsPresent == 0 && always.years[2].trialsPresent == result.trials)
    }

    @Test func capacityStepsStartLeadYearsBeforeTheCountIsReached() throws {
        // Joins in 2028 and 2029 take the trust from 2 to 3 to 4 academies; a step at 4 with one
        // lead year starts in 2028/29 (year 2), the year before the 4th academy arrives.
        let fixedEconomy = """
            {"name": "Steps", "startYear": 2026, "years": 5, "trials": 4, "seed": 1,
             "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
             "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 100000, "steps": [{"atAcademies": 4, "cost": STEP, "leadYears": 1}]}},
             "academies": [
               {"id": "a", "phase": "primary", "type": "converter", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                "staffCosts": 700000, "nonStaffCosts": 200000},
               {"id": "b", "phase": "primary", "type": "converter", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                "staffCosts": 700000, "nonStaffCosts": 200000}],
             "templates": {"t": {"phase": "primary", "type": "converter", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                                 "staffCostsPercent": 70, "nonStaffCostsPercent": 20}},
             "growth": [{"year": 2028, "template": "t", "probability": 1}, {"year": 2029, "template": "t", "probability": 1}]}
            """
        let without = try Fixtures.load(fixedEconomy.replacingOccurrences(of: "STEP", with: "0")).base
        let with = try Fixtures.load(fixedEconomy.replacingOccurrences(of: "STEP", with: "1000000")).base
        let a = try Simulation.run(without, registers: nil, threads: 1)
        let b = try Simulation.run(with, registers: nil, threads: 1)
        let difference = (0..<5).map { b.values(.centralBalance, year: $0)[0] - a.values(.centralBalance, year: $0)[0] }
        #expect(difference == [0, 0, -1_000_000, -1_000_000, -1_000_000])
        #expect((0..<5).map { a.values(.academies, year: $0)[0] } == [2, 2, 3, 4, 4])
    }

    static let registerFiles = [
        "trust.csv": """
        Risk ID,Title,Category,Owner,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Status,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope
        R0,Never happens,Financial,CFO,1,3,1,3,Open,0%,"£10,000","£20,000","£60,000",central
        R1,Always happens,Financial,CFO,5,3,5,3,Open,100%,"£10,000","£20,000","£60,000",central
        R2,Each academy,Financial,CFO,3,3,3,3,Open,100%,"£1,000","£2,000","£3,000",each-academy

        """
    ]

    @Test func riskProbabilitiesZeroAndOneBehave() throws {
        let loaded = try Fixtures.load(
            Fixtures.small(trials: 4_000, extra: #", "registers": {"risks": "trust.csv"}"#), files: Self.registerFiles)
        let result = try Simulation.run(loaded.base, registers: loaded.registers, threads: 2)
        let never = try #require(result.risk.risks.first { $0.id == "R0" })
        let always = try #require(result.risk.risks.first { $0.id == "R1" })
        let each = try #require(result.risk.risks.first { $0.id == "R2" })
        #expect(never.annualLoss.mean == 0 && never.annualLoss.maximum == 0)
        // PERT(10k, 20k, 60k) has mean (10 + 4 × 20 + 60) / 6 = 25k.
        #expect(abs(always.annualLoss.mean - 25_000) <= 4 * always.annualLoss.standardError)
        #expect(always.annualLoss.minimum >= 10_000)
        // Each of the two academies suffers R2 every year: 2 × £2,000 on average.
        #expect(abs(each.annualLoss.mean - 4_000) <= 4 * each.annualLoss.standardError)
    }

    @Test func theSameSeedGivesIdenticalResultsOnOneAndTwoThreads() throws {
        let loaded = try Fixtures.load(
            Fixtures.small(trials: 3_000, extra: Self.growth + #", "registers": {"risks": "trust.csv"}"#), files: Self.registerFiles)
        let one = try Simulation.run(loaded.base, registers: loaded.registers, threads: 1)
        let two = try Simulation.run(loaded.base, registers: loaded.registers, threads: 2)
        let eight = try Simulation.run(loaded.base, registers: loaded.registers, threads: 8)
        for metric in TrustMetric.allCases {
            for year in 0..<loaded.base.years {
                #expect(one.values(metric, year: year) == two.values(metric, year: year))
                #expect(one.values(metric, year: year) == eight.values(metric, year: year))
            }
        }
        #expect(one.academies.map { $0.years.map(\.medianReserves) } == two.academies.map { $0.years.map(\.medianReserves) })
        #expect(one.risk.risks.map(\.annualLoss) == eight.risk.risks.map(\.annualLoss))
    }

    @Test func latinHypercubeAndCorrelatedEconomiesAreAlsoThreadIndependent() throws {
        let json = Fixtures.small(trials: 2_000).replacingOccurrences(
            of: #""seed": 7,"#, with: #""seed": 7, "sampling": "latinHypercube","#
        ).replacingOccurrences(
            of: #""nonPayInflationPercent": {"triangular": [1.5, 3, 8]}"#,
            with:
                #""nonPayInflationPercent": {"triangular": [1.5, 3, 8]}, "correlations": [{"between": ["fundingUpliftPercent", "payAwardPercent"], "rank": 0.6}]"#
        )
        let scenario = try Fixtures.load(json).base
        #expect(scenario.sampling == .latinHypercube && scenario.economy.correlations.count == 1)
        let one = try Simulation.run(scenario, registers: nil, threads: 1)
        let two = try Simulation.run(scenario, registers: nil, threads: 2)
        #expect(one.values(.trustReserves, year: 3) == two.values(.trustReserves, year: 3))
    }

    @Test func addingAnAcademyLeavesTheEconomyAndOtherAcademiesDrawsUnchanged() throws {
        let extraAcademy = """
            {"id": "new", "phase": "primary", "type": "sponsored", "pupils": 200, "capacity": 210,
             "rollChangePercent": {"normal": [0, 3]}, "fundingPerPupil": 6000, "staffCosts": 900000, "nonStaffCosts": 250000},
            {"id": "oak",
            """
        let before = try TrialPlan(scenario: Fixtures.load(Fixtures.small()).base, registers: nil)
        let after = try TrialPlan(
            scenario: Fixtures.load(Fixtures.small().replacingOccurrences(of: #"{"id": "oak","#, with: extraAcademy)).base,
            registers: nil)
        #expect(after.slots.count == before.slots.count + 1)
        let a = TrialSimulator(plan: before)
        let b = TrialSimulator(plan: after)
        var x = a.makeOutcome()
        var y = b.makeOutcome()
        for trial in [0, 1, 17, 511, 1999] {
            a.simulate(trial: trial, into: &x)
            b.simulate(trial: trial, into: &y)
            #expect(x.economy == y.economy)
            // oak is slot 0 before and slot 1 after; its roll changes are its own.
            #expect(x.row(0, of: x.rollChange) == y.row(1, of: y.rollChange))
        }
    }
}

/// The economy's inputs are read by name; their rows in the tables of draws follow the order
/// the inputs are declared (and recorded for sensitivity) in.
struct EconomyInputRowTests {
    @Test func eachInputsRowIsItsPlaceAmongAllCases() {
        #expect(Economy.Input.allCases.map(\.row) == Array(0..<Economy.Input.allCases.count))
        #expect(EconomyDraws.inputs == Economy.Input.allCases)
    }
}
