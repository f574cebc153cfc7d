import Testing

@testable import MonteCarlo

/// `--set path+=x` and `*=x` on a distribution: the mean moves by exactly x (or is multiplied by
/// exactly x), the form is kept, and for the forms that are a location and a spread every
/// quantile moves with it, so the result is the distribution of x + X (or x·X) itself.
struct DistributionShiftTests {
    static let forms: [Distribution] = {
        do {
            return [
                .fixed(4.5), try .uniform(min: 1, max: 3), try .triangular(min: 2.5, mode: 4, max: 6.5),
                try .pert(min: 1, mode: 2, max: 6, lambda: 3), try .normal(mean: 2, standardDeviation: 0.8),
                try .normal(mean: 2, standardDeviation: 0.8, min: 0, max: 3), try .lognormal(mean: 50_000, standardDeviation: 20_000),
                try .bernoulli(probability: 0.3), try .poisson(rate: 2.5), try .discrete(values: [1, 2, 5], weights: [5, 3, 2]),
            ]
        } catch { fatalError("the test distributions are valid: \(error)") }
    }()

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test(arguments: forms)
    func aShiftMovesTheMeanByExactlyItsAmount(_ distribution: Distribution) throws {
        let up = try distribution.shifted(by: 0.1)
        #expect(Self.close(up.mean, distribution.mean + 0.1), "\(distribution) + 0.1 is \(up)")
        let twice = try distribution.scaled(by: 2)
        #expect(Self.close(twice.mean, 2 * distribution.mean), "\(distribution) × 2 is \(twice)")
    }

    @Test func theIssuesTriangularPlusOne() throws {
        let pay = try Distribution.triangular(min: 2.5, mode: 4, max: 6.5)
        #expect(try pay.shifted(by: 1) == .triangular(min: 3.5, mode: 5, max: 7.5))
        #expect(try pay.shifted(by: 1).mean - pay.mean == 1)
    }

    /// Location and spread forms: every quantile moves (or stretches) with the value.
    @Test(
        arguments: forms.filter {
            if case .lognormal = $0 { false } else if case .bernoulli = $0 { false } else if case .poisson = $0 { false } else { true }
        })
    func locationFormsMoveEveryQuantile(_ distribution: Distribution) throws {
        let up = try distribution.shifted(by: -1.5)
        let scaled = try distribution.scaled(by: 1.1)
        for p in [0.01, 0.1, 0.5, 0.9, 0.99] {
            #expect(Self.close(up.quantile(p), distribution.quantile(p) - 1.5))
            #expect(Self.close(scaled.quantile(p), 1.1 * distribution.quantile(p)))
        }
        #expect(Self.close(up.standardDeviation, distribution.standardDeviation))
        #expect(Self.close(scaled.standardDeviation, 1.1 * distribution.standardDeviation))
    }

    /// A lognormal's parameters are its own mean and sd: a shift moves the mean and keeps the
    /// sd; scaling is exactly k·X (every quantile times k).
    @Test func aLognormalKeepsItsSpreadWhenShiftedAndStretchesWhenScaled() throws {
        let loss = try Distribution.lognormal(mean: 50_000, standardDeviation: 20_000)
        #expect(try loss.shifted(by: 10_000) == .lognormal(mean: 60_000, standardDeviation: 20_000))
        let scaled = try loss.scaled(by: 1.5)
        #expect(scaled == (try .lognormal(mean: 75_000, standardDeviation: 30_000)))
        for p in [0.05, 0.5, 0.95] { #expect(Self.close(scaled.quantile(p), 1.5 * loss.quantile(p))) }
    }

    @Test func aShiftThatLeavesTheFormIsRefusedInItsWords() {
        #expect(throws: DistributionError.lognormalMeanNotPositive(-10_000)) {
            try Distribution.lognormal(mean: 50_000, standardDeviation: 20_000).shifted(by: -60_000)
        }
        #expect(throws: DistributionError.probabilityOutsideUnitInterval(1.25)) {
            try Distribution.bernoulli(probability: 0.75).shifted(by: 0.5)
        }
    }
}
