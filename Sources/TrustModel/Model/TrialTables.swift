import MonteCarlo

/// The parts of a ``TrialPlan`` the trial loop reads for every academy-year and risk event,
/// laid out flat: plain numbers in contiguous arrays, reached by index arithmetic.
///
/// Why: the loop runs a few million times a second on every core. Copying a struct that holds
/// arrays (a ``SlotPlan``, a ``RiskEventPlan``) out of an array retains and releases each of its
/// arrays, and every thread doing so contends for the same reference counts; reading a number
/// out of a flat array touches no count at all. Built once per run from the plan, in the plan's
/// order, so every draw and every sum is the same as the plan's own.
struct TrialTables: Sendable {
    let years: Int
    let slotCount: Int

    // MARK: Slots, indexed by slot (and slot-years at slot · years + year)

    /// True for an academy in the trust from the start; false for a planned join.
    let isExisting: [Bool]
    /// For a join: the probability it goes ahead, the key of that draw, and its year index.
    let joinProbability: [Double]
    let joinKey: [DrawKey]
    let joinYearIndex: [Int]
    /// Each slot's roll change (percent), and its key in each year.
    let rollChange: [FlatDistribution]
    let rollKeys: [DrawKey]
    /// Mitigation costs each slot pays in each year.
    let mitigationCost: [Double]
    /// The books an academy already in the trust opens with, the same in every trial (nil for
    /// a join, or an academy whose structural deficit is drawn: those are opened from the plan).
    let openingLedger: [AcademyLedger?]

    // MARK: Risk events, at year · eventCount + event for the per-year figures

    /// The events borne by slot s are `academyEvents[slot]..<academyEvents[slot + 1]`; those of
    /// the centre follow, from `academyEvents[slotCount]` to `eventCount`.
    let academyEvents: [Int]
    let eventCount: Int
    /// Each event's risk (its index among the included risks) and impact distribution.
    let eventRisk: [Int]
    let eventImpact: [FlatDistribution]
    /// Per event-year: the strike draw's key and the probability it must fall below (side by
    /// side, read together for every event), and the impact draw's key and the share of the
    /// impact left after mitigations (read only when the event strikes).
    let strikes: [Strike]
    let impactKey: [DrawKey]
    let impactFactor: [Double]
    /// The most events one payer bears: the size of the list of those that strike in a year.
    let largestEventGroup: Int
    /// Mitigation costs the centre pays in each year.
    let centralMitigationCost: [Double]

    /// Distributions kept aside by ``FlatDistribution`` (discrete, Poisson, Bernoulli).
    let others: [Distribution]

    init(plan: TrialPlan, eventRisk academyRisk: [[Int]], centralRisk: [Int]) {
        years = plan.years
        let slots = plan.slots
        slotCount = slots.count
        var others: [Distribution] = []
        isExisting = slots.map { !$0.isJoin }
        joinProbability = slots.map { slot in
            if case .join(let join, _, _) = slot.origin { return join.probability }
            return 1
        }
        joinKey = slots.map(\.draws.join)
        joinYearIndex = slots.map { slot in
            if case .join(_, _, let yearIndex) = slot.origin { return yearIndex }
            return 0
        }
        rollChange = slots.map { slot in
            switch slot.origin {
            case .existing(let academy): return FlatDistribution(academy.rollChangePercent, others: &others)
            case .join(_, let template, _): return FlatDistribution(template.rollChangePercent, others: &others)
            }
        }
        rollKeys = slots.flatMap(\.rollKeys)
        openingLedger = slots.map { slot in
            guard case .existing(let academy) = slot.origin, academy.structuralDeficit == nil else { return nil }
            return AcademyLedger(opening: academy)
        }
        mitigationCost = plan.risks.costs.academy.flatMap { $0 }
        centralMitigationCost = plan.risks.costs.central

        let ordered = plan.academyEvents.flatMap { $0 } + plan.centralEvents
        var starts = [0]
        for events in plan.academyEvents { starts.append(starts.last! + events.count) }
        academyEvents = starts
        eventCount = ordered.count
        eventRisk = academyRisk.flatMap { $0 } + centralRisk
        eventImpact = ordered.map { FlatDistribution($0.impact, others: &others) }
        let byYear = (0..<plan.years).flatMap { year in ordered.indices.map { (year, $0) } }
        strikes = byYear.map { Strike(key: ordered[$1].strikeKeys[$0], probability: ordered[$1].probability[$0]) }
        largestEventGroup = max(plan.centralEvents.count, plan.academyEvents.map(\.count).max() ?? 0)
        impactKey = byYear.map { ordered[$1].impactKeys[$0] }
        impactFactor = byYear.map { ordered[$1].impactFactor[$0] }
        self.others = others
    }

    /// One event-year's strike: it strikes when the draw under `key` falls below its probability,
    /// decided on the draw's bits against `threshold` (``UnitInterval/countBelow(_:)``), the
    /// same decision without making the draw a `Double`.
    struct Strike: Sendable {
        let key: DrawKey
        let threshold: UInt64

        init(key: DrawKey, probability: Double) {
            self.key = key
            threshold = UnitInterval.countBelow(probability)
        }

        /// 1 if the event strikes in `trial`, else 0, worked out without a branch: both numbers
        /// are below 2⁵³, so their difference wraps to a number with its top bit set exactly
        /// when the draw is below the threshold. (A branch here is taken at random, and its
        /// mispredictions cost more than the draws; the compiler does not remove it by itself.)
        @inline(__always)
        func strikes(trial: Int) -> Int { Int(truncatingIfNeeded: ((key.bits(trial: trial) &>> 12) &- threshold) &>> 63) }
    }

    /// Writes into `struck` the events of `events` that strike in `year` of `trial`, in order,
    /// and returns how many. Every event's draw is made and compared without a branch (the
    /// outcome of a strike draw cannot be predicted, and a mispredicted branch costs more than
    /// the draw); a zero probability never strikes, as the draw is in (0, 1).
    @inline(__always)
    func strikes(_ events: Range<Int>, year: Int, trial: Int, into struck: inout [Int]) -> Int {
        let base = year * eventCount
        return strikes.withUnsafeBufferPointer { strikes in
            struck.withUnsafeMutableBufferPointer { struck in
                var count = 0
                for event in events {
                    let strike = strikes[base + event]
                    struck[count] = event
                    count &+= strike.strikes(trial: trial)
                }
                return count
            }
        }
    }

    /// The loss of `event`, which struck in `year` of `trial`: an impact draw scaled by what
    /// mitigations leave (as ``RiskEventPlan/loss(year:trial:)`` draws it).
    @inline(__always)
    func impact(event: Int, year: Int, trial: Int) -> Double {
        let at = year * eventCount + event
        return eventImpact[event].sample(key: impactKey[at], trial: trial, others: others) * impactFactor[at]
    }

    /// The year index `slot` is in the trust from in `trial` (`Int.max`: its join does not go
    /// ahead), as ``SlotPlan/joinYear(trial:)`` draws it.
    @inline(__always)
    func joinYear(slot: Int, trial: Int) -> Int {
        if isExisting[slot] { return 0 }
        return joinKey[slot].uniform(trial: trial) < joinProbability[slot] ? joinYearIndex[slot] : Int.max
    }
}
