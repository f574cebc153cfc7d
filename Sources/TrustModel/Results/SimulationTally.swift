import MonteCarlo

/// What a run of trials has recorded so far: exact columns of the trust-wide figures (every
/// trial, every year, for exact percentiles) and streaming counts and histograms for each
/// academy and risk. A chunk of trials makes one; chunks merge in order.
///
/// Memory: ``TrustColumns/bytesPerTrialYear`` (82) bytes × years × trials for the columns (82 MB
/// at 10 years and 100,000 trials). Each academy-year's reserves and risk losses are kept whole,
/// for exact percentiles, while trials × academies × years × 17 bytes fits ``exactBudget``;
/// beyond it, a fixed 8 KB per academy-year for a reserves histogram instead.
struct SimulationTally: Sendable, Mergeable {
    /// The histogram ranges, fixed for the whole run so chunks can merge.
    struct Ranges: Sendable {
        /// Per slot per year: the range of reserves.
        var reserves: [[ClosedRange<Double>]]
        /// Per slot: the range of a year's risk losses.
        var riskLoss: [ClosedRange<Double>]
    }

    static let bins = 1024

    /// The memory an academy-by-academy record of every trial may take: 64 MB, which holds
    /// 10,000 trials of 30 academies over 12 years, or 100,000 trials of 10 academies over 3.
    static let exactBudget = 64 << 20

    /// Whether a run of `trials` keeps every academy-year (17 bytes each: presence, reserves and
    /// risk loss) within ``exactBudget``, for exact percentiles.
    static func keepsEveryTrial(trials: Int, slots: Int, years: Int) -> Bool {
        let (bytes, overflow) = trials.multipliedReportingOverflow(by: slots * years * 17)
        return !overflow && bytes <= exactBudget
    }

    let years: Int
    /// Whether every academy-year is kept (``kept``) rather than counted into histograms.
    let exact: Bool
    /// Every trial's academy-years, trial after trial, when ``exact``.
    var kept = AcademyYears()

    /// The trust-wide figures of every trial, in trial order.
    var trust: TrustColumns
    var present: [[Int]]
    var inDeficit: [[Int]]
    var inYearDeficit: [[Int]]
    /// Per slot per year, over the trials it is in the trust: what its reserves are below £0 by,
    /// and what it spent beyond its income (0 when it did not).
    var deficit: [[MeanAccumulator]]
    var inYearDeficitSize: [[MeanAccumulator]]
    var belowTarget: [[Int]]
    var aboveCap: [[Int]]
    var joined: [Int]
    var reserves: [[Histogram]]
    var slotRiskLoss: [Histogram]
    var slotRiskLossMean: [MeanAccumulator]
    /// Each included risk's annual loss over the trials merged so far.
    var lossByRisk: [MeanAccumulator]
    /// The trials recorded here but not yet folded (see ``fold()``): each risk's losses as sums,
    /// and every academy-year's presence, reserves and risk loss, which ``fold()`` adds to their
    /// histograms one histogram at a time. Recording them into 8 KB histograms as each trial
    /// ended touched a different one for every academy-year, megabytes apart, and stalled on
    /// memory; a histogram's counts are the same in any order.
    var lossSums: [RiskLossSums]
    var pendingTrials = 0
    /// Each pending trial's academy-years, copied whole (slot · years + year within a trial).
    var pendingPresent: [Bool]
    var pendingReserves: [Double]
    var pendingRiskLoss: [Double]
    /// Recorded academies' reserves: `academyColumns[i][year]`, one value per trial (0 in trials
    /// where the academy is not in the trust), for the slots in `recordedSlots`.
    var recordedSlots: [Int]
    var academyColumns: [[[Double]]]
    /// Recorded inputs, trial after trial: `inputStride` values per trial.
    var inputStride: Int
    var inputs: [Double]

    init(
        years: Int, slots: Int, risks: Int, ranges: Ranges, recordedSlots: [Int] = [], inputStride: Int = 0, capacity: Int = 0,
        exact: Bool = false
    ) {
        self.years = years
        self.exact = exact
        trust = TrustColumns(years: years, capacity: capacity)
        let zeros = Array(repeating: Array(repeating: 0, count: years), count: slots)
        present = zeros
        inDeficit = zeros
        inYearDeficit = zeros
        deficit = Array(repeating: Array(repeating: MeanAccumulator(), count: years), count: slots)
        inYearDeficitSize = deficit
        belowTarget = zeros
        aboveCap = zeros
        joined = Array(repeating: 0, count: slots)
        reserves = ranges.reserves.map { $0.map { Histogram(from: $0.lowerBound, to: $0.upperBound, bins: Self.bins) } }
        slotRiskLoss = ranges.riskLoss.map { Histogram(from: $0.lowerBound, to: $0.upperBound, bins: Self.bins) }
        slotRiskLossMean = Array(repeating: MeanAccumulator(), count: slots)
        lossByRisk = Array(repeating: MeanAccumulator(), count: risks)
        lossSums = Array(repeating: RiskLossSums(), count: risks)
        pendingPresent = []
        pendingReserves = []
        pendingRiskLoss = []
        self.recordedSlots = recordedSlots
        academyColumns = recordedSlots.map { _ in (0..<years).map { _ in [] } }
        self.inputStride = inputStride
        inputs = []
        inputs.reserveCapacity(capacity * inputStride)
    }

    mutating func record(_ outcome: TrialOutcome) {
        let years = outcome.years
        trust.append(trust: outcome.trust, years: years)
        for slot in present.indices {
            if outcome.joined[slot] { joined[slot] += 1 }
            for year in 0..<years where outcome.present[outcome.at(slot, year)] {
                let here = outcome.at(slot, year)
                present[slot][year] += 1
                if outcome.reserves[here] < 0 { inDeficit[slot][year] += 1 }
                if outcome.inYearBalance[here] < 0 { inYearDeficit[slot][year] += 1 }
                deficit[slot][year].add(max(0, -outcome.reserves[here]))
                inYearDeficitSize[slot][year].add(max(0, -outcome.inYearBalance[here]))
                if outcome.belowTarget[here] { belowTarget[slot][year] += 1 }
                if outcome.aboveCap[here] { aboveCap[slot][year] += 1 }
                slotRiskLossMean[slot].add(outcome.riskLoss[here])
            }
        }
        pendingPresent.append(contentsOf: outcome.present)
        pendingReserves.append(contentsOf: outcome.reserves)
        pendingRiskLoss.append(contentsOf: outcome.riskLoss)
        pendingTrials += 1
        for struck in outcome.struck { lossSums[struck.risk].add(outcome.lossByRisk[struck.entry]) }
        for (i, slot) in recordedSlots.enumerated() {
            for year in academyColumns[i].indices { academyColumns[i][year].append(outcome.reserves[outcome.at(slot, year)]) }
        }
        if inputStride > 0 { outcome.appendInputs(to: &inputs) }
    }

    /// Adds the pending academy-years to their histograms and the risks' sums to their
    /// accumulators: called once a chunk's trials are recorded, before it is merged.
    mutating func fold() {
        if exact {
            kept.present.append(contentsOf: pendingPresent)
            kept.reserves.append(contentsOf: pendingReserves)
            kept.riskLoss.append(contentsOf: pendingRiskLoss)
        } else {
            foldIntoHistograms()
        }
        pendingPresent.removeAll()
        pendingReserves.removeAll()
        pendingRiskLoss.removeAll()
        for risk in lossSums.indices {
            lossByRisk[risk].merge(lossSums[risk].accumulator(count: pendingTrials * years))
            lossSums[risk] = RiskLossSums()
        }
        pendingTrials = 0
    }

    private mutating func foldIntoHistograms() {
        let stride = present.count * years
        for slot in present.indices {
            for year in 0..<years {
                let here = slot * years + year
                for trial in 0..<pendingTrials where pendingPresent[trial * stride + here] {
                    reserves[slot][year].add(pendingReserves[trial * stride + here])
                    slotRiskLoss[slot].add(pendingRiskLoss[trial * stride + here])
                }
            }
        }
    }

    mutating func merge(_ later: SimulationTally) {
        precondition(later.pendingTrials == 0, "a chunk's tally is folded before it is merged")
        trust.append(later.trust)
        kept.append(later.kept)
        for slot in present.indices {
            joined[slot] += later.joined[slot]
            for year in present[slot].indices {
                present[slot][year] += later.present[slot][year]
                inDeficit[slot][year] += later.inDeficit[slot][year]
                inYearDeficit[slot][year] += later.inYearDeficit[slot][year]
                deficit[slot][year].merge(later.deficit[slot][year])
                inYearDeficitSize[slot][year].merge(later.inYearDeficitSize[slot][year])
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
