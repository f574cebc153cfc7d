/// Counts of values in equal-width bins over a fixed range, with the values below and above
/// it counted apart: 8 bytes a bin, whatever the number of trials; mergeable.
///
/// A value x falls in bin ⌊(x − lower)·n/(upper − lower)⌋; the upper bound itself belongs to
/// the last bin, as in `numpy.histogram`.
package struct Histogram: Mergeable, Equatable {
    package let lowerBound: Double
    package let upperBound: Double
    package private(set) var counts: [Int]
    package private(set) var below = 0
    package private(set) var above = 0

    /// An empty histogram of `bins` bins from `lowerBound` to `upperBound`.
    package init(from lowerBound: Double, to upperBound: Double, bins: Int) {
        precondition(bins > 0, "a histogram needs at least one bin")
        precondition(
            lowerBound.isFinite && upperBound.isFinite && lowerBound < upperBound,
            "a histogram's range must run upwards, not from \(lowerBound) to \(upperBound)")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        counts = Array(repeating: 0, count: bins)
    }

    package var binWidth: Double { (upperBound - lowerBound) / Double(counts.count) }

    /// The range of bin `index`.
    package func bin(_ index: Int) -> Range<Double> {
        let width = binWidth
        let start = lowerBound + Double(index) * width
        return start..<(index == counts.count - 1 ? upperBound : start + width)
    }

    /// All values counted, including those outside the range.
    package var total: Int { counts.reduce(below + above, +) }

    package mutating func add(_ value: Double) {
        if value < lowerBound {
            below += 1
            return
        }
        if value > upperBound {
            above += 1
            return
        }
        let index = Int((value - lowerBound) * Double(counts.count) / (upperBound - lowerBound))
        counts[Swift.min(index, counts.count - 1)] += 1
    }

    package mutating func merge(_ later: Histogram) {
        precondition(
            later.lowerBound == lowerBound && later.upperBound == upperBound && later.counts.count == counts.count,
            "only histograms with the same bins merge")
        for i in counts.indices { counts[i] += later.counts[i] }
        below += later.below
        above += later.above
    }
}
