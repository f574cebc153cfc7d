import MonteCarlo

/// What a run of trials has recorded so far: exact columns of the trust-wide figures (every
/// trial, every year, for exact percentiles) and streaming counts and histograms for each
/// academy and risk. A chunk of trials makes one; chunks merge in order.
///
/// Memory: 8 bytes × 12 figures × years × trials for the columns (96 MB at 10 years and
/// 100,000 trials), plus a fixed 8 KB per academy-year for its reserves histogram.
struct SimulationTally: Sendable, Mergeable {
    /// The histogram ranges, fixed for the whole run so chunks can merge.
    struct Ranges: Sendable {
        /// Per slot per year: the range of reserves.
        var reserves: [[ClosedRange<Double>]]
        /// Per slot: the range of a year's risk losses.
        var riskLoss: [ClosedRange<Double>]
    }

    static let bins = 1024

    /// `columns[metric][year]`: one value per trial, in trial order.
    var columns: [[[Double]]]
    var present: [[Int]]
    var inDeficit: [[Int]]
    var belowTarget: [[Int]]
    var aboveCap: [[Int]]
    var joined: [Int]
    var reserves: [[Histogram]]
    var slotRiskLoss: [Histogram]
    var slotRiskLossMean: [MeanAccumulator]
    var lossByRisk: [MeanAccumulator]
    /// Recorded academies' reserves: `academyColumns[i][year]`, one value per trial (0 in trials
    /// where the academy is not in the trust), for the slots in `recordedSlots`.
    var recordedSlots: [Int]
    var academyColumns: [[[Double]]]
    /// Recorded inputs, trial after trial: `inputStride` values per trial.
    var inputStride: Int
    var inputs: [Double]

    init(years: Int, slots: Int, risks: Int, ranges: Ranges, recordedSlots: [Int] = [], inputStride: Int = 0, capacity: Int = 0) {
        columns = TrustMetric.allCases.map { _ in
            (0..<years).map { _ in
                var column: [Double] = []
                column.reserveCapacity(capacity)
                return column
            }
        }
        let zeros = Array(repeating: Array(repeating: 0, count: years), count: slots)
        present = zeros
        inDeficit = zeros
        belowTarget = zeros
        aboveCap = zeros
        joined = Array(repeating: 0, count: slots)
        reserves = ranges.reserves.map { $0.map { Histogram(from: $0.lowerBound, to: $0.upperBound, bins: Self.bins) } }
        slotRiskLoss = ranges.riskLoss.map { Histogram(from: $0.lowerBound, to: $0.upperBound, bins: Self.bins) }
        slotRiskLossMean = Array(repeating: MeanAccumulator(), count: slots)
        lossByRisk = Array(repeating: MeanAccumulator(), count: risks)
        self.recordedSlots = recordedSlots
        academyColumns = recordedSlots.map { _ in (0..<years).map { _ in [] } }
        self.inputStride = inputStride
        inputs = []
        inputs.reserveCapacity(capacity * inputStride)
    }

    mutating func record(_ outcome: TrialOutcome) {
        for metric in columns.indices {
            for year in columns[metric].indices { columns[metric][year].append(outcome.trust[metric][year]) }
        }
        for slot in present.indices {
            if outcome.joined[slot] { joined[slot] += 1 }
            for year in present[slot].indices where outcome.present[slot][year] {
                present[slot][year] += 1
                if outcome.reserves[slot][year] < 0 { inDeficit[slot][year] += 1 }
                if outcome.belowTarget[slot][year] { belowTarget[slot][year] += 1 }
                if outcome.aboveCap[slot][year] { aboveCap[slot][year] += 1 }
                reserves[slot][year].add(outcome.reserves[slot][year])
                slotRiskLoss[slot].add(outcome.riskLoss[slot][year])
                slotRiskLossMean[slot].add(outcome.riskLoss[slot][year])
            }
        }
        for risk in lossByRisk.indices {
            for loss in outcome.lossByRisk[risk] { lossByRisk[risk].add(loss) }
        }
        for (i, slot) in recordedSlots.enumerated() {
            for year in academyColumns[i].indices { academyColumns[i][year].append(outcome.reserves[slot][year]) }
        }
        if inputStride > 0 { outcome.appendInputs(to: &inputs) }
    }

    mutating func merge(_ later: SimulationTally) {
        for metric in columns.indices {
            for year in columns[metric].indices { columns[metric][year].append(contentsOf: later.columns[metric][year]) }
        }
        for slot in present.indices {
            joined[slot] += later.joined[slot]
            for year in present[slot].indices {
                present[slot][year] += later.present[slot][year]
                inDeficit[slot][year] += later.inDeficit[slot][year]
                belowTarget[slot][year] += later.belowTarget[slot][year]
                aboveCap[slot][year] += later.aboveCap[slot][year]
                reserves[slot][year].merge(later.reserves[slot][year])
            }
            slotRiskLoss[slot].merge(later.slotRiskLoss[slot])
            slotRiskLossMean[slot].merge(later.slotRiskLossMean[slot])
        }
        for risk in lossByRisk.indices { lossByRisk[risk].merge(later.lossByRisk[risk]) }
        for i in academyColumns.indices {
            for year in academyColumns[i].indices { academyColumns[i][year].append(contentsOf: later.academyColumns[i][year]) }
        }
        inputs.append(contentsOf: later.inputs)
    }
}
