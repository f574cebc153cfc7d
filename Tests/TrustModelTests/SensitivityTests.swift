import MonteCarlo
import RiskRegister
import Testing

@testable import TrustModel

/// Sensitivity on the model's primary random inputs: each draw attributed to its own year, only
/// the draws that can reach the output, the first-order index beside the swing.
struct SensitivityTests {
    /// One academy with fixed figures and a fixed economy; the only uncertainty is a central
    /// risk that strikes every year and costs PERT(£10k, £50k, £90k), a Beta(3, 3) on £80k.
    /// Trust reserves in 2027/28 are a constant less the losses of 2025/26, 2026/27 and 2027/28:
    /// linear in three equal yearly inputs, each explaining exactly a third, and the losses of
    /// later years move them not at all.
    static let yearly = """
        {"name": "One yearly input", "startYear": 2025, "years": 5, "trials": 4000, "seed": 5,
         "economy": {"fundingUpliftPercent": 2, "payAwardPercent": 3, "nonPayInflationPercent": 3},
         "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 300000}},
         "academies": [{"id": "a", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "fundingPerPupil": 5400,
                        "lumpSum": 145000, "otherIncome": 300000, "staffCosts": 2000000, "nonStaffCosts": 500000, "reserves": 100000}],
         "registers": {"risks": "trust.csv"}}
        """
    static let yearlyRisk = [
        "trust.csv": """
        Risk ID,Title,Category,Owner,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Status,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope
        R1,Boiler fails,Estates,COO,5,3,5,3,Open,100%,"£10,000","£50,000","£90,000",central

        """
    ]

    /// The swing of one year's loss on an output that falls by it pound for pound:
    /// −£80,000 × (E[B | B ≥ q₀.₉] − E[B | B ≤ q₀.₁]) for B ~ Beta(3, 3), by scipy's quad.
    static let exactSwing = -51_318.69

    @Test func eachYearsDrawGetsItsOwnSwingAndIndexAndLaterYearsCannotReach() throws {
        let loaded = try Fixtures.load(Self.yearly, files: Self.yearlyRisk)
        let measure = try OutputVocabulary.measure("trust.reserves@2027", scenario: loaded.base)
        let sensitivity = try Sensitivity.run(loaded.base, registers: loaded.registers, measure: measure, threads: 2)
        let risks = sensitivity.bars.filter { $0.input.kind == .risk }
        #expect(Set(risks.map(\.input.id)) == ["risk.R1@2025", "risk.R1@2026", "risk.R1@2027"])
        for bar in risks {
            // The tranches' means carry the other two years' noise: sd £15.1k·√2 over 400 trials a side.
            #expect(abs(bar.swing - Self.exactSwing) < 4_500, "\(bar.input.id): swing \(bar.swing)")
            #expect(abs(bar.index.value - 1.0 / 3) <= 3 * bar.index.standardError + 0.01, "\(bar.input.id): \(bar.index)")
            #expect(bar.rankCorrelation < -0.5)
        }
        #expect(sensitivity.unreachable > 0)
        for bar in sensitivity.bars where bar.input.kind != .risk { #expect(bar.swing == 0 && bar.index.value == 0, "\(bar.input.id)") }
    }

    @Test func theSameRunGivesTheSameBarsOnAnyNumberOfThreads() throws {
        let loaded = try Fixtures.load(Fixtures.small(trials: 1_500))
        let measure = try OutputVocabulary.measure("central.reserves@end", scenario: loaded.base)
        let one = try Sensitivity.run(loaded.base, registers: nil, measure: measure, threads: 1)
        let three = try Sensitivity.run(loaded.base, registers: nil, measure: measure, threads: 3)
        #expect(one.bars == three.bars && !one.bars.isEmpty)
    }

    /// Were the later years' losses counted, they would explain nothing: the estimator says ~0
    /// for them on its own, which the rule of what reaches what makes exact by leaving them out.
    @Test func laterYearsDrawsExplainNothingOfAnEarlierYear() throws {
        let loaded = try Fixtures.load(Self.yearly, files: Self.yearlyRisk)
        let scenario = loaded.base
        let output = try Simulation.run(scenario, registers: loaded.registers, threads: 2).trialValues(
            for: OutputVocabulary.measure("trust.reserves@2027", scenario: scenario))
        let primary = try PrimaryInputs(scenario: scenario, registers: loaded.registers)
        let later = primary.inputs.indices.filter { ["risk.R1@2028", "risk.R1@2029"].contains(primary.inputs[$0].id) }
        #expect(later.count == 2)
        let name = try OutputVocabulary.measure("trust.reserves@2027", scenario: scenario).output
        #expect(later.allSatisfy { !primary.inputs[$0].canReach(name, in: scenario) })
        let bars = Sensitivity.bars(
            later.map { primary.inputs[$0] }, columns: primary.columns(later, threads: 2), output: output,
            key: DrawKey(seed: 1, stream: "test", year: 0), threads: 2)
        for bar in bars { #expect(abs(bar.index.value) <= 3 * bar.index.standardError + 0.002, "\(bar.input.id): \(bar.index)") }
    }

    /// The re-derived inputs are the draws the simulation used: year by year, the losses of every
    /// event whose academy is in the trust add up to the trust's recorded risk losses.
    @Test(arguments: ["base", "grow-to-12-by-2031"])
    func theRederivedLossesAddUpToTheSimulatedOnes(_ variant: String) throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/growth.json", files: Fixtures.disk, overrides: ["trials=600"])
        let scenario = variant == "base" ? loaded.base : try loaded.scenario(variant: variant)
        let result = try Simulation.run(scenario, registers: loaded.registers, threads: 2)
        let primary = try PrimaryInputs(scenario: scenario, registers: loaded.registers)
        let columns = primary.columns(Array(primary.inputs.indices), threads: 2)
        // Each academy's join column (an academy in the trust from the start is always there).
        let joins = Dictionary(
            primary.inputs.indices.filter { primary.inputs[$0].kind == .join }.map { (primary.inputs[$0].scope, columns[$0]) },
            uniquingKeysWith: { first, _ in first })
        func joined(_ scope: PrimaryInput.Scope, trial: Int) -> Double {
            guard case .academyRisk(let id) = scope, let column = joins[.academy(id)] else { return 1 }
            return column[trial]
        }
        var compared = 0
        for year in 0..<scenario.years {
            let recorded = try result.trialValues(
                for: OutputVocabulary.measure("mean(risk.losses@\(scenario.startYear + year))", scenario: scenario))
            let risks = primary.inputs.indices.filter { primary.inputs[$0].kind == .risk && primary.inputs[$0].firstYear == year }
            for trial in 0..<scenario.trials {
                let sum = risks.reduce(0.0) { $0 + columns[$1][trial] * joined(primary.inputs[$1].scope, trial: trial) }
                #expect(abs(sum - recorded[trial]) <= 1e-9 * max(1, recorded[trial]), "year \(year), trial \(trial)")
                if sum > 0 { compared += 1 }
            }
        }
        #expect(compared > scenario.trials * scenario.years / 2)
    }

    /// With growth, an academy's teacher-recruitment losses rise with the number of schools, but
    /// they never touch the centre's reserves (the top-slice is a share of GAG, which no loss
    /// changes): each instance's index is ~0 within its error, and the rule leaves them out.
    @Test func anAcademysRiskCannotMoveTheCentresReserves() throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/growth.json", files: Fixtures.disk, overrides: ["trials=3000"])
        let scenario = try loaded.scenario(variant: "grow-to-12-by-2031")
        let measure = try OutputVocabulary.measure("central.reserves@end", scenario: scenario)
        let output = try Simulation.run(scenario, registers: loaded.registers, threads: 2).trialValues(for: measure)
        let primary = try PrimaryInputs(scenario: scenario, registers: loaded.registers)
        let recruitment = primary.inputs.indices.filter { primary.inputs[$0].id.hasPrefix("risk.T05@") }
        #expect(recruitment.count > 20)
        #expect(recruitment.allSatisfy { !primary.inputs[$0].canReach(measure.output, in: scenario) })
        let bars = Sensitivity.bars(
            recruitment.map { primary.inputs[$0] }, columns: primary.columns(recruitment, threads: 2), output: output,
            key: DrawKey(seed: 2, stream: "test", year: 0), threads: 2)
        let outside = bars.filter { abs($0.index.value) > 4 * $0.index.standardError + 0.002 }
        #expect(outside.count <= 1, "\(outside.map { "\($0.input.id): \($0.index)" })")
    }
}
