import MonteCarlo
import Testing

@testable import TrustModel

/// The reverse stress test (`stress --find`) on a trust whose central reserves at the end are a
/// straight line in one normal input, so the shock that makes them negative in most futures is
/// known by hand; and each way the question can have no answer.
struct ShockSearchTests {
    /// One primary paying a 5% top-slice of £2m GAG into a centre costing £99,000 a year: the centre
    /// ends 2027/28 on £2,000 + £1,000·u, with u the 2027/28 funding uplift (%), normal(2, 1). So it
    /// is below zero exactly when u < −2, and with the uplift shocked down by s the chance is
    /// Φ(s − 4): the median is on the line at s = 4. (Tests/CommandsTests/Fixtures/scenarios/
    /// uplift-shock.json is the same trust, for the command line.)
    static let uplift = """
        {"name": "Top-slice on an uncertain uplift", "startYear": 2026, "years": 2, "trials": 4000, "seed": 7,
         "economy": {"fundingUpliftPercent": {"normal": [2, 1]}, "payAwardPercent": 0, "nonPayInflationPercent": 0},
         "trust": {"topSlicePercent": 5, "centralReserves": 0, "centralOtherIncome": 0,
                   "centralCosts": {"fixed": 99000, "perAcademy": 0, "joiningCost": 0}},
         "academies": [{"id": "oak", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "rollChangePercent": 0,
                        "fundingPerPupil": 5000, "lumpSum": 0, "otherIncome": 0, "staffCosts": 1500000, "nonStaffCosts": 400000,
                        "reserves": 100000}]}
        """

    static let loaded: LoadedScenario = {
        do { return try Fixtures.load(uplift) } catch { fatalError("the test scenario does not load: \(error)") }
    }()

    func find(_ condition: String, shocks: [String], range: ClosedRange<Double>? = nil, threads: Int = 2) throws -> ShockFinding {
        let base = Self.loaded.base
        let shock = try ScenarioShock(shocks, in: base, source: Self.loaded.path)
        let event = try OutputVocabulary.event(condition, scenario: base)
        return try ShockSearch.find(shock, event: event, registers: nil, range: range, threads: threads)
    }

    /// The solver's rule puts the answer where the chance's one-sided 95% bound meets 50%: the p with
    /// p − 1.645·√(p(1−p)/n) = 50%, so s = 4 + Φ⁻¹(p). The answer must be that within its stated ± error.
    @Test func findRecoversTheShockWorkedByHand() throws {
        let finding = try find("central.reserves@end < 0", shocks: ["economy.fundingUpliftPercent:down"])
        var low = 0.5
        var high = 0.6
        for _ in 0..<60 {
            let p = (low + high) / 2
            if p - TargetSolver.margin * (p * (1 - p) / 4000).squareRoot() > 0.5 { high = p } else { low = p }
        }
        let exact = 4 + NormalQuantile.of(high)
        guard case .found(let solution) = finding.outcome else {
            Issue.record("expected a shock, got \(finding.outcome)")
            return
        }
        let uncertainty = try #require(solution.valueUncertainty)
        #expect(solution.outcome == .found && solution.confirmed && finding.isConfirmedAnswer)
        #expect(abs(solution.value - exact) <= 3 * uncertainty, "answer \(solution.value) ± \(uncertainty), expected \(exact)")
        #expect(uncertainty < 0.05)
        #expect(finding.unshocked.value < 0.001)
        // The bracket doubled from one point: 1, 2 and 4 points fall short, 8 is above the line.
        #expect(Array(finding.tried.map(\.shock).prefix(4)) == [0, 1, 2, 4])
        #expect(finding.tried.map(\.shock).contains(8))
        #expect(finding.tried.map(\.shock) == finding.tried.map(\.shock).sorted())
    }

    @Test func theSameShockOnOneAndTwoThreads() throws {
        let one = try find("central.reserves@end < 0", shocks: ["economy.fundingUpliftPercent:down"], range: 3...5, threads: 1)
        let two = try find("central.reserves@end < 0", shocks: ["economy.fundingUpliftPercent:down"], range: 3...5, threads: 2)
        #expect(one.tried.map(\.shock) == two.tried.map(\.shock))
        #expect(one.tried.map(\.estimate) == two.tried.map(\.estimate))
        guard case .found(let first) = one.outcome, case .found(let second) = two.outcome else {
            Issue.record("expected a shock on both")
            return
        }
        #expect(first.value == second.value && first.confirmation == second.confirmation)
    }

    @Test func anEventAlreadyLikelyNeedsNoShock() throws {
        // The centre ends below £100,000 in every future.
        let finding = try find("central.reserves@end < 100000", shocks: ["economy.fundingUpliftPercent:down"])
        guard case .alreadyLikely = finding.outcome else {
            Issue.record("expected already likely, got \(finding.outcome)")
            return
        }
        #expect(finding.unshocked.value == 1 && !finding.isConfirmedAnswer)
        #expect(finding.tried.map(\.shock) == [0])
    }

    @Test func noShockInReachWhenTheShockMakesTheEventRarer() throws {
        // Raising the uplift only lifts the centre's reserves: the bracket doubles to 64 points and stops.
        let finding = try find("central.reserves@end < 0", shocks: ["economy.fundingUpliftPercent"])
        guard case .outOfReach(let reach, _, let refusal) = finding.outcome else {
            Issue.record("expected out of reach, got \(finding.outcome)")
            return
        }
        #expect(reach == 64 && refusal == nil)
        #expect(finding.tried.map(\.shock) == [0, 1, 2, 4, 8, 16, 32, 64])
    }

    @Test func anInputsOwnRuleEndsTheReach() throws {
        // The top-slice cannot fall below 0%: from 5%, a shock of 8 points is refused, so the reach is 4.
        let finding = try find("central.reserves@end < -1000000", shocks: ["trust.topSlicePercent:down"])
        guard case .outOfReach(let reach, _, let refusal) = finding.outcome else {
            Issue.record("expected out of reach, got \(finding.outcome)")
            return
        }
        #expect(reach == 4)
        #expect(refusal?.contains("trust.topSlicePercent") == true)
    }

    @Test func aGivenRangeWithNoAnswerIsOutOfReach() throws {
        let finding = try find("central.reserves@end < 0", shocks: ["economy.fundingUpliftPercent:down"], range: 0...2)
        guard case .outOfReach(let reach, _, nil) = finding.outcome else {
            Issue.record("expected out of reach, got \(finding.outcome)")
            return
        }
        #expect(reach == 2)
    }

    @Test func theShockMovesEachInputItsWayFromTheScenariosOwnValue() throws {
        let base = Self.loaded.base
        let shock = try ScenarioShock(
            ["economy.fundingUpliftPercent:down", " economy.payAwardPercent:UP ", "economy.nonPayInflationPercent"], in: base,
            source: "s.json")
        let shocked = try shock.scenario(at: 1.5)
        #expect(shocked.economy.fundingUpliftPercent.mean == 0.5)
        #expect(shocked.economy.payAwardPercent.mean == 1.5 && shocked.economy.nonPayInflationPercent.mean == 1.5)
        #expect(try shock.scenario(at: 0).economy.fundingUpliftPercent.mean == 2)
        #expect(shock.unit == .percent && shock.inputs.map(\.direction) == [.down, .up, .up])
        #expect(shock.description == "economy.fundingUpliftPercent:down, economy.payAwardPercent, economy.nonPayInflationPercent")
    }

    @Test func inputsThatCannotBeShockedAreRefusedInWords() throws {
        let base = Self.loaded.base
        func refusal(_ inputs: [String]) -> String {
            do {
                _ = try ScenarioShock(inputs, in: base, source: "s.json")
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        let unknown = refusal(["economy.payAwardPercnt"])
        #expect(
            unknown.hasPrefix("--shock economy.payAwardPercnt: unknown field 'payAwardPercnt' in economy; did you mean 'payAwardPercent'?"))
        #expect(unknown.contains("Inputs a shock can move in this scenario: economy.fundingUpliftPercent, economy.payAwardPercent"))
        #expect(unknown.contains("academies[i].staffCosts"))
        #expect(unknown.contains("(i from 0 to 0)"))
        #expect(refusal([]).hasPrefix("name the inputs to shock with --shock"))
        #expect(refusal(["  "]).hasPrefix("--shock names no input"))
        #expect(refusal([":down"]).hasPrefix("--shock names no input"))
        #expect(refusal(["economy.payAwardPercent:sideways"]).contains("after the colon write up or down"))
        #expect(
            refusal(["economy.payAwardPercent", "economy.payAwardPercent:down"])
                == "--shock names economy.payAwardPercent twice; name each input once.")
        #expect(refusal(["trials"]).contains("says how the simulation runs"))
        #expect(
            refusal(["economy.payAwardPercent", "trust.centralCosts.fixed"])
                .contains("these do not: economy.payAwardPercent (points), trust.centralCosts.fixed (pounds)"))
    }
}
