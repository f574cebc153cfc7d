/// 1 with probability `p`, else 0: whether a risk strikes, whether a planned join goes ahead.
///
/// Drawn by inversion like every one-uniform distribution here: 1 when u > 1 − p. So the
/// trials in which an event happens at probability p are among those in which it happens at
/// any higher probability: a mitigation that lowers p only ever removes strikes (common
/// random numbers couple the two variants monotonically).
package struct BernoulliDistribution: UnivariateDistribution {
    package let probability: Double
    let threshold: Double

    package init(probability: Double) throws(DistributionError) {
        try DistributionError.requireFinite("Bernoulli", ["probability": probability])
        guard probability >= 0, probability <= 1 else { throw .probabilityOutsideUnitInterval(probability) }
        self.probability = probability
        threshold = 1 - probability
    }

    package var mean: Double { probability }
    package var standardDeviation: Double { (probability * (1 - probability)).squareRoot() }

    /// 0 for p ≤ 1 − probability, else 1.
    package func quantile(_ p: Double) -> Double { p > threshold ? 1 : 0 }

    package func sample(_ cursor: inout DrawCursor) -> Double { quantile(cursor.nextUniform()) }

    package var description: String {
        "1 with probability \(ParameterText.of(probability)), else 0"
    }
}
