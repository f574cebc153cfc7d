/// A fixed set of ``SampleColumn``s filled trial by trial: one column for each output and year
/// whose exact percentiles are reported (trust reserves in each year, say), merged in chunk
/// order as a whole.
///
/// Memory: 8 bytes × columns per trial (``bytes(columns:trials:)``). A 10-year run keeping six
/// outputs a year keeps 60 columns, 480 bytes a trial, 48 MB for 100,000 trials. Outputs that
/// need only a mean or a probability belong in ``MeanAccumulator`` or
/// ``ProportionAccumulator`` instead, whose size does not grow with the trials.
public struct ColumnStore: Mergeable, Equatable {
    public private(set) var columns: [SampleColumn]

    /// `count` empty columns, each with room for `capacity` values.
    public init(columns count: Int, capacity: Int = 0) {
        columns = Array(repeating: SampleColumn(capacity: capacity), count: count)
    }

    /// Column `index`.
    public subscript(index: Int) -> SampleColumn { columns[index] }

    public mutating func append(_ value: Double, to column: Int) {
        columns[column].append(value)
    }

    public mutating func merge(_ later: ColumnStore) {
        precondition(later.columns.count == columns.count, "only stores with the same columns merge")
        for i in columns.indices { columns[i].merge(later.columns[i]) }
    }

    /// The memory the values take, in bytes.
    public var bytes: Int { columns.reduce(0) { $0 + $1.bytes } }

    /// The memory `columns` columns of `trials` trials take: 8 × columns × trials bytes.
    public static func bytes(columns: Int, trials: Int) -> Int { columns * trials * MemoryLayout<Double>.stride }
}
