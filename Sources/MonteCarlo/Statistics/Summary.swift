/// What the board pack prints for one output: mean and its standard error, spread, extremes
/// and percentiles (numpy's linear definition, see ``Percentiles``).
package struct Summary: Sendable, Equatable {
    package var count: Int
    package var mean: Double
    /// The Monte Carlo standard error of the mean, s/√n.
    package var standardError: Double
    package var standardDeviation: Double
    package var minimum: Double
    package var maximum: Double
    /// The probabilities asked for (fractions) and the percentiles at them, in order.
    package var probabilities: [Double]
    package var percentiles: [Double]

    /// The summary of `values` (any order) at the percentiles `probabilities`.
    ///
    /// The percentiles come from selection on a copy (``Percentiles/of(rearranging:at:)``), not a
    /// full sort: the same values in O(n) rather than O(n log n), which matters for the dozens
    /// of columns of 100,000 values or more a simulation summarises.
    package init(_ values: [Double], percentiles probabilities: [Double] = Percentiles.board) {
        precondition(!values.isEmpty, "a summary of no values")
        var work = values
        let percentiles = Percentiles.of(rearranging: &work, at: probabilities)
        self.init(values, probabilities: probabilities, percentiles: percentiles)
    }

    /// The summary of `sorted`, already in ascending order (a column of millions of values need
    /// not be copied to be sorted again). The same as ``init(_:percentiles:)`` of those values.
    package init(sorted: [Double], percentiles probabilities: [Double] = Percentiles.board) {
        precondition(!sorted.isEmpty, "a summary of no values")
        self.init(sorted, probabilities: probabilities, percentiles: probabilities.map { Percentiles.of(sorted: sorted, at: $0) })
    }

    private init(_ values: [Double], probabilities: [Double], percentiles: [Double]) {
        // The accumulator's extremes are those a stable sort would put first and last: the
        // first smallest value and the last largest one (which differ only where 0 and -0 tie);
        // of values already sorted, their first and last.
        let accumulator = MeanAccumulator(values)
        count = values.count
        mean = accumulator.mean
        standardError = accumulator.standardError
        standardDeviation = accumulator.standardDeviation
        minimum = accumulator.minimum
        maximum = accumulator.maximum
        self.probabilities = probabilities
        self.percentiles = percentiles
    }

    /// The percentile at `p`, if it was asked for.
    package func percentile(_ p: Double) -> Double? {
        probabilities.firstIndex(of: p).map { percentiles[$0] }
    }
}
