import Foundation
import MonteCarlo
import Testing

/// The paired bootstrap of a difference of percentiles, against exact cases and the asymptotic
/// variance of sample medians.
struct PairedBootstrapTests {
    let bootstrap = PairedBootstrap(key: DrawKey(seed: 1, stream: "test.bootstrap", year: 0), resamples: 200)

    @Test func identicalColumnsDifferByExactlyZero() {
        let key = DrawKey(seed: 2, stream: "column", year: 0)
        let x = (0..<2_000).map { 2_500_000 + 400_000 * NormalQuantile.of(key.uniform(trial: $0)) }
        let same = bootstrap.percentileDifference(x, x, at: 0.5)
        #expect(same.difference == 0 && same.standardError == 0)
    }

    @Test func aColumnShiftedByAConstantDiffersByThatConstantWithNoWidth() {
        let key = DrawKey(seed: 3, stream: "column", year: 0)
        let y = (0..<2_000).map { 2_500_000 + 400_000 * NormalQuantile.of(key.uniform(trial: $0)) }
        let x = y.map { $0 + 50_000 }
        for p in [0.05, 0.5, 0.9] {
            let shifted = bootstrap.percentileDifference(x, y, at: p)
            #expect(abs(shifted.difference - 50_000) < 1e-6 && shifted.standardError == 0, "P\(p)")
        }
    }

    @Test func theSameKeyGivesTheSameAnswerOnAnyNumberOfThreads() {
        let key = DrawKey(seed: 4, stream: "column", year: 0)
        let y = (0..<500).map { NormalQuantile.of(key.uniform(trial: $0)) }
        let x = y.enumerated().map { $1 + NormalQuantile.of(key.uniform(trial: 10_000 + $0)) }
        let first = bootstrap.percentileDifference(x, y, at: 0.5)
        #expect(first.standardError > 0)
        #expect(bootstrap.percentileDifference(x, y, at: 0.5) == first)
        for threads in [1, 2, 5] { #expect(bootstrap.percentileDifference(x, y, at: 0.5, threads: threads) == first, "\(threads) threads") }
    }

    /// Repeated samples of n = 401 pairs: the bootstrap's standard error agrees with the
    /// asymptotic one, and its 95% interval covers the true difference about 95% of the time.
    /// Case "correlated": X = 1 + Z₁, Y = 0.8 Z₁ + 0.6 Z₂ (true difference of medians 1). Case
    /// "independent": X ~ Exp(1), Y ~ N(0, 1) (true difference ln 2). Standard errors from
    /// Var = (F(0,0) − 1/4 counted as a covariance) and 1/(4 n f(m)²), computed with scipy:
    /// `stats.multivariate_normal(cov=[[1,.8],[.8,1]]).cdf([0,0])`, `stats.norm.pdf(0)`,
    /// `stats.expon.pdf(log 2)`.
    @Test(arguments: [
        ("correlated", 1.0, 0.05665228891552399),
        ("independent", 0.6931471805599453, 0.08006849198321445),
    ])
    func coversTheTrueDifferenceOfMedians(pairing: String, truth: Double, asymptoticError: Double) {
        let n = 401
        let replications = 200
        var covered = 0
        var errors = MeanAccumulator()
        for replication in 0..<replications {
            let first = DrawKey(seed: UInt64(replication), stream: "coverage.first", year: 0)
            let second = DrawKey(seed: UInt64(replication), stream: "coverage.second", year: 0)
            var x: [Double] = []
            var y: [Double] = []
            for trial in 0..<n {
                let z1 = NormalQuantile.of(first.uniform(trial: trial))
                let z2 = NormalQuantile.of(second.uniform(trial: trial))
                if pairing == "correlated" {
                    x.append(1 + z1)
                    y.append(0.8 * z1 + 0.6 * z2)
                } else {
                    x.append(-log(first.uniform(trial: trial)))
                    y.append(z2)
                }
            }
            let found = bootstrap.percentileDifference(x, y, at: 0.5)
            errors.add(found.standardError)
            if abs(found.difference - truth) <= 1.959_963_984_540_054 * found.standardError { covered += 1 }
        }
        // 200 replications: coverage's own standard error is about 1.5 points.
        #expect((0.90...0.99).contains(Double(covered) / Double(replications)), "\(covered) of \(replications)")
        #expect(abs(errors.mean / asymptoticError - 1) < 0.1, "\(errors.mean) against \(asymptoticError)")
    }
}
