/// One uncertain quantity of a scenario, in any of the forms Scenarios/MODEL.md lists: a fixed number,
/// uniform, triangular, PERT, normal (optionally truncated), lognormal, Bernoulli, Poisson or
/// discrete.
///
/// A value type the finance model stores in its inputs and draws from inside the trial loop:
///
///     let impact = try Distribution.pert(min: 10_000, mode: 25_000, max: 80_000)
///     let key = DrawKey(seed: 20261122, stream: "risk.T04.impact", entity: "oak-primary", year: 2)
///     let loss = impact.sample(key: key, trial: trial)
///
/// Every case knows its exact mean and standard deviation and its quantile function, and
/// describes itself in a sentence for the board pack. Units are the caller's: a field ending
/// in `Percent` holds a distribution of percentages.
package enum Distribution: Sendable, Equatable, CustomStringConvertible {
    case fixed(Double)
    case uniform(UniformDistribution)
    case triangular(TriangularDistribution)
    case pert(PERTDistribution)
    case normal(NormalDistribution)
    case lognormal(LognormalDistribution)
    case bernoulli(BernoulliDistribution)
    case poisson(PoissonDistribution)
    case discrete(DiscreteDistribution)

    /// One draw, taking from `cursor` as many uniforms as the distribution's algorithm needs
    /// (none for a fixed value, one for those drawn by inversion).
    package func sample(_ cursor: inout DrawCursor) -> Double {
        switch self {
        case .fixed(let value): return value
        case .uniform(let d): return d.sample(&cursor)
        case .triangular(let d): return d.sample(&cursor)
        case .pert(let d): return d.sample(&cursor)
        case .normal(let d): return d.sample(&cursor)
        case .lognormal(let d): return d.sample(&cursor)
        case .bernoulli(let d): return d.sample(&cursor)
        case .poisson(let d): return d.sample(&cursor)
        case .discrete(let d): return d.sample(&cursor)
        }
    }

    /// The draw for `trial` under `key`.
    package func sample(key: DrawKey, trial: Int) -> Double {
        var cursor = key.cursor(trial: trial)
        return sample(&cursor)
    }

    /// The quantile function F⁻¹(p) = inf { x : F(x) ≥ p } for p in (0, 1): exact for every
    /// case (to about 10⁻¹⁴ for PERT, whose inverse is iterative).
    package func quantile(_ p: Double) -> Double {
        switch self {
        case .fixed(let value): return value
        case .uniform(let d): return d.quantile(p)
        case .triangular(let d): return d.quantile(p)
        case .pert(let d): return d.quantile(p)
        case .normal(let d): return d.quantile(p)
        case .lognormal(let d): return d.quantile(p)
        case .bernoulli(let d): return d.quantile(p)
        case .poisson(let d): return d.quantile(p)
        case .discrete(let d): return d.quantile(p)
        }
    }

    /// The exact mean.
    package var mean: Double {
        if case .fixed(let value) = self { return value }
        return concrete?.mean ?? .nan  // every other case has a concrete distribution
    }

    /// The exact standard deviation (0 for a fixed value).
    package var standardDeviation: Double { concrete?.standardDeviation ?? 0 }

    /// A sentence for the board pack: "triangular from 0.5 to 4, most likely 2".
    package var description: String {
        if case .fixed(let value) = self { return "fixed at \(ParameterText.of(value))" }
        return concrete?.description ?? ""  // every other case has a concrete distribution
    }

    /// The distribution behind the case (nil for a fixed value), for the properties read
    /// outside the trial loop; ``sample(_:)`` and ``quantile(_:)`` switch on the case instead,
    /// so draws never go through an existential.
    private var concrete: (any UnivariateDistribution)? {
        switch self {
        case .fixed: return nil
        case .uniform(let d): return d
        case .triangular(let d): return d
        case .pert(let d): return d
        case .normal(let d): return d
        case .lognormal(let d): return d
        case .bernoulli(let d): return d
        case .poisson(let d): return d
        case .discrete(let d): return d
        }
    }
}
