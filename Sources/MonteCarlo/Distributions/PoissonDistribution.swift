import Foundation

/// The Poisson distribution with mean `rate` (λ): how many times an event that happens λ
/// times a year on average happens in one year.
///
/// - λ < 10: inversion by sequential search, F(k) built term by term from e^(−λ) with
///   p(k) = p(k − 1)·λ/k as the search goes (Devroye 1986, §X.3): one uniform per draw, no
///   table, so the draw equals ``quantile(_:)`` of that uniform.
/// - λ ≥ 10: Hörmann's transformed rejection with squeeze, PTRS ("The transformed rejection
///   method for generating Poisson random variables", Insurance: Mathematics and Economics
///   12, 1993), the method numpy uses above the same threshold: two uniforms per try, the
///   squeeze settling two tries in three at λ = 100 without a logarithm, the rest needing one
///   (ln k! comes from a table up to 255).
package struct PoissonDistribution: UnivariateDistribution {
    package let rate: Double
    /// e^(−λ), the probability of 0, where the search starts.
    let zeroProbability: Double
    let ptrs: PTRS?

    /// The largest rate accepted: beyond it counts are better modelled as continuous.
    package static let largestRate = 1e9
    /// Below this rate draws are by inversion, from it by PTRS.
    package static let rejectionThreshold = 10.0

    package init(rate: Double) throws(DistributionError) {
        try DistributionError.requireFinite("Poisson", ["rate λ": rate])
        guard rate >= 0 else { throw .negativePoissonRate(rate) }
        guard rate <= Self.largestRate else { throw .poissonRateTooLarge(rate) }
        self.rate = rate
        zeroProbability = exp(-rate)
        ptrs = rate < Self.rejectionThreshold ? nil : PTRS(rate: rate)
    }

    package var mean: Double { rate }
    package var standardDeviation: Double { rate.squareRoot() }

    /// The smallest k with F(k) ≥ p.
    package func quantile(_ p: Double) -> Double {
        ptrs == nil ? Double(searchFromZero(p)) : Double(searchFromBelowMean(p))
    }

    package func sample(_ cursor: inout DrawCursor) -> Double {
        if let ptrs { return ptrs.sample(&cursor) }
        return Double(searchFromZero(cursor.nextUniform()))
    }

    package var description: String { "Poisson with mean \(ParameterText.of(rate))" }

    /// Sequential search from 0, for λ < 10.
    @inline(__always)
    private func searchFromZero(_ u: Double) -> Int {
        search(u, from: 0, term: zeroProbability)
    }

    /// The quantile for λ ≥ 10: sum the probabilities upwards from 30 standard deviations
    /// below the mean (the mass below it is under 10⁻¹⁹⁰).
    private func searchFromBelowMean(_ p: Double) -> Int {
        let k = Swift.max(0, Int((rate - 30 * rate.squareRoot()).rounded(.down)))
        return search(p, from: k, term: exp(Double(k) * log(rate) - rate - LogGamma.logFactorial(k)))
    }

    /// The smallest k ≥ `start` with F(k) ≥ u, F summed upwards from p(start) = `term`. It
    /// stops when F reaches u, or when the terms vanish above the mean (F then equals 1 to
    /// within rounding, which only the last few of the 2⁵² uniforms can exceed); below the mean
    /// they only grow, so a start far below it that underflowed to 0 does not end the search
    /// (from 0 at λ < 10 none is 0 there: each is at least e^(−λ)).
    @inline(__always)
    private func search(_ u: Double, from start: Int, term: Double) -> Int {
        var k = start
        var term = term
        var cumulative = term
        while u > cumulative, term > 0 || Double(k) < rate {
            k += 1
            term *= rate / Double(k)
            cumulative += term
        }
        return k
    }
}

/// The constants of PTRS for one rate λ ≥ 10, with the names of Hörmann's paper.
struct PTRS: Sendable, Equatable {
    let rate: Double
    let logRate: Double
    let a: Double
    let b: Double
    let logInverseAlpha: Double
    let vr: Double

    init(rate: Double) {
        self.rate = rate
        logRate = log(rate)
        b = 0.931 + 2.53 * rate.squareRoot()
        a = -0.059 + 0.02483 * b
        logInverseAlpha = log(1.1239 + 1.1328 / (b - 3.4))
        vr = 0.9277 - 3.6224 / (b - 2)
    }

    @inline(__always)
    func sample(_ cursor: inout DrawCursor) -> Double {
        while true {
            let u = cursor.nextUniform() - 0.5
            let v = cursor.nextUniform()
            let us = 0.5 - abs(u)
            let x = (2 * a / us + b) * u + rate + 0.43
            // k = ⌊x⌋. For λ ≥ 10 the first acceptance never sees x < 0, so rejecting negative
            // x before the test changes nothing, and for x ≥ 0 truncation is the floor (without
            // a call to the C library's floor). Counts beyond 2⁵² are always rejected below.
            if x < 0 || x >= 0x1p52 { continue }
            let k = Double(Int64(x))
            if us >= 0.07, v <= vr { return k }
            if us < 0.013, v > us { continue }
            // log(v) + log(1/α) − log(a/us² + b) with one logarithm instead of two.
            let lhs = log(v / (a / (us * us) + b)) + logInverseAlpha
            if lhs <= -rate + k * logRate - LogGamma.logFactorial(Int(k)) { return k }
        }
    }
}
