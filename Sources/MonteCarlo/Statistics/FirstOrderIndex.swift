/// The first-order (main-effect) variance-based sensitivity index of an input, estimated from
/// given data: S = Var(E[Y|X]) / Var(Y), the share of the output's variance that the input
/// explains on its own (Sobol', 1993; the given-data form by binning, Plischke, Borgonovo and
/// Smith, *European Journal of Operational Research* 226, 2013).
///
/// The trials are cut into bins of the input (``InputBins``). Between the bins the output's
/// sum of squares SS_b = Σ n_b (ȳ_b − ȳ)² estimates n·Var(E[Y|X]) plus the noise of each
/// bin's mean, about (B − 1) times the within-bin mean square; that part is taken off, as in
/// the ε² of the analysis of variance (Kelley, 1935):
///
///     S = (SS_b − (B − 1) · SS_w / (n − B)) / SS_total
///
/// which is nearly unbiased for an input that explains nothing (it may then fall just below 0)
/// and exact in its bins for an input that takes few values. For a continuous input the bins
/// lose the part of E[Y|X] that varies within a bin, a small downward bias.
///
/// Its standard error is the standard deviation of the estimate over bootstrap resamples of
/// the trials (Efron and Tibshirani, 1993), the bins held fixed; resample r draws its trial
/// numbers from `key`'s cursor for trial r, so the error is the same on any number of threads.
package struct FirstOrderIndex: Sendable, Equatable {
    package var value: Double
    package var standardError: Double

    package init(value: Double, standardError: Double) {
        self.value = value
        self.standardError = standardError
    }

    /// The indices of `inputs` (each a column over the same trials as `output`) with their
    /// bootstrap errors from `resamples` resamples under `key`, run on `threads` in fixed
    /// chunks of resamples merged in order.
    package static func estimate(
        _ inputs: [InputBins], output: [Double], key: DrawKey, resamples: Int = 200, threads: Int? = nil
    ) -> [FirstOrderIndex] {
        precondition(resamples > 1, "a bootstrap needs at least two resamples")
        guard output.count > 1 else { return inputs.map { _ in FirstOrderIndex(value: 0, standardError: 0) } }
        let centred = Self.centred(output)
        let all = Weighted(output: centred, weights: [Double](repeating: 1, count: output.count))
        let values = inputs.map { ratio($0, all) }
        let replicates = TrialRunner(threads: threads, chunkSize: 8).run(trials: resamples, initial: [[Double]]()) { range in
            range.map { number in
                let resample = Weighted(output: centred, weights: resampleCounts(trials: output.count, cursor: key.cursor(trial: number)))
                return inputs.map { ratio($0, resample) }
            }
        } merge: {
            $0 += $1
        }
        return values.indices.map { i in
            FirstOrderIndex(value: values[i], standardError: MeanAccumulator(replicates.map { $0[i] }).standardDeviation)
        }
    }

    /// The output less its mean, so the sums of squares do not cancel for large figures.
    static func centred(_ output: [Double]) -> [Double] {
        let mean = MeanAccumulator(output).mean
        return output.map { $0 - mean }
    }

    /// How many times each trial is drawn in one resample of n trials with replacement.
    static func resampleCounts(trials: Int, cursor: DrawCursor) -> [Double] {
        var cursor = cursor
        var counts = [Double](repeating: 0, count: trials)
        for _ in 0..<trials { counts[cursor.nextInt(below: trials)] += 1 }
        return counts
    }

    /// The output with each trial counted `weights[t]` times (all 1 for the estimate itself, a
    /// resample's counts for the bootstrap), and its totals: the same for every input, so worked
    /// out once.
    struct Weighted {
        let weights: [Double]
        /// weights[t] · output[t].
        let products: [Double]
        let total: Double
        let totalSum: Double
        let squares: Double

        init(output: [Double], weights: [Double]) {
            self.weights = weights
            products = zip(weights, output).map { $0 * $1 }
            total = weights.reduce(0, +)
            totalSum = products.reduce(0, +)
            squares = zip(products, output).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    /// The bias-corrected ratio of the between-bin to the total sum of squares of `data`;
    /// 0 when the output does not vary.
    static func ratio(_ bins: InputBins, _ data: Weighted) -> Double {
        // Four partial sums a bin, trial t adding to lane t mod 4, then added up: consecutive trials
        // often fall in the same bin (a yes/no input has two), and one running sum a bin would make
        // each addition wait for the last. Read through buffers: this runs resamples × inputs × trials times.
        var lanes = [Double](repeating: 0, count: bins.count * 8)
        bins.bin.withUnsafeBufferPointer { bin in
            data.weights.withUnsafeBufferPointer { weights in
                data.products.withUnsafeBufferPointer { products in
                    lanes.withUnsafeMutableBufferPointer { lanes in
                        for t in 0..<bin.count {
                            let at = Int(bin[t]) &* 8 &+ (t & 3) &* 2
                            lanes[at] += weights[t]
                            lanes[at &+ 1] += products[t]
                        }
                    }
                }
            }
        }
        func added(_ b: Int, _ offset: Int) -> Double {
            let first: Double = lanes[b * 8 + offset] + lanes[b * 8 + 2 + offset]
            let second: Double = lanes[b * 8 + 4 + offset] + lanes[b * 8 + 6 + offset]
            return first + second
        }
        let n = (0..<bins.count).map { added($0, 0) }
        let sum = (0..<bins.count).map { added($0, 1) }
        let (total, totalSum, squares) = (data.total, data.totalSum, data.squares)
        let totalSquares = squares - totalSum * totalSum / total
        guard totalSquares > 0 else { return 0 }
        var between = -totalSum * totalSum / total
        var filled = 0
        for b in 0..<bins.count where n[b] > 0 {
            between += sum[b] * sum[b] / n[b]
            filled += 1
        }
        let within = max(0, totalSquares - between)
        let correction = total > Double(filled) ? Double(filled - 1) * within / (total - Double(filled)) : 0
        return (between - correction) / totalSquares
    }
}
