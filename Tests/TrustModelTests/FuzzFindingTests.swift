import Testing

@testable import TrustModel

/// What the libFuzzer harness for scenario loading (Tests/Fuzz/Harnesses/scenario.swift) found,
/// each kept as the smallest scenario that showed it.
struct FuzzFindingTests {
    static let registers = [
        "trust.csv":
            "Risk ID,Likelihood,Impact,Residual likelihood,Residual impact,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope\nT1,3,3,2,3,20,1000,2000,5000,central\n",
        "mitigations.csv":
            "Mitigation ID,Risk IDs,Status,Due date,Probability reduction %,Annual cost £\nM1,T1,Planned,2031-03-31,50,1000\n",
    ]

    /// A mitigation due more than a year after the last simulated year (in 2030/31, after a run of 2026/27 to 2028/29) made
    /// the range of years it works in run backwards, and the simulation stopped. It changes
    /// nothing in the years simulated.
    @Test func aMitigationDueAfterTheLastYearChangesNothing() throws {
        let scenario = Fixtures.small(trials: 50, extra: #", "registers": {"risks": "trust.csv", "mitigations": "mitigations.csv"}"#)
            .replacingOccurrences(of: #""years": 4"#, with: #""years": 3"#)
        let loaded = try Fixtures.load(scenario, files: Self.registers)
        let plan = try TrialPlan(scenario: loaded.base, registers: loaded.registers)
        #expect(plan.risks.events.filter { $0.payer == .central }.map(\.probability) == [[0.2, 0.2, 0.2]])
        let result = try Simulation.run(loaded.base, registers: loaded.registers, threads: 1)
        #expect(result.years.count == 3)
    }

    /// A run of one trial and one year (the worked example with --years 1) stopped while drawing
    /// its loss exceedance curve, which has one point.
    @Test func oneTrialOfOneYearSimulates() throws {
        let loaded = try Fixtures.load(Fixtures.small(trials: 1), overrides: ["years=1"])
        let result = try Simulation.run(loaded.base, registers: nil, threads: 1)
        #expect(result.risk.exceedance.points.count == 1)
    }
}
