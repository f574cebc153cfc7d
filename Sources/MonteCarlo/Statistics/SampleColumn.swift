/// Every trial's value of one output, kept for the statistics that need them all: exact
/// percentiles, exceedance curves, rank correlations for sensitivity. 8 bytes a trial.
///
/// Keep columns only for outputs whose percentiles are reported (for example trust reserves
/// per year); a mean or a probability needs only a ``MeanAccumulator`` (40 bytes) or a
/// ``ProportionAccumulator`` (16 bytes) whatever the number of trials. Merged in chunk order
/// by ``TrialRunner``, value i of the column is trial i's.
package struct SampleColumn: Mergeable, Equatable {
    package private(set) var values: [Double]

    package init(capacity: Int = 0) {
        values = []
        values.reserveCapacity(capacity)
    }

    package init(_ values: [Double]) {
        self.values = values
    }

    package var count: Int { values.count }

    package mutating func append(_ value: Double) { values.append(value) }

    package mutating func merge(_ later: SampleColumn) { values.append(contentsOf: later.values) }

    /// The memory the values take, in bytes.
    package var bytes: Int { values.count * MemoryLayout<Double>.stride }

    /// The summary of the column at the board's percentiles (or `percentiles`).
    package func summary(percentiles: [Double] = Percentiles.board) -> Summary {
        Summary(values, percentiles: percentiles)
    }
}
