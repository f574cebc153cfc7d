import Testing

@testable import TrustModel

/// How joining schools of each kind behave, GAG pooling, and risks valued from their scores.
struct GrowthAndFundingTests {
    /// A trust with one fixed academy and a fixed economy, plus `templates` and `growth`.
    static func fixed(templates: String, growth: String, trust: String = #""topSlicePercent": 5"#, trials: Int = 1) -> String {
        """
        {"name": "Fixed", "startYear": 2026, "years": 5, "trials": \(trials), "seed": 5,
         "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
         "trust": {\(trust), "centralReserves": 100000, "centralCosts": {"fixed": 200000}},
         "academies": [{"id": "a", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "fundingPerPupil": 5000,
                        "lumpSum": 100000, "staffCosts": 1500000, "nonStaffCosts": 450000, "reserves": 50000}],
         "templates": {\(templates)},
         "growth": [\(growth)]}
        """
    }

    func outcome(_ json: String, trial: Int = 0) throws -> (TrialOutcome, TrialPlan) {
        let plan = try TrialPlan(scenario: Fixtures.load(json).base, registers: nil)
        let simulator = TrialSimulator(plan: plan)
        var outcome = simulator.makeOutcome()
        simulator.simulate(trial: trial, into: &outcome)
        return (outcome, plan)
    }

    @Test func aFreeSchoolFillsAYearGroupAYearWithStartUpFundingInItsFirstYear() throws {
        let json = Self.fixed(
            templates:
                #""free": {"phase": "primary", "type": "free-school", "pupils": 30, "capacity": 210, "openingYearGroups": 2, "yearGroups": 4, "startUpGrant": 250000, "fundingPerPupil": 5000, "staffCostsPercent": 80, "nonStaffCostsPercent": 25}"#,
            growth: #"{"year": 2027, "template": "free", "probability": 1, "id": "new-free"}"#)
        let (outcome, _) = try outcome(json)
        // Pupils a year later than the academy's: 60, 90, 120, then full at 4 year groups.
        let pupils = (1..<5).map { outcome.trust(.pupils, $0) - 400 }
        #expect(pupils == [60, 90, 120, 120])
        // Its first year carries the start-up grant: income 60 × 5,000 + 250,000, costs 105% of the
        // 300,000 GAG, and a 5% top-slice of it.
        let opening: Double = 60 * 5_000 + 250_000 - 1.05 * 300_000 - 0.05 * 300_000
        #expect(outcome.inYearBalance[outcome.at(1, 1)] == opening)
        // Next year no grant: 90 pupils, staff up by half the 50% rise in pupils (240,000 × 1.25).
        let second: Double = 90 * 5_000 - 240_000 * 1.25 - 75_000 - 0.05 * 450_000
        #expect(outcome.inYearBalance[outcome.at(1, 2)] == second)
    }

    @Test func aSponsoredSchoolOpensAtZeroAndWorksOffItsStructuralDeficit() throws {
        let json = Self.fixed(
            templates:
                #""sponsored": {"phase": "primary", "type": "sponsored", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000, "staffCostsPercent": 70, "nonStaffCostsPercent": 25, "structuralDeficit": {"probability": 1, "amount": 60000, "recoveryYears": 3}}"#,
            growth: #"{"year": 2027, "template": "sponsored", "probability": 1, "id": "s"}"#)
        let (outcome, _) = try outcome(json)
        // Income 1,000,000; costs 95%; top-slice 5% of GAG: balance 0 before the structural deficit.
        let balances = (1..<5).map { outcome.inYearBalance[outcome.at(1, $0)].rounded() }
        #expect(balances == [-60_000, -40_000, -20_000, 0])
        #expect(outcome.reserves[outcome.at(1, 1)].rounded() == -60_000)
    }

    @Test func poolingGAGLeavesTrustReservesAsTheTopSliceDoesAndAcademiesHoldNone() throws {
        let templates =
            #""conv": {"phase": "primary", "type": "converter", "pupils": {"triangular": [150, 200, 260]}, "capacity": 300, "fundingPerPupil": 5200, "staffCostsPercent": 72, "nonStaffCostsPercent": 24, "reserves": {"uniform": [-20000, 90000]}}"#
        let growth = #"{"year": 2027, "template": "conv", "probability": 0.5}"#
        let sliced = try Fixtures.load(Self.fixed(templates: templates, growth: growth, trials: 300)).base
        let pooled = try Fixtures.load(Self.fixed(templates: templates, growth: growth, trust: #""fundingModel": "pooled""#, trials: 300))
            .base
        let a = try Simulation.run(sliced, registers: nil)
        let b = try Simulation.run(pooled, registers: nil)
        for year in 0..<5 {
            for (x, y) in zip(a.values(.trustReserves, year: year), b.values(.trustReserves, year: year)) {
                #expect(abs(x - y) <= 1e-6 * max(1, abs(x)))
            }
            #expect(b.values(.academiesInDeficit, year: year).allSatisfy { $0 == 0 })
        }
        #expect(b.values(.trustReserves, year: 4) == b.values(.centralReserves, year: 4))
    }

    static let unquantified = [
        "trust.csv": """
        Risk ID,Title,Category,Owner,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Status
        U1,Scored but not costed,Financial,CFO,4,4,4,3,Open

        """
    ]

    @Test func unquantifiedRisksAreValuedFromTheirScoresOnlyWhenAsked() throws {
        let ignored = try Fixtures.load(
            Fixtures.small(trials: 3_000, extra: #", "registers": {"risks": "trust.csv"}"#), files: Self.unquantified)
        #expect(try Simulation.run(ignored.base, registers: ignored.registers).risk.risks.isEmpty)
        let valued = try Fixtures.load(
            Fixtures.small(trials: 3_000, extra: #", "registers": {"risks": "trust.csv"}, "riskEvents": {"unquantified": "fromScores"}"#),
            files: Self.unquantified)
        let risk = try #require(try Simulation.run(valued.base, registers: valued.registers).risk.risks.first)
        #expect(risk.basis == .valuedFromScores)
        // Residual likelihood 4 → 35% a year; impact 3 → PERT(20k, 50k, 120k), mean 56,667.
        let expected: Double = 0.35 * (20_000 + 4 * 50_000 + 120_000) / 6
        #expect(abs(risk.annualLoss.mean - expected) <= 4 * risk.annualLoss.standardError)
    }
}
