/// An input's trials cut into bins for a given-data variance estimate: one bin per value when
/// the input takes few values (a yes/no, a count), else bins of about equal numbers of trials
/// by the input's order, equal values never split between two bins (so an atom, such as the
/// zero of a risk that does not strike, is one bin or part of one).
package struct InputBins: Sendable, Equatable {
    /// Each trial's bin, 0..<count.
    package let bin: [Int32]
    package let count: Int
    /// Whether each value has a bin of its own (the input takes at most the bins' number of values).
    package let isExact: Bool

    /// The number of bins for `trials` trials: ⌊√n / 2⌋, from 2 to 100. Wider bins lose the part
    /// of E[Y|X] that varies inside a bin; narrower ones leave fewer trials to each mean, whose
    /// noise the estimator subtracts but which widens its error.
    package static func binCount(trials: Int) -> Int {
        min(100, max(2, Int(Double(trials).squareRoot() / 2)))
    }

    /// The bins of `values`, at most `limit` of them (``binCount(trials:)`` unless given).
    package init(_ values: [Double], limit: Int? = nil) {
        let limit = max(1, limit ?? Self.binCount(trials: values.count))
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var distinct = 0
        for (at, index) in order.enumerated() where at == 0 || values[index] != values[order[at - 1]] { distinct += 1 }
        var bin = [Int32](repeating: 0, count: values.count)
        var current = -1
        var previousTarget = -1
        for (at, index) in order.enumerated() {
            if at == 0 || values[index] != values[order[at - 1]] {
                // A new value starts a new bin when each value has its own, or when its place
                // in the order has passed into the next equal share of the trials.
                let target = distinct <= limit ? current + 1 : at * limit / values.count
                if target != previousTarget {
                    current += 1
                    previousTarget = target
                }
            }
            bin[index] = Int32(current)
        }
        self.bin = bin
        count = current + 1
        isExact = distinct <= limit
    }
}
