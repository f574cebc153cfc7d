/// Every value from `min` to `max` equally likely. Drawn by inversion: min + (max − min)·u.
public struct UniformDistribution: UnivariateDistribution {
    public let min: Double
    public let max: Double

    /// A uniform distribution on [min, max]; min = max is allowed and gives that value.
    public init(min: Double, max: Double) throws(DistributionError) {
        try DistributionError.requireFinite("uniform", ["min": min, "max": max])
        guard min <= max else { throw .minimumAboveMaximum(distribution: "uniform", min: min, max: max) }
        self.min = min
        self.max = max
    }

    public var mean: Double { 0.5 * (min + max) }
    public var standardDeviation: Double { (max - min) * 0.288_675_134_594_812_882_25 }  // 1/√12

    public func quantile(_ p: Double) -> Double { min + (max - min) * p }

    public func sample(_ cursor: inout DrawCursor) -> Double { quantile(cursor.nextUniform()) }

    public var description: String {
        "uniform from \(DistributionError.text(min)) to \(DistributionError.text(max))"
    }
}
