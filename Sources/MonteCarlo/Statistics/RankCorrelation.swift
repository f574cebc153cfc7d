/// Spearman's rank correlation and the ranks behind it, for checking Iman–Conover and for
/// sensitivity analysis (which inputs move an output most).
package enum RankCorrelation {
    /// The ranks 1…n of `values`, ties sharing the average of the ranks they span (as
    /// `scipy.stats.rankdata` with its default method "average").
    ///
    /// - Complexity: O(n log n).
    package static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let average = Double(start + end + 1) / 2  // mean of the 1-based ranks start+1 … end
            for i in start..<end { ranks[order[i]] = average }
            start = end
        }
        return ranks
    }

    /// Spearman's ρ: Pearson's correlation of the ranks (so ties are handled exactly, not by
    /// the 1 − 6Σd²/(n(n² − 1)) shortcut, which assumes none).
    package static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        pearson(ranks(x), ranks(y))
    }

    /// Pearson's product-moment correlation; 0 when either variable is constant.
    package static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count && !x.isEmpty, "a correlation needs two lists of the same, non-zero length")
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in x.indices {
            let dx = x[i] - meanX
            let dy = y[i] - meanY
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }
}
