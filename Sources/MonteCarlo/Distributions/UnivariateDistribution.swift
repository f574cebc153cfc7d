/// What every distribution in matrisk can do: draw from keyed random numbers, and say
/// exactly what it is (mean, spread, quantiles, a sentence for the board pack).
///
/// The concrete types are used through the ``Distribution`` enum, never as `any
/// UnivariateDistribution`; the protocol keeps their surfaces alike and lets tests and the
/// benchmark loop over them generically, specialised.
package protocol UnivariateDistribution: Sendable, Equatable, CustomStringConvertible {
    /// The exact mean.
    var mean: Double { get }
    /// The exact standard deviation.
    var standardDeviation: Double { get }
    /// The quantile function F⁻¹(p) = inf { x : F(x) ≥ p }, for p in (0, 1).
    func quantile(_ p: Double) -> Double
    /// One draw, taking as many uniforms from `cursor` as the algorithm needs.
    func sample(_ cursor: inout DrawCursor) -> Double
}

extension UnivariateDistribution {
    /// The draw for `trial` under `key`.
    @inlinable
    package func sample(key: DrawKey, trial: Int) -> Double {
        var cursor = key.cursor(trial: trial)
        return sample(&cursor)
    }
}
