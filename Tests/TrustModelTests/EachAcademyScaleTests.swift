import Foundation
import Testing

@testable import TrustModel

/// `each-academy` trust risks sized to each academy against a stated reference (issue 14, point 7).
struct EachAcademyScaleTests {
    /// Oak has 400 pupils and Hill 1,000; R2 strikes each of them every year.
    static func run(scale: String) throws -> (oak: Double, hill: Double) {
        let extra = #", "registers": {"risks": "trust.csv"}, "riskEvents": {"# + scale + "}"
        let loaded = try Fixtures.load(Fixtures.small(trials: 500, extra: extra), files: ModelInvariantTests.registerFiles)
        let result = try Simulation.run(loaded.base, registers: loaded.registers, threads: 2)
        let oak = try #require(result.academies.first { $0.id == "oak" })
        let hill = try #require(result.academies.first { $0.id == "hill" })
        return (oak.annualRiskLoss.mean, hill.annualRiskLoss.mean)
    }

    @Test func anAcademysLossesScaleWithItsPupilsAgainstTheReference() throws {
        let plain = try Self.run(scale: "")
        let scaled = try Self.run(scale: #""scaleEachAcademy": {"by": "pupils", "reference": 500}"#)
        // The same keyed draws, each impact times pupils ÷ 500: 0.8 for Oak, 2 for Hill.
        #expect(abs(scaled.oak / plain.oak - 0.8) < 1e-9)
        #expect(abs(scaled.hill / plain.hill - 2.0) < 1e-9)
    }

    @Test func orWithItsIncome() throws {
        let plain = try Self.run(scale: "")
        let scaled = try Self.run(scale: #""scaleEachAcademy": {"by": "income", "reference": 2000000}"#)
        // Oak: 400 × 5,400 + 145,000 + 300,000 = 2,605,000; Hill: 1,000 × 7,000 + 145,000 + 600,000 = 7,745,000.
        #expect(abs(scaled.oak / plain.oak - 2_605_000 / 2_000_000) < 1e-9)
        #expect(abs(scaled.hill / plain.hill - 7_745_000 / 2_000_000) < 1e-9)
    }

    @Test func aMeasureThatIsNeitherIsRefusedWithTheChoices() {
        #expect {
            try Self.run(scale: #""scaleEachAcademy": {"by": "staff", "reference": 500}"#)
        } throws: { error in
            String(describing: error).contains("'pupils', 'income'")
        }
    }
}
