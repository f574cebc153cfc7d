/// A finite list of values with weights: "2 joiners (50%), 3 (30%), 5 (20%)".
///
/// The values are sorted and equal values merged, so draws by inversion are monotone in the
/// uniform: the k-th value is drawn when F(value k−1) < u ≤ F(value k). That makes the
/// quantile function the draw itself, and lets Latin hypercube strata and rank reordering
/// work on discrete inputs as on continuous ones. The search counts comparisons for short lists and
/// is binary for long ones.
package struct DiscreteDistribution: UnivariateDistribution {
    /// The values as given.
    package let values: [Double]
    /// The weights as given (they need not sum to 1).
    package let weights: [Double]
    /// The distinct values, ascending.
    package let support: [Double]
    /// The probability of each of ``support``.
    package let probabilities: [Double]
    /// F at each of ``support``; the last is exactly 1.
    let cumulative: [Double]

    /// Lists at most this long are searched linearly.
    static let linearSearchLimit = 16

    package init(values: [Double], weights: [Double]) throws(DistributionError) {
        guard !values.isEmpty else { throw .noValues }
        guard values.count == weights.count else {
            throw .valueAndWeightCountsDiffer(values: values.count, weights: weights.count)
        }
        for (i, value) in values.enumerated() where !value.isFinite {
            throw .notFinite(distribution: "discrete", parameter: "value [\(i)]", value: value)
        }
        for (i, weight) in weights.enumerated() {
            guard weight.isFinite else { throw .notFinite(distribution: "discrete", parameter: "weight [\(i)]", value: weight) }
            guard weight >= 0 else { throw .negativeWeight(index: i, value: weight) }
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { throw .allWeightsZero }
        guard total.isFinite else { throw .notFinite(distribution: "discrete", parameter: "sum of the weights", value: total) }
        self.values = values
        self.weights = weights

        var merged: [(value: Double, weight: Double)] = []
        for (value, weight) in zip(values, weights).sorted(by: { $0.0 < $1.0 }) where weight > 0 {
            if let last = merged.last, last.value == value {
                merged[merged.count - 1].weight += weight
            } else {
                merged.append((value, weight))
            }
        }
        support = merged.map(\.value)
        probabilities = merged.map { $0.weight / total }
        var running = 0.0
        var cumulative = merged.map { item -> Double in
            running += item.weight
            return running / total
        }
        cumulative[cumulative.count - 1] = 1
        self.cumulative = cumulative
    }

    package var mean: Double {
        zip(support, probabilities).reduce(0) { $0 + $1.0 * $1.1 }
    }

    package var standardDeviation: Double {
        let m = mean
        let variance = zip(support, probabilities).reduce(0) { $0 + $1.1 * ($1.0 - m) * ($1.0 - m) }
        return variance.squareRoot()
    }

    /// The smallest value whose cumulative probability reaches p.
    package func quantile(_ p: Double) -> Double { support[index(p)] }

    package func sample(_ cursor: inout DrawCursor) -> Double { support[index(cursor.nextUniform())] }

    @inline(__always)
    func index(_ p: Double) -> Int {
        if cumulative.count <= Self.linearSearchLimit {
            // Count the cumulative probabilities below p: a fixed number of comparisons and no
            // data-dependent branch, cheaper for short lists than a mispredicted early exit.
            var k = 0
            for i in 0..<(cumulative.count - 1) { k += p > cumulative[i] ? 1 : 0 }
            return k
        }
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if p > cumulative[middle] { low = middle + 1 } else { high = middle }
        }
        return low
    }

    package var description: String {
        guard support.count > 1 else { return "always \(ParameterText.of(support[0]))" }
        let items = zip(support, probabilities).map { value, p in
            "\(ParameterText.of(value)) (\(Self.percent(p)))"
        }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }

    /// A probability as a percentage with up to one decimal place: 12.5%, 30%.
    private static func percent(_ p: Double) -> String {
        let tenths = (p * 1000).rounded()
        let whole = Int(tenths / 10)
        let fraction = Int(tenths) % 10
        return fraction == 0 ? "\(whole)%" : "\(whole).\(fraction)%"
    }
}
