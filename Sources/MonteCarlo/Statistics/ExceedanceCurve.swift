/// The probability that a value is exceeded, P(X > x), at chosen thresholds or at points of
/// the sample itself: the loss exceedance curve of risk management.
package struct ExceedanceCurve: Sendable, Equatable {
    /// One point: the threshold x and the share of trials strictly above it.
    package struct Point: Sendable, Equatable {
        package var threshold: Double
        package var probability: Double

        package init(threshold: Double, probability: Double) {
            self.threshold = threshold
            self.probability = probability
        }
    }

    package var points: [Point]

    /// P(X > t) for each threshold t, from values sorted ascending.
    ///
    /// - Complexity: O(m log n) for m thresholds.
    package init(sorted values: [Double], thresholds: [Double]) {
        let n = Double(values.count)
        points = thresholds.map { t in
            Point(threshold: t, probability: n > 0 ? Double(values.count - Self.countAtMost(t, in: values)) / n : 0)
        }
    }

    /// At most `points` points at the sample's own values, evenly spaced in rank from the
    /// smallest to the largest, for a chart: the full curve has a step at every distinct value.
    package init(sorted values: [Double], points count: Int) {
        precondition(count >= 2, "a curve needs at least two points")
        guard !values.isEmpty else {
            self.init(sorted: values, thresholds: [])
            return
        }
        // One value (one trial of one year) is a curve of one point; the step would be 0/0.
        guard values.count > 1 else {
            self.init(sorted: values, thresholds: [values[0]])
            return
        }
        let step = Double(values.count - 1) / Double(Swift.min(count, values.count) - 1)
        var thresholds: [Double] = []
        var rank = 0.0
        while Int(rank.rounded()) < values.count {
            let value = values[Int(rank.rounded())]
            if thresholds.last != value { thresholds.append(value) }
            rank += step
        }
        if thresholds.last != values[values.count - 1] { thresholds.append(values[values.count - 1]) }
        self.init(sorted: values, thresholds: thresholds)
    }

    /// The number of values ≤ t (binary search for the first value above t).
    static func countAtMost(_ t: Double, in values: [Double]) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= t { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
