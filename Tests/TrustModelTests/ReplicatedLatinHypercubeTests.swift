import MonteCarlo
import Testing

@testable import TrustModel

/// Latin hypercube runs print the error their estimates really have: the spread between
/// replicated blocks, checked against the spread of the estimates over many seeds.
struct ReplicatedLatinHypercubeTests {
    static func scenario(seed: Int) -> String {
        """
        {"name": "Economy only", "startYear": 2026, "years": 4, "trials": 500, "seed": \(seed), "sampling": "latinHypercube",
         "economy": {"fundingUpliftPercent": {"normal": [2.0, 0.8]}, "payAwardPercent": {"triangular": [2, 3.5, 6.5]},
                     "payGrantCoveragePercent": {"uniform": [0, 60]}, "nonPayInflationPercent": {"triangular": [1.5, 3, 8]}},
         "trust": {"topSlicePercent": 5, "centralReserves": 200000, "centralCosts": {"fixed": 300000}},
         "academies": [{"id": "a", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "fundingPerPupil": 5400,
                        "lumpSum": 145000, "otherIncome": 300000, "staffCosts": 2000000, "nonStaffCosts": 500000, "reserves": 100000}]}
        """
    }

    /// Over 30 seeds the printed standard error of mean trust reserves averages close to the
    /// standard deviation of the estimates themselves; the plain s/√n is several times larger.
    @Test func thePrintedErrorIsNearTheSpreadOverSeeds() throws {
        var estimates = MeanAccumulator()
        var printed = MeanAccumulator()
        var plain = MeanAccumulator()
        for seed in 1...30 {
            let scenario = try Fixtures.load(Self.scenario(seed: seed)).base
            let result = try Simulation.run(scenario, registers: nil, threads: 2)
            let summary = result.lastYear.summary(.trustReserves)
            estimates.add(summary.mean)
            printed.add(summary.standardError)
            plain.add(MeanAccumulator(result.values(.trustReserves, year: 3)).standardError)
            let measure = try OutputVocabulary.measure("mean(trust.reserves@end)", scenario: scenario)
            #expect(try result.estimate(measure).standardError == summary.standardError)
        }
        let spread = estimates.standardDeviation
        #expect((0.6...1.5).contains(printed.mean / spread), "printed \(printed.mean), spread over seeds \(spread)")
        #expect(plain.mean > 3 * spread, "plain \(plain.mean), spread \(spread)")
    }

    @Test func blocksCoverEveryTrialOnceInOrder() {
        let blocks = ReplicatedBlocks(trials: 1_003)
        #expect(blocks.ranges.count == 10 && blocks.ranges.first?.lowerBound == 0 && blocks.ranges.last?.upperBound == 1_003)
        #expect(zip(blocks.ranges, blocks.ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(Set(blocks.ranges.map(\.count)) == [100, 101])
        // Equal blocks: the standard error of the mean is the block means' standard deviation over √B.
        let even = ReplicatedBlocks(trials: 20)
        let values = (0..<20).map { Double($0 / 2) }  // block means 0, 1, …, 9
        #expect(abs(even.standardErrorOfMean(values) - (55.0 / 6.0).squareRoot() / 10.0.squareRoot()) < 1e-12)
    }

    @Test func theRunLineSaysHowTheErrorIsMeasured() throws {
        let scenario = try Fixtures.load(Self.scenario(seed: 1)).base
        #expect(try Simulation.run(scenario, registers: nil, threads: 2).replicates?.ranges.count == 10)
    }
}
