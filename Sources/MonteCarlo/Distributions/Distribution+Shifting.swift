/// A distribution moved or stretched, keeping its form: what `--set path+=1` and
/// `--set path*=1.1` do to an uncertain input ("the pay award is one point higher than assumed").
///
/// One rule for every form: the new distribution's mean is exactly `factor × mean + shift`.
/// For the forms that are a location and a spread (fixed, uniform, triangular, PERT, normal,
/// truncated or not, and discrete) it is the distribution of `factor × X + shift` itself: every
/// parameter, bound and value moves with it, and a PERT keeps its λ. A lognormal is written as
/// its own mean and standard deviation: scaling multiplies both (exactly `factor × X`), while a
/// shift moves the mean and keeps the standard deviation (a lognormal cannot be slid along
/// without leaving its form, as its draws stay above zero). A Bernoulli's and a Poisson's one
/// parameter is their mean, so it is the parameter that moves (a chance of 0.3 plus 0.1 is 0.4).
extension Distribution {
    /// This distribution with its mean moved by exactly `shift`; an error when the result is not
    /// a distribution (a lognormal's mean at or below zero, a chance above one).
    package func shifted(by shift: Double) throws(DistributionError) -> Distribution {
        try transformed(factor: 1, shift: shift)
    }

    /// This distribution with its mean multiplied by exactly `factor`, which must be above zero.
    package func scaled(by factor: Double) throws(DistributionError) -> Distribution {
        try transformed(factor: factor, shift: 0)
    }

    /// The distribution with mean `factor × mean + shift`, in this one's form.
    private func transformed(factor k: Double, shift a: Double) throws(DistributionError) -> Distribution {
        func moved(_ x: Double) -> Double { k * x + a }
        switch self {
        case .fixed(let value): return try .fixed(value: moved(value))
        case .uniform(let d): return try .uniform(min: moved(d.min), max: moved(d.max))
        case .triangular(let d): return try .triangular(min: moved(d.min), mode: moved(d.mode), max: moved(d.max))
        case .pert(let d): return try .pert(min: moved(d.min), mode: moved(d.mode), max: moved(d.max), lambda: d.lambda)
        case .normal(let d):
            return try .normal(mean: moved(d.mu), standardDeviation: k * d.sigma, min: d.min.map(moved), max: d.max.map(moved))
        case .lognormal(let d): return try .lognormal(mean: moved(d.mean), standardDeviation: k * d.standardDeviation)
        case .bernoulli(let d): return try .bernoulli(probability: moved(d.probability))
        case .poisson(let d): return try .poisson(rate: moved(d.rate))
        case .discrete(let d): return try .discrete(values: d.values.map(moved), weights: d.weights)
        }
    }
}
