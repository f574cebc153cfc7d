import Foundation

/// The lognormal distribution given by the mean and standard deviation of the variable itself
/// (not of its logarithm), as a finance director would state them: "mean £50k, sd £20k".
///
/// With σ² = ln(1 + sd²/mean²) and μ = ln(mean) − σ²/2, X = exp(μ + σ·Z), Z standard normal,
/// has exactly that mean and standard deviation. Drawn as exp(μ + σ·Z), Z from
/// ``NormalZiggurat``; quantiles are exp(μ + σ·Φ⁻¹(p)).
package struct LognormalDistribution: UnivariateDistribution {
    package let mean: Double
    package let standardDeviation: Double
    /// μ, the mean of ln X.
    package let logMean: Double
    /// σ, the standard deviation of ln X.
    package let logStandardDeviation: Double

    package init(mean: Double, standardDeviation: Double) throws(DistributionError) {
        try DistributionError.requireFinite("lognormal", ["mean": mean, "standard deviation": standardDeviation])
        guard mean > 0 else { throw .lognormalMeanNotPositive(mean) }
        guard standardDeviation >= 0 else {
            throw .negativeStandardDeviation(distribution: "lognormal", value: standardDeviation)
        }
        self.mean = mean
        self.standardDeviation = standardDeviation
        let ratio = standardDeviation / mean
        let logVariance = log1p(ratio * ratio)
        logStandardDeviation = logVariance.squareRoot()
        logMean = log(mean) - 0.5 * logVariance
    }

    package func quantile(_ p: Double) -> Double {
        exp(logMean + logStandardDeviation * NormalQuantile.of(p))
    }

    package func sample(_ cursor: inout DrawCursor) -> Double {
        exp(logMean + logStandardDeviation * NormalZiggurat.sample(&cursor))
    }

    package var description: String {
        "lognormal with mean \(ParameterText.of(mean)) and standard deviation \(ParameterText.of(standardDeviation))"
    }
}
