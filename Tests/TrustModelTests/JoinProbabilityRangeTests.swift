import Foundation
import Testing

@testable import TrustModel

/// A join whose probability is a range, drawn once per trial (issue 14, point 7): for a single
/// join the chance of joining is the range's mean.
struct JoinProbabilityRangeTests {
    /// One academy and one join in 2027 whose probability is `probability` (JSON text).
    static func scenario(probability: String, trials: Int = 20000) -> String {
        """
        {"name": "Range", "startYear": 2026, "years": 2, "trials": \(trials), "seed": 7,
         "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
         "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 100000}},
         "academies": [{"id": "a1", "phase": "primary", "type": "converter", "pupils": 200, "capacity": 210,
                        "fundingPerPupil": 5000, "staffCosts": 700000, "nonStaffCosts": 200000}],
         "templates": {"t": {"phase": "primary", "type": "converter", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                             "staffCostsPercent": 70, "nonStaffCostsPercent": 20}},
         "growth": [{"year": 2027, "template": "t", "probability": \(probability), "id": "j1"}]}
        """
    }

    /// The share of trials in which the join went ahead (two academies in 2027/28).
    static func joinedShare(probability: String) throws -> (share: Double, trials: Int) {
        let base = try Fixtures.load(scenario(probability: probability)).base
        let academies = try Simulation.run(base, registers: nil, threads: 2).values(.academies, year: 1)
        return (Double(academies.filter { $0 == 2 }.count) / Double(academies.count), academies.count)
    }

    @Test func aUniformRangeJoinsWithItsMeanChance() throws {
        let (share, trials) = try Self.joinedShare(probability: #"{"uniform": [0.70, 0.85]}"#)
        let p = 0.775
        let standardError = (p * (1 - p) / Double(trials)).squareRoot()
        #expect(abs(share - p) < 4 * standardError, "joined in \(share), expected \(p) ± \(standardError)")
    }

    /// A normal that reaches past 1 is clamped there: N(0.95, 0.1) clamped to [0, 1] has mean
    /// 0.95 − E[max(0, X − 1)] = 0.95 − (σφ(z) − 0.05·(1 − Φ(z))) with z = 0.5, worked out here.
    @Test func drawsPastOneAreClamped() throws {
        let (share, trials) = try Self.joinedShare(probability: #"{"normal": [0.95, 0.1]}"#)
        let z = 0.5
        let phi = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
        let upper = 0.5 * erfc(z / 2.0.squareRoot())
        let p = 0.95 - (0.1 * phi - 0.05 * upper)
        let standardError = (p * (1 - p) / Double(trials)).squareRoot()
        #expect(abs(share - p) < 4 * standardError, "joined in \(share), expected \(p) ± \(standardError)")
    }

    @Test func aPlainNumberOutsideZeroToOneIsRefused() throws {
        #expect {
            try Fixtures.load(Self.scenario(probability: "1.5"))
        } throws: { error in String(describing: error).contains("probability") }
    }
}
