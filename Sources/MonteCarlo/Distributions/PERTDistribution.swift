/// The PERT distribution: a Beta distribution scaled to [min, max] whose mean is
/// (min + λ·mode + max)/(λ + 2); λ = 4 is the classic PERT weighting (Malcolm et al., 1959),
/// larger λ concentrates the draws about the most likely value (Vose's "modified PERT").
///
/// Shapes: α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min), both ≥ 1.
/// Draws come from ``BetaSampler`` (Marsaglia–Tsang gamma pairs, or inversion when a shape is 1); quantiles
/// invert the regularised incomplete beta function (``IncompleteBeta/inverse(_:_:_:)``).
package struct PERTDistribution: UnivariateDistribution {
    package let min: Double
    package let mode: Double
    package let max: Double
    package let lambda: Double
    package let alpha: Double
    package let beta: Double
    let sampler: BetaSampler

    /// The classic weighting, λ = 4.
    package static let defaultLambda = 4.0

    package init(min: Double, mode: Double, max: Double, lambda: Double = PERTDistribution.defaultLambda) throws(DistributionError) {
        try DistributionError.requireFinite("PERT", ["min": min, "most likely value": mode, "max": max, "lambda": lambda])
        guard min <= max else { throw .minimumAboveMaximum(distribution: "PERT", min: min, max: max) }
        guard mode >= min, mode <= max else { throw .modeOutsideRange(distribution: "PERT", mode: mode, min: min, max: max) }
        guard lambda >= 0 else { throw .negativePERTLambda(lambda) }
        self.min = min
        self.mode = mode
        self.max = max
        self.lambda = lambda
        let range = max - min
        // A zero range is a fixed value; any shapes serve, since every draw is scaled by zero.
        alpha = range > 0 ? 1 + lambda * (mode - min) / range : 1
        beta = range > 0 ? 1 + lambda * (max - mode) / range : 1
        sampler = BetaSampler(alpha: alpha, beta: beta)
    }

    package var mean: Double { (min + lambda * mode + max) / (lambda + 2) }

    package var standardDeviation: Double {
        let shapes = alpha + beta
        return (max - min) * (alpha * beta / (shapes * shapes * (shapes + 1))).squareRoot()
    }

    package func quantile(_ p: Double) -> Double {
        min + (max - min) * IncompleteBeta.inverse(p, alpha, beta)
    }

    package func sample(_ cursor: inout DrawCursor) -> Double {
        min + (max - min) * sampler.sample(&cursor)
    }

    package var description: String {
        let weighting = lambda == Self.defaultLambda ? "" : " (λ = \(ParameterText.of(lambda)))"
        return "PERT from \(ParameterText.of(min)) to \(ParameterText.of(max)), "
            + "most likely \(ParameterText.of(mode))\(weighting)"
    }
}
