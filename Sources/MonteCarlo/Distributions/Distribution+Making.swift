/// Distributions built in code, checked by the same rules, with the same sentences, as those
/// read from a scenario file.
extension Distribution {
    /// A fixed value, which must be finite.
    package static func fixed(value: Double) throws(DistributionError) -> Distribution {
        try DistributionError.requireFinite("fixed", ["value": value])
        return .fixed(value)
    }

    package static func uniform(min: Double, max: Double) throws(DistributionError) -> Distribution {
        .uniform(try UniformDistribution(min: min, max: max))
    }

    package static func triangular(min: Double, mode: Double, max: Double) throws(DistributionError) -> Distribution {
        .triangular(try TriangularDistribution(min: min, mode: mode, max: max))
    }

    package static func pert(
        min: Double, mode: Double, max: Double, lambda: Double = PERTDistribution.defaultLambda
    ) throws(DistributionError) -> Distribution {
        .pert(try PERTDistribution(min: min, mode: mode, max: max, lambda: lambda))
    }

    package static func normal(
        mean: Double, standardDeviation: Double, min: Double? = nil, max: Double? = nil
    ) throws(DistributionError) -> Distribution {
        .normal(try NormalDistribution(mean: mean, standardDeviation: standardDeviation, min: min, max: max))
    }

    package static func lognormal(mean: Double, standardDeviation: Double) throws(DistributionError) -> Distribution {
        .lognormal(try LognormalDistribution(mean: mean, standardDeviation: standardDeviation))
    }

    package static func bernoulli(probability: Double) throws(DistributionError) -> Distribution {
        .bernoulli(try BernoulliDistribution(probability: probability))
    }

    package static func poisson(rate: Double) throws(DistributionError) -> Distribution {
        .poisson(try PoissonDistribution(rate: rate))
    }

    package static func discrete(values: [Double], weights: [Double]) throws(DistributionError) -> Distribution {
        .discrete(try DiscreteDistribution(values: values, weights: weights))
    }
}
