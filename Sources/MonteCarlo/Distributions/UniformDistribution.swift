/// Every value from `min` to `max` equally likely. Drawn by inversion: min + (max − min)·u.
package struct UniformDistribution: UnivariateDistribution {
    package let min: Double
    package let max: Double

    /// A uniform distribution on [min, max]; min = max is allowed and gives that value.
    package init(min: Double, max: Double) throws(DistributionError) {
        try DistributionError.requireFinite("uniform", ["min": min, "max": max])
        guard min <= max else { throw .minimumAboveMaximum(distribution: "uniform", min: min, max: max) }
        self.min = min
        self.max = max
    }

    package var mean: Double { 0.5 * (min + max) }
    package var standardDeviation: Double { (max - min) * 0.288_675_134_594_812_882_25 }  // 1/√12

    package func quantile(_ p: Double) -> Double { min + (max - min) * p }

    package func sample(_ cursor: inout DrawCursor) -> Double { quantile(cursor.nextUniform()) }

    package var description: String {
        "uniform from \(ParameterText.of(min)) to \(ParameterText.of(max))"
    }
}
