/// The normal distribution with mean μ and standard deviation σ, optionally truncated to
/// [`min`, `max`] (either bound may be absent). σ = 0 is the mean itself.
///
/// Draws: μ + σ·Z with Z from ``NormalZiggurat``. A truncated normal whose range holds at
/// least half the probability rejects draws outside it (at most two tries on average); a
/// narrower one is drawn by inversion, mapping u into [Φ(a), Φ(b)] (a, b the bounds in
/// standard units) before applying Φ⁻¹, an exact method however far out the range lies. When
/// the range lies wholly above the mean it works with the mirrored upper-tail probabilities
/// Φ(−b) … Φ(−a), which keep their precision far into the tail.
///
/// Quantiles: μ + σ·Φ⁻¹(p) by Wichura's AS 241 (``NormalQuantile``), through the same
/// mapping when truncated.
package struct NormalDistribution: UnivariateDistribution {
    /// μ, the mean before any truncation.
    package let mu: Double
    /// σ, the standard deviation before any truncation.
    package let sigma: Double
    /// The truncation bounds, −∞ and +∞ when absent.
    let lower: Double
    let upper: Double
    let truncation: Truncation

    /// How draws honour the truncation, with the constants of the inverse mapping.
    struct Truncation: Sendable, Equatable {
        enum Method: Sendable, Equatable { case none, rejection, inversion }
        var method: Method = .none
        /// The probability, in the working direction, below the range's start.
        var start = 0.0
        /// The probability the range holds.
        var width = 1.0
        /// Whether the working direction is mirrored (the range lies above the mean).
        var mirrored = false
        /// The bounds in standard units, (min − μ)/σ and (max − μ)/σ.
        var a = -Double.infinity
        var b = Double.infinity
    }

    /// Ranges holding at least this much probability are drawn by rejection.
    static let rejectionThreshold = 0.5

    package init(mean: Double, standardDeviation: Double, min: Double? = nil, max: Double? = nil) throws(DistributionError) {
        try DistributionError.requireFinite("normal", ["mean": mean, "standard deviation": standardDeviation])
        if let min { try DistributionError.requireFinite("normal", ["min": min]) }
        if let max { try DistributionError.requireFinite("normal", ["max": max]) }
        guard standardDeviation >= 0 else { throw .negativeStandardDeviation(distribution: "normal", value: standardDeviation) }
        let lower = min ?? -.infinity
        let upper = max ?? .infinity
        if min != nil, max != nil, !(lower < upper) {
            throw .minimumAboveMaximum(distribution: "truncated normal", min: lower, max: upper)
        }
        mu = mean
        sigma = standardDeviation
        self.lower = lower
        self.upper = upper
        guard min != nil || max != nil else {
            truncation = Truncation()
            return
        }
        if standardDeviation == 0 {
            guard lower <= mean, mean <= upper else { throw .truncationHoldsNoProbability(min: lower, max: upper) }
            truncation = Truncation()
            return
        }
        let a = (lower - mean) / standardDeviation
        let b = (upper - mean) / standardDeviation
        let mirrored = a > 0
        let start = mirrored ? NormalProbability.cumulative(-b) : NormalProbability.cumulative(a)
        let end = mirrored ? NormalProbability.cumulative(-a) : NormalProbability.cumulative(b)
        guard end - start > 0 else { throw .truncationHoldsNoProbability(min: lower, max: upper) }
        let method: Truncation.Method = end - start >= Self.rejectionThreshold ? .rejection : .inversion
        truncation = Truncation(method: method, start: start, width: end - start, mirrored: mirrored, a: a, b: b)
    }

    /// The lower truncation bound, if any.
    package var min: Double? { lower.isFinite ? lower : nil }
    /// The upper truncation bound, if any.
    package var max: Double? { upper.isFinite ? upper : nil }
    /// Whether a bound is set (and σ > 0, so it matters).
    package var isTruncated: Bool { truncation.method != .none }

    package var mean: Double {
        guard isTruncated else { return mu }
        return mu + sigma * densityDifference / truncation.width
    }

    package var standardDeviation: Double {
        guard isTruncated else { return sigma }
        let shift = densityDifference / truncation.width
        let spread = (Self.xPhi(truncation.a) - Self.xPhi(truncation.b)) / truncation.width
        return sigma * Swift.max(0, 1 + spread - shift * shift).squareRoot()
    }

    /// φ(a) − φ(b), with a and b the bounds in standard units.
    private var densityDifference: Double {
        Self.phi(truncation.a) - Self.phi(truncation.b)
    }

    package func quantile(_ p: Double) -> Double {
        guard isTruncated else { return mu + sigma * NormalQuantile.of(p) }
        let z: Double
        if truncation.mirrored {
            // Upper-tail probabilities run from Φ(−b) up to Φ(−a); p = 0 is the range's start a.
            z = -NormalQuantile.of(truncation.start + (1 - p) * truncation.width)
        } else {
            z = NormalQuantile.of(truncation.start + p * truncation.width)
        }
        // Rounding may land a hair outside the range: clamp, so no draw breaks the bounds.
        return Swift.min(Swift.max(mu + sigma * z, lower), upper)
    }

    package func sample(_ cursor: inout DrawCursor) -> Double {
        switch truncation.method {
        case .none:
            return mu + sigma * NormalZiggurat.sample(&cursor)
        case .rejection:
            // Test in standard units, so the comparison waits on one fewer multiply-add.
            var z = NormalZiggurat.sample(&cursor)
            while !(z >= truncation.a && z <= truncation.b) { z = NormalZiggurat.sample(&cursor) }
            let x = mu + sigma * z
            return x < lower ? lower : (x > upper ? upper : x)
        case .inversion:
            return quantile(cursor.nextUniform())
        }
    }

    package var description: String {
        var text = "normal with mean \(ParameterText.of(mu)) and standard deviation \(ParameterText.of(sigma))"
        switch (min, max) {
        case (let min?, let max?): text += ", truncated to [\(ParameterText.of(min)), \(ParameterText.of(max))]"
        case (let min?, nil): text += ", truncated below at \(ParameterText.of(min))"
        case (nil, let max?): text += ", truncated above at \(ParameterText.of(max))"
        case (nil, nil): break
        }
        return text
    }

    /// φ(x), zero at ±∞.
    private static func phi(_ x: Double) -> Double { x.isFinite ? NormalProbability.density(x) : 0 }
    /// x·φ(x), zero at ±∞.
    private static func xPhi(_ x: Double) -> Double { x.isFinite ? x * NormalProbability.density(x) : 0 }
}
