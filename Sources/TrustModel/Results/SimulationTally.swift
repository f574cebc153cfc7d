import MonteCarlo

/// What a run of trials has recorded so far: exact columns of the trust-wide figures (every
/// trial, every year, for exact percentiles) and streaming counts and histograms for each
/// academy and risk. A chunk of trials makes one; chunks merge in order.
///
/// Memory: ``TrustColumns/bytesPerTrialYear`` (82) bytes × years × trials for the columns (82 MB
/// at 10 years and 100,000 trials). Each academy-year's reserves and risk losses are kept whole,
/// for exact percentiles, while trials × academies × years × 17 bytes fits ``exactBudget``;
/// beyond it, a fixed 8 KB per academy-year for a reserves histogram instead.
///
/// Per academy-year tables are flat, at slot · years + year as in ``TrialOutcome``, so that
/// recording a trial walks them in order through one buffer view, with no nested array to
/// check for uniqueness on every count.
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
    /// risk loss) within `budget` (``exactBudget``; tests choose a smaller one), for exact percentiles.
    static func keepsEveryTrial(trials: Int, slots: Int, years: Int, budget: Int = exactBudget) -> Bool {
        let (bytes, overflow) = trials.multipliedReportingOverflow(by: slots * years * 17)
        return !overflow && bytes <= budget
    }

    let years: Int
    let slots: Int
    /// Whether every academy-year is kept (``kept``) rather than counted into histograms.
    private(set) var exact: Bool
    /// Every trial's academy-years, trial after trial, when ``exact``.
    var kept = AcademyYears()

    /// The trust-wide figures of every trial, in trial order.
    var trust: TrustColumns
    /// Per academy-year: its counts and deficits over the trials it is in the trust.
    var academyYears: [AcademyYearTally]
    var joined: [Int]
    /// Per academy-year, when not ``exact`` (empty otherwise): a histogram of its reserves.
    var reserves: [Histogram]
    /// Per slot, when not ``exact`` (empty otherwise): a histogram of a year's risk losses.
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
    /// Trials a chunk's tally expects: the pending lists are sized for them at the first record.
    let capacity: Int
    /// Each pending trial's academy-years, copied whole (slot · years + year within a trial).
    var pendingPresent: [Bool] = []
    var pendingReserves: [Double] = []
    var pendingRiskLoss: [Double] = []
    /// Recorded academies' reserves: `academyColumns[i][year]`, one value per trial (0 in trials
    /// where the academy is not in the trust), for the slots in `recordedSlots`.
    var recordedSlots: [Int]
    var academyColumns: [[[Double]]]

    init(
        years: Int, slots: Int, risks: Int, ranges: Ranges, recordedSlots: [Int] = [], capacity: Int = 0, exact: Bool = false
    ) {
        self.years = years
        self.slots = slots
        self.exact = exact
        self.capacity = capacity
        trust = TrustColumns(years: years, capacity: capacity)
        academyYears = Array(repeating: AcademyYearTally(), count: slots * years)
        joined = Array(repeating: 0, count: slots)
        // An exact run reads its kept academy-years, never these 8 KB histograms.
        reserves = exact ? [] : Self.reserveHistograms(ranges)
        slotRiskLoss = exact ? [] : Self.riskLossHistograms(ranges)
        slotRiskLossMean = Array(repeating: MeanAccumulator(), count: slots)
        lossByRisk = Array(repeating: MeanAccumulator(), count: risks)
        lossSums = Array(repeating: RiskLossSums(), count: risks)
        self.recordedSlots = recordedSlots
        academyColumns = recordedSlots.map { _ in (0..<years).map { _ in [] } }
    }

    static func reserveHistograms(_ ranges: Ranges) -> [Histogram] {
        ranges.reserves.flatMap { $0.map { Histogram(from: $0.lowerBound, to: $0.upperBound, bins: bins) } }
    }

    static func riskLossHistograms(_ ranges: Ranges) -> [Histogram] {
        ranges.riskLoss.map { Histogram(from: $0.lowerBound, to: $0.upperBound, bins: bins) }
    }

    /// Stops keeping every academy-year, once a run that goes on grows beyond ``exactBudget``:
    /// the kept ones are counted into histograms over `ranges`, which then hold what a run too
    /// large to keep them would have counted from its first trial (a histogram's counts are the
    /// same in any order).
    mutating func stopKeepingEveryTrial(ranges: Ranges) {
        guard exact else { return }
        exact = false
        reserves = Self.reserveHistograms(ranges)
        slotRiskLoss = Self.riskLossHistograms(ranges)
        let waiting = pendingTrials
        let stride = slots * years
        pendingTrials = stride == 0 ? 0 : kept.present.count / stride
        swap(&pendingPresent, &kept.present)
        swap(&pendingReserves, &kept.reserves)
        swap(&pendingRiskLoss, &kept.riskLoss)
        precondition(waiting == 0, "a tally stops keeping trials only between chunks")
        foldIntoHistograms()
        kept = AcademyYears()
        pendingPresent = []
        pendingReserves = []
        pendingRiskLoss = []
        pendingTrials = 0
    }

    /// The index of `slot`'s `year` in the per academy-year tables.
    func at(_ slot: Int, _ year: Int) -> Int { slot * years + year }

    mutating func record(_ outcome: TrialOutcome) {
        trust.append(trust: outcome.trust, years: years)
        for slot in 0..<slots where outcome.joined[slot] { joined[slot] += 1 }
        countAcademyYears(outcome)
        if pendingTrials == 0 && pendingPresent.capacity < capacity * outcome.present.count {
            pendingPresent.reserveCapacity(capacity * outcome.present.count)
            pendingReserves.reserveCapacity(capacity * outcome.present.count)
            pendingRiskLoss.reserveCapacity(capacity * outcome.present.count)
        }
        pendingPresent.append(contentsOf: outcome.present)
        pendingReserves.append(contentsOf: outcome.reserves)
        pendingRiskLoss.append(contentsOf: outcome.riskLoss)
        pendingTrials += 1
        for struck in outcome.struck { lossSums[struck.risk].add(outcome.lossByRisk[struck.entry]) }
        for (i, slot) in recordedSlots.enumerated() {
            for year in academyColumns[i].indices { academyColumns[i][year].append(outcome.reserves[outcome.at(slot, year)]) }
        }
    }

    /// Counts the trial's academy-years in, in slot and year order (each running mean takes its
    /// values in trial order, as before the tables were flat, so every figure is the same).
    private mutating func countAcademyYears(_ outcome: TrialOutcome) {
        let years = years
        academyYears.withUnsafeMutableBufferPointer { tallies in
            slotRiskLossMean.withUnsafeMutableBufferPointer { lossMeans in
                for slot in 0..<lossMeans.count {
                    for year in 0..<years {
                        let here = slot * years + year
                        guard outcome.present[here] else { continue }
                        tallies[here].add(
                            reserves: outcome.reserves[here], balance: outcome.inYearBalance[here], belowTarget: outcome.belowTarget[here],
                            aboveCap: outcome.aboveCap[here])
                        lossMeans[slot].add(outcome.riskLoss[here])
                    }
                }
            }
        }
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
        pendingPresent = []
        pendingReserves = []
        pendingRiskLoss = []
        for risk in lossSums.indices {
            lossByRisk[risk].merge(lossSums[risk].accumulator(count: pendingTrials * years))
            lossSums[risk] = RiskLossSums()
        }
        pendingTrials = 0
    }

    private mutating func foldIntoHistograms() {
        let stride = slots * years
        for slot in 0..<slots {
            for year in 0..<years {
                let here = slot * years + year
                for trial in 0..<pendingTrials where pendingPresent[trial * stride + here] {
                    reserves[here].add(pendingReserves[trial * stride + here])
                    slotRiskLoss[slot].add(pendingRiskLoss[trial * stride + here])
                }
            }
        }
    }

    mutating func merge(_ later: SimulationTally) {
        precondition(later.pendingTrials == 0, "a chunk's tally is folded before it is merged")
        trust.append(later.trust)
        kept.append(later.kept)
        for i in academyYears.indices { academyYears[i].merge(later.academyYears[i]) }
        for i in reserves.indices { reserves[i].merge(later.reserves[i]) }
        for slot in 0..<slots {
            joined[slot] += later.joined[slot]
            slotRiskLossMean[slot].merge(later.slotRiskLossMean[slot])
        }
        for slot in slotRiskLoss.indices { slotRiskLoss[slot].merge(later.slotRiskLoss[slot]) }
        for risk in lossByRisk.indices { lossByRisk[risk].merge(later.lossByRisk[risk]) }
        for i in academyColumns.indices {
            for year in academyColumns[i].indices { academyColumns[i][year].append(contentsOf: later.academyColumns[i][year]) }
        }
    }
}
