/// Latin hypercube sampling (McKay, Beckman and Conover, Technometrics 21(2), 1979) of one
/// input over N trials: the unit interval is cut into N equal strata and each stratum gives
/// exactly one trial its uniform, so the N draws cover the distribution evenly, which makes
/// means and percentiles of smooth outputs converge faster than independent draws.
///
/// Trial t's uniform is (π(t) + v_t)/N, π a keyed random permutation of the strata and v_t a
/// keyed uniform within the stratum (or ½, "median" LHS, Analytica's default). The values
/// are then the distribution's quantiles of these uniforms.
package enum LatinHypercube {
    /// Where within its stratum each trial's uniform lies.
    package enum Position: Sendable, Equatable {
        /// A keyed uniform within the stratum (random LHS, @RISK's and Crystal Ball's choice).
        case random
        /// The stratum's midpoint (median LHS): only the pairing across inputs is random.
        case median
    }

    /// The N stratified uniforms for the input keyed by `key`, strictly inside (0, 1).
    package static func uniforms(count n: Int, key: DrawKey, position: Position = .random) -> [Double] {
        precondition(n > 0, "a Latin hypercube needs at least one trial")
        let strata = KeyedPermutation.make(count: n, key: key.subkey(1))
        let jitter = key.subkey(2)
        let width = 1 / Double(n)
        return (0..<n).map { t in
            let within = position == .median ? 0.5 : jitter.uniform(trial: t)
            // (stratum + within)/N can round to 1 for large N: keep it strictly inside (0, 1).
            return Swift.min(Swift.max((Double(strata[t]) + within) * width, 0x1p-53), 1 - 0x1p-53)
        }
    }

    /// The N Latin hypercube draws of `distribution` (its quantiles at ``uniforms(count:key:position:)``).
    package static func sample(_ distribution: Distribution, count n: Int, key: DrawKey, position: Position = .random) -> [Double] {
        uniforms(count: n, key: key, position: position).map(distribution.quantile)
    }
}
