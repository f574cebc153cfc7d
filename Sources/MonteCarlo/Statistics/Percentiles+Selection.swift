extension Percentiles {
    /// The percentiles at each of `ps` of `values` in any order, by selection rather than a
    /// full sort: `values` is rearranged so the order statistics needed sit at their sorted
    /// positions. One partition around a pivot serves every rank at once: the search goes on
    /// only into the sides that still hold ranks (a multiple selection, after Hoare's FIND,
    /// CACM 4(7), 1961), with a median-of-three pivot and a three-way split, so a column of
    /// few distinct values (counts of academies) partitions as well as one of distinct values,
    /// falling back to sorting a range that still partitions badly. Same results as ``of(_:at:)``.
    ///
    /// - Complexity: O(n log k) on average for k percentiles.
    package static func of(rearranging values: inout [Double], at ps: [Double]) -> [Double] {
        precondition(!values.isEmpty, "a percentile of no values")
        let n = values.count
        var ranks: [Int] = []
        for p in ps {
            precondition(p >= 0 && p <= 1, "a percentile's probability is from 0 to 1, not \(p)")
            let below = Int((Double(n - 1) * p).rounded(.down))
            ranks.append(below)
            if below + 1 < n { ranks.append(below + 1) }
        }
        // The buffer view spares every comparison and swap the array's bounds and uniqueness
        // checks; the indices below never leave 0..<n.
        values.withUnsafeMutableBufferPointer { buffer in
            let budget = 2 * (Int.bitWidth - n.leadingZeroBitCount) + 8
            select(buffer, ranks: Set(ranks).sorted()[...], in: 0..<n, budget: budget)
        }
        // of(sorted:at:) reads only x[⌊h⌋] and, short of the last index, x[⌊h⌋ + 1]: ranks
        // selected above, so both hold their sorted values.
        return ps.map { of(sorted: values, at: $0) }
    }

    /// Rearranges `values[range]` so every rank of `ranks` (ascending, all in `range`) holds the
    /// value a sort would put there, with nothing larger before it and nothing smaller after it
    /// within the range. `budget` partitions deep, a range still unresolved is sorted.
    static func select(_ values: UnsafeMutableBufferPointer<Double>, ranks: ArraySlice<Int>, in range: Range<Int>, budget: Int) {
        guard !ranks.isEmpty, range.count > 1 else { return }
        if range.count <= 16 || budget == 0 {
            var slice = UnsafeMutableBufferPointer(rebasing: values[range])
            slice.sort()
            return
        }
        var low = range.lowerBound
        var high = range.upperBound - 1
        let middle = low + (high - low) / 2
        // Median of three as the pivot.
        if values[middle] < values[low] { values.swapAt(middle, low) }
        if values[high] < values[low] { values.swapAt(high, low) }
        if values[high] < values[middle] { values.swapAt(middle, high) }
        let pivot = values[middle]
        // Three ways (Dijkstra): [range.lowerBound, low) below the pivot, [low, high] equal to it,
        // (high, range.upperBound) above it.
        var i = low
        while i <= high {
            let value = values[i]
            if value < pivot {
                values.swapAt(low, i)
                low += 1
                i += 1
            } else if value > pivot {
                values.swapAt(i, high)
                high -= 1
            } else {
                i += 1
            }
        }
        let below = ranks.prefix { $0 < low }
        let above = ranks.drop { $0 <= high }
        select(values, ranks: below, in: range.lowerBound..<low, budget: budget - 1)
        select(values, ranks: above, in: high + 1..<range.upperBound, budget: budget - 1)
    }
}
