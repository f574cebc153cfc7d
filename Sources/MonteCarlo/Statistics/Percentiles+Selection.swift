extension Percentiles {
    /// The percentiles at each of `ps` of `values` in any order, by selection rather than a
    /// full sort: `values` is rearranged so the order statistics needed sit at their sorted
    /// positions (Hoare's FIND, CACM 4(7), 1961, with a median-of-three pivot, falling back
    /// to sorting a range that partitions badly). Same results as ``of(_:at:)``.
    ///
    /// - Complexity: O(n) on average for a fixed number of percentiles.
    public static func of(rearranging values: inout [Double], at ps: [Double]) -> [Double] {
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
            var start = 0
            for rank in Set(ranks).sorted() {
                select(buffer, rank: rank, in: start..<n)
                start = rank + 1  // everything left of a placed rank is no larger: search right of it
            }
        }
        return ps.map { p in
            let h = Double(n - 1) * p
            let below = Int(h.rounded(.down))
            if below >= n - 1 { return values[n - 1] }
            return interpolate(values[below], values[below + 1], h - Double(below))
        }
    }

    /// Rearranges `values[range]` so `values[rank]` is the value a sort would put there, with
    /// nothing larger before it and nothing smaller after it within the range.
    static func select(_ values: UnsafeMutableBufferPointer<Double>, rank: Int, in range: Range<Int>) {
        var low = range.lowerBound, high = range.upperBound - 1
        var budget = 2 * (Int.bitWidth - range.count.leadingZeroBitCount) + 8
        while low < high {
            if budget == 0 {
                var slice = UnsafeMutableBufferPointer(rebasing: values[low...high])
                slice.sort()
                return
            }
            budget -= 1
            let middle = low + (high - low) / 2
            // Median of three as the pivot, moved to `high`.
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[middle] < values[high] { values.swapAt(middle, high) }
            let pivot = values[high]
            var store = low
            for i in low..<high where values[i] < pivot {
                values.swapAt(i, store)
                store += 1
            }
            values.swapAt(store, high)
            if rank == store { return }
            if rank < store { high = store - 1 } else { low = store + 1 }
        }
    }
}
