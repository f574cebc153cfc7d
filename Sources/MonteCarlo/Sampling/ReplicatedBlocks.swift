/// Replicated Latin hypercube sampling: the trials cut into independent blocks, each a Latin
/// hypercube of its own, so the spread between the blocks' results measures the Monte Carlo
/// error that one hypercube hides (McKay, Beckman and Conover 1979; Iman, "Statistical methods
/// for including uncertainties", 1981: replicated LHS).
///
/// A Latin hypercube's draws are not independent, so the textbook s/√n overstates its error,
/// often by orders of magnitude for smooth outputs. With B independent blocks the estimate is
/// the (trial-weighted) mean of the blocks' estimates, and its standard error comes from their
/// spread with B − 1 degrees of freedom.
///
/// Block b holds trials `b·n/B ..< (b+1)·n/B` (sizes differ by at most one), so which block a
/// trial is in depends only on the number of trials, never on the threads.
package struct ReplicatedBlocks: Sendable, Equatable {
    /// The blocks a run of Latin hypercube trials is cut into, when it has enough trials.
    package static let standardCount = 10

    /// Each block's trials, in order, covering 0..<trials.
    package let ranges: [Range<Int>]

    /// `count` blocks over `trials` trials (fewer blocks when there are fewer trials than that).
    package init(trials: Int, count: Int = standardCount) {
        precondition(trials > 0 && count > 0, "blocks need trials")
        let blocks = min(count, trials)
        ranges = (0..<blocks).map { b in (b * trials / blocks)..<((b + 1) * trials / blocks) }
    }

    package var trials: Int { ranges.last?.upperBound ?? 0 }

    /// The standard error of the mean of `values` (one per trial) from the spread of the block
    /// means: √(B/(B−1) · Σ w_b² (m_b − m)²), w_b a block's share of the trials; 0 with one block.
    package func standardErrorOfMean(_ values: [Double]) -> Double {
        precondition(values.count == trials, "one value per trial")
        let means = ranges.map { range in values[range].reduce(0, +) / Double(range.count) }
        return spread(of: means, around: values.reduce(0, +) / Double(values.count))
    }

    /// The standard error of the `p` percentile of `values` from the spread of the blocks' own
    /// `p` percentiles around their mean.
    package func standardErrorOfPercentile(_ values: [Double], at p: Double) -> Double {
        precondition(values.count == trials, "one value per trial")
        let percentiles = ranges.map { range in
            var block = Array(values[range])
            return Percentiles.of(rearranging: &block, at: [p])[0]
        }
        let centre = zip(percentiles, ranges).reduce(0) { $0 + $1.0 * Double($1.1.count) } / Double(trials)
        return spread(of: percentiles, around: centre)
    }

    private func spread(of estimates: [Double], around centre: Double) -> Double {
        let b = Double(ranges.count)
        guard ranges.count > 1 else { return 0 }
        let n = Double(trials)
        let sum = zip(estimates, ranges).reduce(0.0) { total, block in
            let weight = Double(block.1.count) / n
            return total + weight * weight * (block.0 - centre) * (block.0 - centre)
        }
        return (b / (b - 1) * sum).squareRoot()
    }
}
