/// The triangular distribution on [min, max] peaking at `mode`. Drawn by inversion of its
/// distribution function, one square root per draw:
/// F⁻¹(u) = min + √(u·(max − min)(mode − min)) below F(mode), else max − √((1 − u)(max − min)(max − mode)).
package struct TriangularDistribution: UnivariateDistribution {
    package let min: Double
    package let mode: Double
    package let max: Double
    /// F(mode), the probability of drawing below the mode.
    let split: Double
    let lowerScale: Double
    let upperScale: Double

    package init(min: Double, mode: Double, max: Double) throws(DistributionError) {
        try DistributionError.requireFinite("triangular", ["min": min, "most likely value": mode, "max": max])
        guard min <= max else { throw .minimumAboveMaximum(distribution: "triangular", min: min, max: max) }
        guard mode >= min, mode <= max else {
            throw .modeOutsideRange(distribution: "triangular", mode: mode, min: min, max: max)
        }
        self.min = min
        self.mode = mode
        self.max = max
        let range = max - min
        split = range > 0 ? (mode - min) / range : 0
        lowerScale = range * (mode - min)
        upperScale = range * (max - mode)
    }

    package var mean: Double { (min + mode + max) / 3 }

    package var standardDeviation: Double {
        let variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18
        return Swift.max(0, variance).squareRoot()
    }

    package func quantile(_ p: Double) -> Double {
        // One square root of a selected argument, and selections rather than branches: which
        // side of the mode a random p falls is a coin toss a branch predictor cannot learn.
        let below = p < split
        let root = (below ? p * lowerScale : (1 - p) * upperScale).squareRoot()
        return (below ? min : max) + (below ? root : -root)
    }

    package func sample(_ cursor: inout DrawCursor) -> Double { quantile(cursor.nextUniform()) }

    package var description: String {
        "triangular from \(ParameterText.of(min)) to \(ParameterText.of(max)), "
            + "most likely \(ParameterText.of(mode))"
    }
}
