import MonteCarlo
import Testing

struct StatisticsTests {
    /// Values from numpy.percentile, whose default "linear" method is the one implemented.
    @Test func percentilesMatchNumpy() {
        #expect(Percentiles.of([1, 2, 3, 4, 10], at: [0.05, 0.5, 0.95]) == [1.2, 3, 8.799999999999999])
        let values: [Double] = [
            2040.919, -2555.665, 418.099, -567.77, -452.649, -215.597, -2019.986, -231.932, -865.213, 3323.0,
            225.787, -352.631, -281.287, -668.046, -1055.151, -390.801, 481.945, -238.554, 957.759, -199.802,
            24.26, 1545.821, 545.106, -505.229, -182.839, 540.525, 1935.088, -269.62, -243.559, 1002.314,
            -886.46, -291.72, 882.539, 580.35, 91.517, 670.104, -2828.162,
        ]
        #expect(
            Percentiles.of(values, at: [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.33, 0.67])
                == [
                    -2127.1218, -953.9364, -452.649, -215.597, 545.106, 1219.7167999999992, 1956.2541999999996, -299.02932,
                    425.76052000000004,
                ])
        #expect(
            Percentiles.of([3.5, -1, 2, 2, 8, 0.25], at: [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1])
                == [-1, -0.375, 0.6875, 2, 3.125, 5.75, 8])
        #expect(Percentiles.of(sorted: [42], at: 0.3) == 42)
    }

    @Test func selectionGivesTheSameAnswerAsSorting() {
        let key = DrawKey(seed: 4, stream: "selection", year: 0)
        for n in [1, 2, 3, 10, 101, 5_000] {
            // Ties and runs too: a rounded normal sample.
            let values = (0..<n).map { (try! Distribution.normal(mean: 0, standardDeviation: 3)).sample(key: key, trial: $0).rounded() }
            var copy = values
            let ps = [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1]
            #expect(Percentiles.of(rearranging: &copy, at: ps) == Percentiles.of(values, at: ps), "n = \(n)")
            #expect(copy.sorted() == values.sorted())
        }
    }

    /// A summary by selection (any order) has the percentiles and extremes of the same values
    /// sorted, to the bit, with ties, runs and a column of few distinct values (a count of
    /// academies); its mean is the running mean of the values in their own order.
    @Test func aSummaryBySelectionIsTheSummaryOfTheSortedValues() {
        let key = DrawKey(seed: 5, stream: "summary", year: 0)
        for n in [1, 2, 17, 1_000, 20_000] {
            let spread = (0..<n).map { (try! Distribution.normal(mean: 0, standardDeviation: 1e6)).sample(key: key, trial: $0) }
            let counts = (0..<n).map { Double(40 + Int(key.bits(trial: $0) % 6)) }
            for values in [spread, counts, spread.map { $0.rounded(.towardZero) / 1e5 }] {
                let selected = Summary(values)
                let sorted = Summary(sorted: values.sorted())
                #expect(selected.percentiles == sorted.percentiles, "n = \(n)")
                #expect(selected.minimum == sorted.minimum && selected.maximum == sorted.maximum, "n = \(n)")
                let running = MeanAccumulator(values)
                #expect(selected.mean == running.mean && selected.standardError == running.standardError, "n = \(n)")
            }
        }
    }

    /// Found by the scenario fuzz harness: a run of one trial and one year has one annual loss,
    /// and spacing the curve's points over it divided 0 by 0.
    @Test func anExceedanceCurveOfOneValueIsOnePoint() {
        #expect(ExceedanceCurve(sorted: [1_500], points: 60).points == [ExceedanceCurve.Point(threshold: 1_500, probability: 0)])
        #expect(ExceedanceCurve(sorted: [], points: 60).points.isEmpty)
    }

    @Test func percentileConfidenceIntervalBracketsTheMedian() {
        let values = (1...1_000).map(Double.init)
        let interval = Percentiles.confidenceInterval(sorted: values, at: 0.5)
        // n·p ± 1.96·√(n·p·(1 − p)) = 500 ± 31: ranks 469 and 531.
        #expect(interval == 469...531)
    }

    @Test func welfordMatchesTwoPassAndMerges() {
        let values = (0..<1_001).map { Double($0 % 17) * 1e6 + Double($0) * 0.001 }
        let whole = MeanAccumulator(values)
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        #expect(abs(whole.mean - mean) <= 1e-9 * abs(mean))
        #expect(abs(whole.variance - variance) <= 1e-12 * variance)
        #expect(abs(whole.standardError - (variance / Double(values.count)).squareRoot()) <= 1e-9)
        var merged = MeanAccumulator(values[0..<300])
        merged.merge(MeanAccumulator(values[300..<301]))
        merged.merge(MeanAccumulator())
        merged.merge(MeanAccumulator(values[301...]))
        #expect(merged.count == whole.count && merged.minimum == 0.0 && merged.maximum == whole.maximum)
        #expect(abs(merged.mean - whole.mean) <= 1e-9 * abs(mean))
        #expect(abs(merged.variance - whole.variance) <= 1e-12 * variance)
    }

    /// Wilson intervals from the formula evaluated independently in Python.
    @Test func proportionsCarryStandardErrorsAndWilsonIntervals() {
        var p = ProportionAccumulator()
        for i in 0..<100 { p.add(i % 10 == 0) }
        #expect(p.estimate == 0.1)
        #expect(abs(p.standardError - 0.03) < 1e-15)
        let wilson = p.wilsonInterval()
        #expect(abs(wilson.lowerBound - 0.055229137060675094) < 1e-15)
        #expect(abs(wilson.upperBound - 0.17436566150491348) < 1e-15)
        let none = ProportionAccumulator(trials: 50, events: 0).wilsonInterval()
        #expect(none.lowerBound < 1e-15 && abs(none.upperBound - 0.07134759913335872) < 1e-15)
        var merged = ProportionAccumulator(trials: 10, events: 3)
        merged.merge(ProportionAccumulator(trials: 30, events: 1))
        #expect(merged == ProportionAccumulator(trials: 40, events: 4))
    }

    @Test func histogramBinsLikeNumpy() {
        var histogram = Histogram(from: 0, to: 10, bins: 5)
        for x in [-1.0, 0, 1.99, 2, 5, 9.99, 10, 10.01] { histogram.add(x) }
        #expect(histogram.counts == [2, 1, 1, 0, 2])
        #expect(histogram.below == 1 && histogram.above == 1 && histogram.total == 8)
        #expect(histogram.bin(4) == 8..<10)
        var other = Histogram(from: 0, to: 10, bins: 5)
        other.add(3)
        histogram.merge(other)
        #expect(histogram.counts == [2, 2, 1, 0, 2])
    }

    /// A percentile from a histogram interpolates within its bin: one value in each of 100 bins
    /// of width 1 puts the p-th percentile at exactly 100·p, and values outside the range count
    /// at its ends.
    @Test func histogramPercentilesInterpolateWithinTheirBin() {
        var histogram = Histogram(from: 0, to: 100, bins: 100)
        for k in 0..<100 { histogram.add(Double(k) + 0.5) }
        #expect(histogram.percentile(0.25) == 25)
        #expect(histogram.percentile(0.5) == 50)
        #expect(histogram.percentile(0.625) == 62.5)
        #expect(Histogram(from: 0, to: 1, bins: 4).percentile(0.5) == nil)
        var outside = Histogram(from: 0, to: 10, bins: 10)
        for x in [-5.0, -4, 3.5, 20] { outside.add(x) }
        // Two of four values below the range: the median is its lower end; the top quarter above it, its upper end.
        #expect(outside.percentile(0.5) == 0)
        #expect(outside.percentile(0.75) == 4)
        #expect(outside.percentile(1) == 10)
    }

    @Test func exceedanceCurves() {
        let losses: [Double] = [0, 0, 0, 100, 200, 200, 500, 1_000]
        let curve = ExceedanceCurve(sorted: losses, thresholds: [0, 150, 200, 999, 1_000])
        #expect(curve.points.map(\.probability) == [0.625, 0.5, 0.25, 0.125, 0])
        // Four points evenly spaced in rank (0, 2.33, 4.67, 7 → ranks 0, 2, 5, 7), repeats dropped.
        let sampled = ExceedanceCurve(sorted: losses, points: 4)
        #expect(sampled.points.map(\.threshold) == [0, 200, 1_000])
        #expect(sampled.points.last?.probability == 0)
    }

    /// Average ranks and ρ from scipy.stats.rankdata and scipy.stats.spearmanr.
    @Test func spearmanWithTiesMatchesScipy() {
        let x: [Double] = [1, 2, 2, 3, 5, 5, 5, 9]
        let y: [Double] = [2, 1, 4, 4, 6, 5, 7, 3]
        #expect(RankCorrelation.ranks(x) == [1, 2.5, 2.5, 4, 6, 6, 6, 8])
        #expect(abs(RankCorrelation.spearman(x, y) - 0.5372008177779709) < 1e-15)
        #expect(RankCorrelation.pearson([1, 1, 1], [1, 2, 3]) == 0)
    }

    @Test func summaryOfAColumn() {
        let column = SampleColumn([4, 1, 3, 2, 5])
        let summary = column.summary(percentiles: [0.25, 0.5])
        #expect(summary.mean == 3 && summary.minimum == 1 && summary.maximum == 5 && summary.count == 5)
        #expect(summary.percentile(0.5) == 3 && summary.percentile(0.25) == 2 && summary.percentile(0.9) == nil)
        #expect(abs(summary.standardError - (2.5 / 5).squareRoot()) < 1e-15)
        #expect(column.bytes == 40)
    }
}
