import Foundation
import JSONDocument
import Testing

@testable import TrustModel

/// The fully fixed three-year example (Fixtures/worked-example, arithmetic in its README)
/// reproduced to the penny.
struct WorkedExampleTests {
    struct Expected: Decodable {
        struct AcademyYear: Decodable {
            var year: Int
            var pupils: Int
            var balance: Double
            var reserves: Double
        }
        struct CentreYear: Decodable {
            var year: Int
            var academies: Int
            var balance: Double
            var reserves: Double
        }
        struct TrustYear: Decodable {
            var year: Int
            var income: Double
            var reserves: Double
        }
        var academies: [String: [AcademyYear]]
        var centre: [CentreYear]
        var trust: [TrustYear]
    }

    static let folder = "Tests/TrustModelTests/Fixtures/worked-example"

    func run() throws -> (TrialOutcome, TrialPlan, Expected) {
        let loaded = try ScenarioLoader.load(path: Self.folder + "/scenario.json", files: Fixtures.disk)
        let plan = try TrialPlan(scenario: loaded.base, registers: nil)
        let simulator = TrialSimulator(plan: plan)
        var outcome = simulator.makeOutcome()
        simulator.simulate(trial: 0, into: &outcome)
        let data = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(Self.folder + "/expected.json"))
        return (outcome, plan, try JSONDecoder().decode(Expected.self, from: data))
    }

    /// Equal when rounded to the penny.
    func pennies(_ value: Double) -> Int { Int((value * 100).rounded()) }

    @Test func everyAcademyYearMatchesToThePenny() throws {
        let (outcome, plan, expected) = try run()
        for (slot, academy) in plan.slots.enumerated() {
            let years = try #require(expected.academies[academy.id], "no expected figures for \(academy.id)")
            for year in years {
                #expect(outcome.present[outcome.at(slot, year.year)])
                #expect(
                    pennies(outcome.inYearBalance[outcome.at(slot, year.year)]) == pennies(year.balance),
                    "\(academy.id) balance in year \(year.year)")
                #expect(
                    pennies(outcome.reserves[outcome.at(slot, year.year)]) == pennies(year.reserves),
                    "\(academy.id) reserves in year \(year.year)")
            }
        }
        // The converter joins in 2027/28, so it is not in the trust in 2026/27.
        #expect(outcome.present[outcome.at(2, 0)] == false)
    }

    @Test func theCentreAndTheTrustMatchToThePenny() throws {
        let (outcome, _, expected) = try run()
        for year in expected.centre {
            #expect(outcome.trust(.academies, year.year) == Double(year.academies))
            #expect(pennies(outcome.trust(.centralBalance, year.year)) == pennies(year.balance))
            #expect(pennies(outcome.trust(.centralReserves, year.year)) == pennies(year.reserves))
        }
        for year in expected.trust {
            #expect(pennies(outcome.trust(.trustIncome, year.year)) == pennies(year.income))
            #expect(pennies(outcome.trust(.trustReserves, year.year)) == pennies(year.reserves))
        }
    }

    @Test func theSimulationSummaryOfOneFixedTrialIsThatTrial() throws {
        let loaded = try ScenarioLoader.load(path: Self.folder + "/scenario.json", files: Fixtures.disk)
        let result = try Simulation.run(loaded.base, registers: nil, threads: 1)
        #expect(pennies(result.lastYear.summary(.trustReserves).percentile(0.5) ?? 0) == pennies(-84_205.57))
        #expect(result.lastYear.centralReservesBelowZero.estimate == 0)
        #expect(result.lastYear.anyAcademyInDeficit.estimate == 1)
    }
}
