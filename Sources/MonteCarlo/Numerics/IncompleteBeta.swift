import Foundation

/// The regularised incomplete beta function Iₓ(a, b), the distribution function of a
/// Beta(a, b) variable, and its inverse: what PERT's quantiles are made of.
package enum IncompleteBeta {
    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
    package static func logBeta(_ a: Double, _ b: Double) -> Double {
        LogGamma.of(a) + LogGamma.of(b) - LogGamma.of(a + b)
    }

    /// Iₓ(a, b) for a, b > 0 and x in [0, 1].
    ///
    /// The continued fraction of Didonato and Morris, evaluated by the modified Lentz method
    /// (Press et al., Numerical Recipes, 3rd ed., §6.4), on whichever side of the mean it
    /// converges fast, using Iₓ(a, b) = 1 − I₁₋ₓ(b, a) on the other.
    package static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        regularized(x, a, b, logBeta: logBeta(a, b))
    }

    /// Iₓ(a, b) with ln B(a, b) given (and evaluated only for x strictly between 0 and 1), so
    /// that ``inverse(_:_:_:)`` computes it once rather than at every step.
    static func regularized(_ x: Double, _ a: Double, _ b: Double, logBeta lnBeta: @autoclosure () -> Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(a * log(x) + b * log1p(-x) - lnBeta())
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a, b) / a
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    /// The x with Iₓ(a, b) = p, for p in [0, 1], to about 10⁻¹⁴ absolute.
    ///
    /// Halley's method from the starting values of Numerical Recipes' `invbetai` (3rd ed.,
    /// §6.14), kept inside a bracket that shrinks with every evaluation, so it falls back to
    /// bisection rather than leave [0, 1]. Upper-tail probabilities are solved as lower tails
    /// of Beta(b, a), where the function is accurate.
    package static func inverse(_ p: Double, _ a: Double, _ b: Double) -> Double {
        if p <= 0 { return 0 }
        if p >= 1 { return 1 }
        if p > 0.5 { return 1 - inverse(1 - p, b, a) }
        let lnBeta = logBeta(a, b)
        var x = startingValue(p, a, b)
        var low = 0.0
        var high = 1.0
        for _ in 0..<100 {
            if !(x > low && x < high) { x = 0.5 * (low + high) }
            let error = regularized(x, a, b, logBeta: lnBeta) - p
            if error == 0 { return x }
            if error < 0 { low = x } else { high = x }
            let density = exp((a - 1) * log(x) + (b - 1) * log1p(-x) - lnBeta)
            var next = 0.5 * (low + high)
            if density > 0, density.isFinite {
                let newton = error / density
                // Halley's correction uses the density's logarithmic derivative.
                let curvature = (a - 1) / x - (b - 1) / (1 - x)
                let step = newton / (1 - 0.5 * min(1, newton * curvature))
                let candidate = x - step
                if candidate > low, candidate < high { next = candidate }
            }
            if abs(next - x) <= 1e-15 * max(x, 1e-300) || high - low <= 1e-16 * max(x, 1e-300) {
                return next
            }
            x = next
        }
        return x
    }

    private static func startingValue(_ p: Double, _ a: Double, _ b: Double) -> Double {
        if a >= 1, b >= 1 {
            // A normal approximation through the Cornish-Fisher-like transform of AS 109.
            let t = (-2 * log(p)).squareRoot()
            let z = -((2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t)
            let al = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (al + h).squareRoot() / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h))
            return a / (a + b * exp(2 * w))
        }
        let lna = log(a / (a + b))
        let lnb = log(b / (a + b))
        let t = exp(a * lna) / a
        let u = exp(b * lnb) / b
        let w = t + u
        if p < t / w { return pow(a * w * p, 1 / a) }
        return 1 - pow(b * w * (1 - p), 1 / b)
    }

    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 1e-16 { break }
        }
        return h
    }
}
