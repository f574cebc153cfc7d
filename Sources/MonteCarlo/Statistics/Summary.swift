/// What the board pack prints for one output: mean and its standard error, spread, extremes
/// and percentiles (numpy's linear definition, see ``Percentiles``).
public struct Summary: Sendable, Equatable {
    public var count: Int
    public var mean: Double
    /// The Monte Carlo standard error of the mean, s/√n.
    public var standardError: Double
    public var standardDeviation: Double
    public var minimum: Double
    public var maximum: Double
    /// The probabilities asked for (fractions) and the percentiles at them, in order.
    public var probabilities: [Double]
    public var percentiles: [Double]

    /// The summary of `values` (any order) at the percentiles `probabilities`.
    public init(_ values: [Double], percentiles probabilities: [Double] = Percentiles.board) {
        self.init(values, sorted: values.sorted(), percentiles: probabilities)
    }

    /// The summary of `sorted`, already in ascending order (a column of millions of values need
    /// not be copied to be sorted again). The same as ``init(_:percentiles:)`` of those values.
    public init(sorted: [Double], percentiles probabilities: [Double] = Percentiles.board) {
        self.init(sorted, sorted: sorted, percentiles: probabilities)
    }

    private init(_ values: [Double], sorted: [Double], percentiles probabilities: [Double]) {
        precondition(!values.isEmpty, "a summary of no values")
        let accumulator = MeanAccumulator(values)
        count = values.count
        mean = accumulator.mean
        standardError = accumulator.standardError
        standardDeviation = accumulator.standardDeviation
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        self.probabilities = probabilities
        percentiles = probabilities.map { Percentiles.of(sorted: sorted, at: $0) }
    }

    /// The percentile at `p`, if it was asked for.
    public func percentile(_ p: Double) -> Double? {
        probabilities.firstIndex(of: p).map { percentiles[$0] }
    }
}
