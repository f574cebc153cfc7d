extension Histogram {
    /// The value below which a fraction `p` of the counted values lie, interpolating linearly
    /// within the bin it falls in. Values below or above the range count at its ends, so the
    /// answer is exact to within one bin whenever the percentile lies inside the range.
    package func percentile(_ p: Double) -> Double? {
        let total = self.total
        guard total > 0 else { return nil }
        let target = p * Double(total)
        var cumulative = Double(below)
        if target <= cumulative { return lowerBound }
        for (index, count) in counts.enumerated() where count > 0 {
            let next = cumulative + Double(count)
            if target <= next {
                let range = bin(index)
                return range.lowerBound + (target - cumulative) / Double(count) * (range.upperBound - range.lowerBound)
            }
            cumulative = next
        }
        return upperBound
    }
}
