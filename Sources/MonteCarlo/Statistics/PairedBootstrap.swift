/// The paired bootstrap over trials: the uncertainty of a difference between two statistics of
/// paired columns (trial k of one against trial k of the other), such as the difference of two
/// scenarios' medians run on common random numbers.
///
/// Each resample draws n trial numbers with replacement and takes the statistic of both columns
/// at those same trials, so the pairing (and with it the common random numbers' correlation) is
/// kept; the standard error is the standard deviation of the resampled differences (Efron and
/// Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 6). Resample b draws its trial
/// numbers from `key`'s cursor for trial b, so the result is a pure function of the columns and
/// the key, the same on any number of threads. Where every resampled difference equals the
/// difference itself to within the arithmetic's rounding (two identical columns, or one shifted
/// by a constant) the standard error is exactly zero.
package struct PairedBootstrap: Sendable {
    package var key: DrawKey
    package var resamples: Int

    package init(key: DrawKey, resamples: Int = 1_000) {
        precondition(resamples > 1, "a bootstrap needs at least two resamples")
        self.key = key
        self.resamples = resamples
    }

    /// The difference `percentile(x) − percentile(y)` at `p` and its paired-bootstrap standard
    /// error. The resamples run on `threads` in fixed chunks, merged in order (``TrialRunner``).
    package func percentileDifference(
        _ x: [Double], _ y: [Double], at p: Double, threads: Int? = nil
    ) -> (difference: Double, standardError: Double) {
        precondition(x.count == y.count && !x.isEmpty, "paired columns of equal, non-zero length")
        var work = x
        var base = y
        let difference = Percentiles.of(rearranging: &work, at: [p])[0] - Percentiles.of(rearranging: &base, at: [p])[0]
        let resampled = TrialRunner(threads: threads, chunkSize: 25).run(trials: resamples, initial: [Double]()) { range in
            range.map { resample(x, y, at: p, number: $0) }
        } merge: {
            $0 += $1
        }
        let largestDeparture = resampled.reduce(0) { max($0, abs($1 - difference)) }
        return (difference, largestDeparture <= Self.rounding(x, y) ? 0 : MeanAccumulator(resampled).standardDeviation)
    }

    /// Resample `number`'s difference: n trial numbers drawn with replacement from its cursor,
    /// the percentile of both columns taken at those same trials.
    private func resample(_ x: [Double], _ y: [Double], at p: Double, number: Int) -> Double {
        let n = x.count
        var work = [Double](repeating: 0, count: n)
        var base = work
        var cursor = key.cursor(trial: number)
        for i in 0..<n {
            let trial = cursor.nextInt(below: n)
            work[i] = x[trial]
            base[i] = y[trial]
        }
        return Percentiles.of(rearranging: &work, at: [p])[0] - Percentiles.of(rearranging: &base, at: [p])[0]
    }

    /// The rounding a difference of two values from these columns can carry: a few units in the
    /// last place of the largest magnitude in either.
    static func rounding(_ x: [Double], _ y: [Double]) -> Double {
        let largest = max(x.lazy.map(abs).max() ?? 0, y.lazy.map(abs).max() ?? 0)
        return 16 * largest.ulp
    }
}
