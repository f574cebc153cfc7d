import MonteCarlo
import RiskRegister
import Testing

@testable import TrustModel

/// Mitigation valuation and the simulation draw every risk event from the same tables: trial by
/// trial on the example scenario, the losses valuation sees are exactly the losses the
/// simulation records, for each risk, each academy and the centre, in every year.
struct TrialLossAgreementTests {
    static let trials = 2_000

    /// The base (no joins) and the variant with the most planned joins, so that an academy's
    /// losses before it joins, and in trials where it never does, are covered.
    @Test(arguments: ["base", "grow-to-12-by-2031"])
    func valuationSeesTheLossesTheSimulationRecords(_ variant: String) throws {
        let loaded = try ScenarioLoader.load(path: "Scenarios/growth.json", files: Fixtures.disk, overrides: ["trials=\(Self.trials)"])
        let scenario = variant == "base" ? loaded.base : try loaded.scenario(variant: variant)
        let registers = try #require(loaded.registers)
        let simulator = TrialSimulator(plan: try TrialPlan(scenario: scenario, registers: registers))
        let seen = try MitigationValuation.Draws(scenario: scenario, slots: SlotPlan.slots(of: scenario), registers: registers)
        let years = scenario.years
        let slots = simulator.plan.slots.count
        #expect(seen.events.eventCount > 0 && seen.catalogue.included.count == simulator.plan.risks.included.count)
        var outcome = simulator.makeOutcome()
        var struckTrials = 0
        var disagreements: [String] = []
        for trial in 0..<Self.trials {
            simulator.simulate(trial: trial, into: &outcome)
            let joinYears = seen.joins.joinYears(trial: trial)
            var byRisk = Array(repeating: 0.0, count: seen.catalogue.included.count * years)
            var byPayer = Array(repeating: 0.0, count: (slots + 1) * years)
            for year in 0..<years {
                for event in 0..<seen.events.eventCount {
                    let loss = seen.events.loss(event: event, year: year, trial: trial, joinYears: joinYears)
                    byRisk[seen.events.eventRisk[event] * years + year] += loss
                    byPayer[(seen.events.payerSlot[event] ?? slots) * years + year] += loss
                }
            }
            if byRisk.contains(where: { $0 > 0 }) { struckTrials += 1 }
            if byRisk != outcome.lossByRisk { disagreements.append("trial \(trial): losses by risk") }
            for slot in 0..<slots {
                let recorded = Array(outcome.row(slot, of: outcome.riskLoss))
                if Array(byPayer[slot * years..<(slot + 1) * years]) != recorded { disagreements.append("trial \(trial): slot \(slot)") }
            }
            for year in 0..<years {
                let academies = (0..<slots).reduce(0.0) { $0 + byPayer[$1 * years + year] }
                let total = academies + byPayer[slots * years + year]
                if total != outcome.trust(.riskLosses, year) { disagreements.append("trial \(trial): year \(year) in all") }
            }
        }
        let count = disagreements.count
        #expect(count == 0, "the first of \(count) disagreements: \(disagreements.prefix(5))")
        // Most trials see a strike: the comparison is not of zeros.
        #expect(struckTrials > Self.trials * 9 / 10)
    }
}
