import MonteCarlo
import Testing

/// 10⁶ keyed draws of each distribution against scipy's exact values (Fixtures/references.json).
///
/// Tolerances are 4 standard errors: for the mean, sd/√n; for a percentile of a continuous
/// distribution, √(p(1 − p)/n)/f(xₚ), the large-sample standard error of a sample quantile.
/// For a discrete distribution the percentile is a step, and the reference script guarantees
/// the step lies at least 8 standard errors from p, so the sample percentile must equal the
/// population's exactly. The seed is fixed, so the outcome never changes between runs.
struct DistributionReferenceTests {
    @Test(arguments: Reference.all)
    func drawsMatchScipy(_ reference: Reference) {
        let n = Reference.draws
        let key = DrawKey(seed: Reference.seed, stream: "reference", entity: reference.name, year: 0)
        var draws = [Double](repeating: 0, count: n)
        var sum = 0.0
        for trial in 0..<n {
            draws[trial] = reference.distribution.sample(key: key, trial: trial)
            sum += draws[trial]
        }
        let mean = sum / Double(n)
        let meanTolerance = 4 * reference.standardDeviation / Double(n).squareRoot()
        #expect(abs(mean - reference.mean) <= meanTolerance, "mean \(mean), scipy \(reference.mean) ± \(meanTolerance)")

        // Selection, not a sort: a full sort of 10⁶ values is slow in a debug build.
        let percentiles = Percentiles.of(rearranging: &draws, at: reference.percentiles.map(\.p))
        for (point, percentile) in zip(reference.percentiles, percentiles) {
            if reference.isDiscrete {
                #expect(percentile == point.value, "P\(Int(point.p * 100)) \(percentile), scipy \(point.value)")
            } else {
                let standardError = (point.p * (1 - point.p) / Double(n)).squareRoot() / (point.density ?? .nan)
                #expect(
                    abs(percentile - point.value) <= 4 * standardError,
                    "P\(Int(point.p * 100)) \(percentile), scipy \(point.value) ± \(4 * standardError)")
            }
        }
    }

    @Test(arguments: Reference.all)
    func exactMomentsMatchScipy(_ reference: Reference) {
        #expect(abs(reference.distribution.mean - reference.mean) <= 1e-12 * max(1, abs(reference.mean)))
        #expect(
            abs(reference.distribution.standardDeviation - reference.standardDeviation)
                <= 1e-10 * max(1, reference.standardDeviation))
    }

    @Test(arguments: Reference.all)
    func quantilesMatchScipy(_ reference: Reference) {
        for point in reference.quantiles {
            let value = reference.distribution.quantile(point.p)
            let tolerance = reference.isDiscrete ? 0 : 1e-8 * max(1, abs(point.value))
            #expect(abs(value - point.value) <= tolerance, "F⁻¹(\(point.p)) = \(value), scipy \(point.value)")
        }
    }

    @Test func fixedValueIsAlwaysItself() throws {
        let fixed = Distribution.fixed(7.5)
        var cursor = DrawKey(seed: 1, stream: "x", year: 0).cursor(trial: 3)
        #expect(fixed.sample(&cursor) == 7.5)
        #expect(fixed.mean == 7.5 && fixed.standardDeviation == 0 && fixed.quantile(0.95) == 7.5)
    }
}
