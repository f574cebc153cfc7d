import JSONDocument
import MonteCarlo
import RiskRegister
import Testing

@testable import TrustModel

/// Compare, sweep, solve, sensitivity and the value of mitigations, on small scenarios.
struct ExperimentTests {
    @Test func aScenarioComparedWithItselfDiffersByExactlyZero() throws {
        let scenario = try Fixtures.load(Fixtures.small(trials: 1_000)).base
        let measures =
            try ScenarioComparison.defaultMeasures(for: scenario) + [
                OutputVocabulary.measure("median(trust.reserves@end)", scenario: scenario),
                OutputVocabulary.measure("P90(central.reserves@2027)", scenario: scenario),
            ]
        let comparison = try ScenarioComparison.run([("base", scenario, nil), ("again", scenario, nil)], measures: measures, threads: 2)
        for difference in comparison.differences[1] {
            #expect(difference.value == 0 && difference.standardError == 0)
        }
    }

    /// `matrisk report` takes its base run from the comparison of options, which is only right
    /// while the default measures record what a plain ``Simulation/run`` records.
    @Test func theDefaultComparisonsBaseIsThePlainRunOfTheBase() throws {
        let scenario = try Fixtures.load(Fixtures.small(trials: 300)).base
        let measures = try ScenarioComparison.defaultMeasures(for: scenario)
        #expect(Recording.needed(for: measures) == Recording())
        let comparison = try ScenarioComparison.run([("base", scenario, nil)], measures: measures, threads: 2)
        let plain = try Simulation.run(scenario, registers: nil, threads: 2)
        #expect(
            try measures.map { try comparison.entries[0].result.trialValues(for: $0) } == measures.map { try plain.trialValues(for: $0) })
    }

    @Test func theTopSliceMovesMoneyBetweenTheCentreAndTheAcademiesOnly() throws {
        let loaded = try Fixtures.load(Fixtures.small(trials: 1_000), overrides: [])
        let lower = try Fixtures.load(Fixtures.small(trials: 1_000), overrides: ["trust.topSlicePercent=4"]).base
        let measures = try ["mean(central.reserves@end)", "mean(academies.reserves@end)", "mean(trust.reserves@end)"]
            .map { try OutputVocabulary.measure($0, scenario: loaded.base) }
        let comparison = try ScenarioComparison.run(
            [("base", loaded.base, nil), ("top-slice-4", lower, nil)], measures: measures, threads: 2)
        let central = comparison.differences[1][0]
        let academies = comparison.differences[1][1]
        let trust = comparison.differences[1][2]
        #expect(central.value < 0 && academies.value > 0)
        #expect(abs(central.value + academies.value) <= 1e-6 * abs(central.value))
        #expect(abs(trust.value) <= 1e-6 * abs(central.value))
    }

    @Test func centralReservesRiskFallsMonotonicallyAsTheTopSliceRises() throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/top-slice.json", files: Fixtures.disk, overrides: ["trials=2000"])
        let measure = try OutputVocabulary.measure("P(central.reserves@end < 0)", scenario: loaded.base)
        let sweep = try ParameterSweep.run(
            topSlice(of: loaded), values: ParameterSweep.values(from: 2, to: 8, step: 0.5), registers: loaded.registers,
            measures: [measure], threads: 2)
        let chances = sweep.estimates.map { $0[0].value }
        #expect(sweep.values.count == 13 && sweep.values[7] == 5.5)
        #expect(zip(chances, chances.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(chances.first! > 0.9 && chances.last! < 0.01)
    }

    /// 3,000 trials: on 2,000 the confirmation's one-sided bound lands just outside the target
    /// (as it can on any run, the answer being where the search's bound meets the target).
    @Test func solveFindsATopSliceItsConfirmationRunAgreesWith() throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/top-slice.json", files: Fixtures.disk, overrides: ["trials=3000"])
        let target = try OutputVocabulary.target("P(central.reserves@end < 0) <= 10%", scenario: loaded.base)
        let solution = try TargetSolver.solve(topSlice(of: loaded), registers: loaded.registers, target: target, range: 0...15, threads: 2)
        #expect(solution.outcome == .found)
        #expect(solution.confirmed && solution.confirmationBound <= 0.10)
        #expect(solution.estimate.value + 1.645 * solution.estimate.standardError <= 0.10)
        #expect((4...7).contains(solution.value))
        // Just below the search's own answer the target is not met with confidence.
        let searchAnswer = solution.firstRefused?.value ?? solution.value
        let below = solution.evaluations.filter { $0.value < searchAnswer }.max { $0.value < $1.value }!
        #expect(below.estimate.value + 1.645 * below.estimate.standardError > 0.10)
    }

    /// The confirmation is judged by the search's own rule, the one-sided 95% bound: on seed 2 with
    /// 300 trials the fresh seed's bound at the search's answer is outside 10%, so the fresh seed
    /// refuses it, and the answer moves on to a value both seeds accept.
    @Test func solveConfirmsOnlyWhenTheConfirmationsOneSidedBoundMeetsTheTarget() throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/top-slice.json", files: Fixtures.disk, overrides: ["trials=300", "seed=2"])
        let target = try OutputVocabulary.target("P(central.reserves@end < 0) <= 10%", scenario: loaded.base)
        let solution = try TargetSolver.solve(
            topSlice(of: loaded), registers: loaded.registers, target: target, range: 0...15, tolerance: 0.05, threads: 2)
        let refused = try #require(solution.firstRefused)
        let refusedBound = refused.confirmation.value + 1.644_853_626_951_472 * refused.confirmation.standardError
        #expect(refusedBound > 0.10)
        let bound = solution.confirmation.value + 1.644_853_626_951_472 * solution.confirmation.standardError
        #expect(solution.outcome == .found && solution.confirmed && solution.confirmationBound == bound && bound <= 0.10)
        #expect(solution.value > refused.value)
        let atAnswer = TargetSolver.bound(solution.estimate, for: target.comparison, allowingForError: true)
        #expect(atAnswer <= 0.10)
    }

    @Test func solveSaysWhenNoValueInTheRangeMeetsTheTarget() throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/top-slice.json", files: Fixtures.disk, overrides: ["trials=500"])
        let target = try OutputVocabulary.target("P(central.reserves@end < 0) <= 10%", scenario: loaded.base)
        let solution = try TargetSolver.solve(topSlice(of: loaded), registers: loaded.registers, target: target, range: 0...3)
        #expect(solution.outcome == .noValueMeets && solution.value == 3)
    }

    @Test func sensitivityRanksEachYearsDrawOfTheOnlyUncertainInputFirstAndGivesTheRestNoSwing() throws {
        let fixed = """
            {"name": "One uncertain input", "startYear": 2026, "years": 4, "trials": 2000, "seed": 3,
             "economy": {"fundingUpliftPercent": 2, "payAwardPercent": {"triangular": [2, 3.5, 6.5]}, "nonPayInflationPercent": 3},
             "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 300000}},
             "academies": [{"id": "a", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "fundingPerPupil": 5400,
                            "lumpSum": 145000, "otherIncome": 300000, "staffCosts": 2000000, "nonStaffCosts": 500000, "reserves": 100000}]}
            """
        let scenario = try Fixtures.load(fixed).base
        let measure = try OutputVocabulary.measure("trust.reserves@end", scenario: scenario)
        let sensitivity = try Sensitivity.run(scenario, registers: nil, measure: measure, threads: 2)
        // Each year's award is an input of its own, attributed to the year it moves (2027/28 to
        // 2029/30; the last year's draw moves nothing). The award of 2027/28 raises the staff costs
        // of three years to the end, that of 2029/30 one: near enough linear, their shares of
        // the spread go as 3² : 2² : 1², so 9/14, 4/14 and 1/14, in that order.
        let awards = Array(sensitivity.bars.prefix(3))
        #expect(awards.map(\.input.id) == ["economy.payAwardPercent@2027", "economy.payAwardPercent@2028", "economy.payAwardPercent@2029"])
        for (bar, share) in zip(awards, [9.0, 4, 1]) {
            #expect(bar.swing < 0 && bar.rankCorrelation < -0.2, "\(bar.input.id): \(bar.swing) ρ \(bar.rankCorrelation)")
            #expect(abs(bar.index.value - share / 14) < 3 * bar.index.standardError + 0.02, "\(bar.input.id): \(bar.index)")
        }
        let explained = awards.reduce(0.0) { $0 + $1.index.value }
        #expect(abs(explained - 1) < 0.1, "the awards explain \(explained) added up")
        for bar in sensitivity.bars.dropFirst(3) {
            #expect(bar.swing == 0 && bar.rankCorrelation == 0 && bar.index.value == 0, "\(bar.input.id)")
        }
    }

    static let mitigated = [
        "trust.csv": """
        Risk ID,Title,Category,Owner,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Status,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope
        R1,Always happens,Financial,CFO,5,3,5,3,Open,100%,"£10,000","£20,000","£60,000",central
        R2,Sometimes,Financial,CFO,3,3,3,3,Open,30%,"£5,000","£10,000","£30,000",each-academy

        """,
        "mitigations.csv": """
        Mitigation ID,Risk IDs,Action,Owner,Status,Due date,Probability reduction %,Impact reduction %,One-off cost £,Annual cost £
        M1,R1,Halves the impact,CFO,In place,2026-09-01,0%,50%,,"£4,000"
        M2,R1,Does nothing measurable,CFO,In place,2026-09-01,,,,"£1,000"
        M3,R2,Planned control,COO,Planned,2027-10-31,50%,0%,"£6,000","£2,000"
        M4,R2,No date yet,COO,Planned,,50%,,,

        """,
    ]

    @Test func eachMitigationIsValuedByPairedRuns() throws {
        let loaded = try Fixtures.load(
            Fixtures.small(trials: 4_000, extra: #", "registers": {"risks": "trust.csv", "mitigations": "mitigations.csv"}"#),
            files: Self.mitigated)
        let values = try MitigationValuation.run(loaded.base, registers: try #require(loaded.registers), threads: 2)
        let byID = Dictionary(uniqueKeysWithValues: values.map { ($0.mitigation.id, $0) })
        // Halving the impact of a risk that strikes every year saves half its PERT mean (£25k) a year.
        let halves = try #require(byID["M1"])
        #expect(abs(halves.avoidedPerYear.mean - 12_500) <= 4 * halves.avoidedPerYear.standardError)
        #expect(halves.netPerYear == halves.avoidedPerYear.mean - 4_000)
        // No effect: exactly nothing avoided, in every trial, so no interval reaches into benefit.
        let nothing = try #require(byID["M2"])
        #expect(nothing.avoidedPerYear.mean == 0 && nothing.avoidedPerYear.maximum == 0 && nothing.avoidedInterval == 0...0)
        #expect(nothing.netPerYear == -1_000)
        // Planned for 2027/28 (year 1): works from then, its one-off paid once within the four years.
        let planned = try #require(byID["M3"])
        #expect(planned.fromYear == 1 && planned.avoidedPerYear.mean > 0)
        #expect(planned.costPerYear == (2_000 * 3 + 6_000) / 4)
        #expect(byID["M4"]?.leftOut == "not in place and has no due date")
        #expect(values.last?.mitigation.id == "M4")
    }

    /// The top-slice of `loaded`'s base scenario, as an experiment varies it.
    private func topSlice(of loaded: LoadedScenario) throws -> ScenarioParameter {
        try ScenarioParameter(resolving: JSONPath(parsing: "trust.topSlicePercent")!, in: loaded.base, source: loaded.path)
    }
}
