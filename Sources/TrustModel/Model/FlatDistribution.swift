import MonteCarlo

/// A distribution as the trial loop holds it. The cases the model draws from for every
/// academy-year and risk event (fixed, uniform, triangular, PERT, normal, lognormal) are plain
/// numbers stored inline, so reading one from an array copies no reference: a ``Distribution``
/// can hold a discrete distribution's tables, and copying one out of an array on every draw
/// made the threads contend for a shared reference count. Any other case (discrete, Poisson,
/// Bernoulli) is kept in a side table and named here by its index.
///
/// Sampling calls exactly what ``Distribution/sample(key:trial:)`` calls, so the draws are the
/// same to the bit.
enum FlatDistribution: Sendable {
    case fixed(Double)
    case uniform(UniformDistribution)
    case triangular(TriangularDistribution)
    case pert(PERTDistribution)
    case normal(NormalDistribution)
    case lognormal(LognormalDistribution)
    /// The distribution at this index of the side table.
    case other(Int)

    /// `distribution` flattened; a case kept aside is appended to `others`.
    init(_ distribution: Distribution, others: inout [Distribution]) {
        switch distribution {
        case .fixed(let value): self = .fixed(value)
        case .uniform(let d): self = .uniform(d)
        case .triangular(let d): self = .triangular(d)
        case .pert(let d): self = .pert(d)
        case .normal(let d): self = .normal(d)
        case .lognormal(let d): self = .lognormal(d)
        case .bernoulli, .poisson, .discrete:
            self = .other(others.count)
            others.append(distribution)
        }
    }

    /// The draw for `trial` under `key`; `others` is the side table it was built with.
    @inline(__always)
    func sample(key: DrawKey, trial: Int, others: [Distribution]) -> Double {
        var cursor = key.cursor(trial: trial)
        switch self {
        case .fixed(let value): return value
        case .uniform(let d): return d.sample(&cursor)
        case .triangular(let d): return d.sample(&cursor)
        case .pert(let d): return d.sample(&cursor)
        case .normal(let d): return d.sample(&cursor)
        case .lognormal(let d): return d.sample(&cursor)
        case .other(let index): return others[index].sample(&cursor)
        }
    }
}
