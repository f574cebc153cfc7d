import MonteCarlo

/// One risk's losses over a chunk of trials, a value per year, kept as the sums a
/// ``MeanAccumulator`` is made from. Only the years in which the risk struck are added (most
/// years it does not); the others are zeros, known by their number alone. A running mean
/// would have to update after every zero too.
struct RiskLossSums: Sendable {
    /// Sum, sum of squares, number and extremes of the non-zero values.
    var sum = 0.0
    var sumOfSquares = 0.0
    var struck = 0
    var minimum = Double.infinity
    var maximum = -Double.infinity

    @inline(__always)
    mutating func add(_ loss: Double) {
        sum += loss
        sumOfSquares += loss * loss
        struck += 1
        minimum = Swift.min(minimum, loss)
        maximum = Swift.max(maximum, loss)
    }

    /// The mean, spread and extremes of `count` values: those added, and zeros for the rest.
    func accumulator(count: Int) -> MeanAccumulator {
        let anyZero = struck < count
        return MeanAccumulator(
            count: count, sum: sum, sumOfSquaredValues: sumOfSquares,
            minimum: anyZero ? Swift.min(minimum, 0) : minimum, maximum: anyZero ? Swift.max(maximum, 0) : maximum)
    }
}
