import Foundation
import Testing

@testable import TrustModel

/// Capacity steps bought on the board's plan, or only once joins are confirmed (issue 14, point 4).
struct CapacityCommitmentTests {
    /// Seven academies and three joins in 2028, each going ahead with 77.5%: the trust reaches
    /// ten academies only if all three do, 0.775³ = 46.5484% of the time. The step at ten, in
    /// post a year ahead, is paid from 2027/28.
    static func scenario(commit: String?, stepCost: Int) -> String {
        let academy = """
            {"id": "ID", "phase": "primary", "type": "converter", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
             "staffCosts": 700000, "nonStaffCosts": 200000}
            """
        let academies = (1...7).map { academy.replacingOccurrences(of: "ID", with: "a\($0)") }.joined(separator: ",\n")
        let commitField = commit.map { #", "commit": "\#($0)""# } ?? ""
        return """
            {"name": "Commitment", "startYear": 2026, "years": 3, "trials": 10000, "seed": 14,
             "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
             "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 100000,
                       "steps": [{"atAcademies": 10, "cost": \(stepCost), "leadYears": 1\(commitField)}]}},
             "academies": [\(academies)],
             "templates": {"t": {"phase": "primary", "type": "converter", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                                 "staffCostsPercent": 70, "nonStaffCostsPercent": 20}},
             "growth": [{"year": 2028, "template": "t", "probability": 0.775, "id": "j1"},
                        {"year": 2028, "template": "t", "probability": 0.775, "id": "j2"},
                        {"year": 2028, "template": "t", "probability": 0.775, "id": "j3"}]}
            """
    }

    /// The share of trials in which the step is paid in 2027/28: those whose central balance
    /// falls by its cost against the same trials without it.
    static func paidShare(commit: String?) throws -> (share: Double, trials: Int) {
        let without = try Fixtures.load(scenario(commit: commit, stepCost: 0)).base
        let with = try Fixtures.load(scenario(commit: commit, stepCost: 1_000_000)).base
        let a = try Simulation.run(without, registers: nil, threads: 2).values(.centralBalance, year: 1)
        let b = try Simulation.run(with, registers: nil, threads: 2).values(.centralBalance, year: 1)
        let paid = zip(a, b).filter { abs($0 - $1 - 1_000_000) < 1e-6 }.count
        let none = zip(a, b).filter { $0 == $1 }.count
        #expect(paid + none == a.count, "every trial either pays the whole step or none of it")
        return (Double(paid) / Double(a.count), a.count)
    }

    @Test func onThePlanTheStepIsPaidInEveryTrial() throws {
        #expect(try Self.paidShare(commit: "plan").share == 1)
        // The board's plan is the default.
        #expect(try Self.paidShare(commit: nil).share == 1)
    }

    @Test func onConfirmedJoinsTheStepIsPaidOnlyWhenAllThreeGoAhead() throws {
        let (share, trials) = try Self.paidShare(commit: "confirmed")
        let p = 0.775 * 0.775 * 0.775
        let standardError = (p * (1 - p) / Double(trials)).squareRoot()
        #expect(abs(share - p) < 4 * standardError, "paid in \(share), expected \(p) ± \(standardError)")
    }

    @Test func anUnknownCommitmentIsRefusedWithTheChoices() throws {
        #expect {
            try Fixtures.load(Self.scenario(commit: "maybe", stepCost: 1))
        } throws: { error in
            let text = String(describing: error)
            return text.contains("'plan'") && text.contains("'confirmed'") && text.contains("commit")
        }
    }
}
