/// Counts of values in equal-width bins over a fixed range, with the values below and above
/// it counted apart: 8 bytes a bin, whatever the number of trials; mergeable.
///
/// A value x falls in bin ⌊(x − lower)·n/(upper − lower)⌋; the upper bound itself belongs to
/// the last bin, as in `numpy.histogram`.
public struct Histogram: Mergeable, Equatable {
    public let lowerBound: Double
    public let upperBound: Double
    public private(set) var counts: [Int]
    public private(set) var below = 0
    public private(set) var above = 0

    /// An empty histogram of `bins` bins from `lowerBound` to `upperBound`.
    public init(from lowerBound: Double, to upperBound: Double, bins: Int) {
        precondition(bins > 0, "a histogram needs at least one bin")
        precondition(lowerBound.isFinite && upperBound.isFinite && lowerBound < upperBound,
                     "a histogram's range must run upwards, not from \(lowerBound) to \(upperBound)")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        counts = Array(repeating: 0, count: bins)
    }

    public var binWidth: Double { (upperBound - lowerBound) / Double(counts.count) }

    /// The range of bin `index`.
    public func bin(_ index: Int) -> Range<Double> {
        let width = binWidth
        let start = lowerBound + Double(index) * width
        return start..<(index == counts.count - 1 ? upperBound : start + width)
    }

    /// All values counted, including those outside the range.
    public var total: Int { counts.reduce(below + above, +) }

    public mutating func add(_ value: Double) {
        if value < lowerBound { below += 1; return }
        if value > upperBound { above += 1; return }
        let index = Int((value - lowerBound) * Double(counts.count) / (upperBound - lowerBound))
        counts[Swift.min(index, counts.count - 1)] += 1
    }

    public mutating func merge(_ later: Histogram) {
        precondition(later.lowerBound == lowerBound && later.upperBound == upperBound && later.counts.count == counts.count,
                     "only histograms with the same bins merge")
        for i in counts.indices { counts[i] += later.counts[i] }
        below += later.below
        above += later.above
    }
}
