/// Percentiles by numpy's default method ("linear", Hyndman and Fan's type 7), so that a
/// figure can be checked against `numpy.percentile` or Excel's PERCENTILE.INC exactly.
///
/// For n values sorted ascending x[0] ≤ … ≤ x[n−1] and a probability p in [0, 1] (a fraction:
/// 0.95 is the 95th percentile), let h = (n − 1)·p; then
///
///     P(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]),
///
/// with P(1) = x[n−1]. The interpolation is numpy's `_lerp`, which for h − ⌊h⌋ ≥ ½ computes
/// x[⌊h⌋ + 1] − (1 − (h − ⌊h⌋))·(x[⌊h⌋ + 1] − x[⌊h⌋]) instead: the same arithmetic in the same
/// order, so results agree with numpy to the last bit.
package enum Percentiles {
    /// The percentiles the board pack shows: P5, P10, P25, P50, P75, P90, P95.
    package static let board: [Double] = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95]

    /// The percentile at `p` of values already sorted ascending (no NaN).
    ///
    /// - Complexity: O(1).
    package static func of(sorted values: [Double], at p: Double) -> Double {
        precondition(!values.isEmpty, "a percentile of no values")
        precondition(p >= 0 && p <= 1, "a percentile's probability is from 0 to 1, not \(p)")
        let h = Double(values.count - 1) * p
        let below = Int(h.rounded(.down))
        if below >= values.count - 1 { return values[values.count - 1] }
        return interpolate(values[below], values[below + 1], h - Double(below))
    }

    /// numpy's `_lerp(a, b, t)`: a + (b − a)·t below t = ½, b − (b − a)·(1 − t) from it, which
    /// is exact at both ends and monotone.
    @inline(__always)
    static func interpolate(_ a: Double, _ b: Double, _ t: Double) -> Double {
        let difference = b - a
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t
    }

    /// The percentiles at each of `ps` of `values` in any order (sorts a copy).
    ///
    /// - Complexity: O(n log n).
    package static func of(_ values: [Double], at ps: [Double]) -> [Double] {
        let sorted = values.sorted()
        return ps.map { of(sorted: sorted, at: $0) }
    }

    /// A distribution-free confidence interval for the population percentile at `p`, from
    /// order statistics: the binomial count of values below the true percentile, approximated
    /// by a normal, gives ranks j and k with P(x₍ⱼ₎ ≤ ξₚ ≤ x₍ₖ₎) ≈ 95% for z = 1.96
    /// (Conover, "Practical Nonparametric Statistics", 3rd ed., §3.2).
    package static func confidenceInterval(sorted values: [Double], at p: Double, z: Double = 1.959_963_984_540_054) -> ClosedRange<Double>
    {
        precondition(!values.isEmpty, "a percentile of no values")
        let n = Double(values.count)
        let spread = z * (n * p * (1 - p)).squareRoot()
        let low = Int((n * p - spread).rounded(.down)) - 1  // 1-based rank to 0-based index
        let high = Int((n * p + spread).rounded(.up)) - 1
        let clamp = { (i: Int) in Swift.min(Swift.max(i, 0), values.count - 1) }
        return values[clamp(low)]...values[clamp(high)]
    }
}
