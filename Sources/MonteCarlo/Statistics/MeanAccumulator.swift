/// A running mean, variance, minimum and maximum in constant memory (40 bytes), mergeable
/// across chunks of trials.
///
/// Welford's update (Technometrics 4(3), 1962) for one value, and Chan, Golub and LeVeque's
/// pairwise combination ("Updating formulae and a pairwise algorithm for computing sample
/// variances", 1979) for merging; both avoid the cancellation of the textbook Σx² formula.
/// ``TrialRunner`` merges in chunk order, so the result is the same on any number of threads.
package struct MeanAccumulator: Mergeable, Equatable {
    package private(set) var count = 0
    package private(set) var mean = 0.0
    /// The sum of squared deviations from the mean.
    package private(set) var sumOfSquares = 0.0
    package private(set) var minimum = Double.infinity
    package private(set) var maximum = -Double.infinity

    package init() {}

    /// The accumulator of `values`.
    package init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    package mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquares += delta * (value - mean)
        minimum = Swift.min(minimum, value)
        maximum = Swift.max(maximum, value)
    }

    package mutating func merge(_ later: MeanAccumulator) {
        guard later.count > 0 else { return }
        guard count > 0 else {
            self = later
            return
        }
        let total = count + later.count
        let delta = later.mean - mean
        let share = Double(later.count) / Double(total)
        mean += delta * share
        sumOfSquares += later.sumOfSquares + delta * delta * Double(count) * share
        count = total
        minimum = Swift.min(minimum, later.minimum)
        maximum = Swift.max(maximum, later.maximum)
    }

    /// The sample variance, Σ(x − x̄)²/(n − 1); 0 for fewer than two values.
    package var variance: Double { count > 1 ? sumOfSquares / Double(count - 1) : 0 }

    package var standardDeviation: Double { variance.squareRoot() }

    /// The Monte Carlo standard error of the mean, s/√n.
    package var standardError: Double { count > 0 ? (variance / Double(count)).squareRoot() : 0 }
}

extension MeanAccumulator {
    /// The accumulator of `count` values known by their sum, the sum of their squares and
    /// their extremes, for values gathered without a running update: a count of mostly-zero
    /// values (a risk's loss in each year), say, where only the non-zero ones need touching.
    ///
    /// The sum of squared deviations is `sumOfSquaredValues − sum²/count`, accurate to about
    /// `count` ulps of the sum of squares while the spread is not tiny against the mean (true of
    /// losses, which are zero most years). It can differ in the last bits from adding the same
    /// values one by one, which updates the mean after each value.
    package init(count: Int, sum: Double, sumOfSquaredValues: Double, minimum: Double, maximum: Double) {
        guard count > 0 else { return }
        self.count = count
        mean = sum / Double(count)
        sumOfSquares = Swift.max(0, sumOfSquaredValues - sum * mean)
        self.minimum = minimum
        self.maximum = maximum
    }
}
