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

    /// Whether and when each slot's academy is in the trust.
    let joins: JoinTable
    /// Academies the board's plan has in the trust each year, and for capacity lead times
    /// beyond the horizon (see ``TrustSettings/CapacityStep/Commitment/plan``).
    let plannedAcademies: [Int]
    /// Each slot's roll change (percent), and its key in each year.
    let rollChange: [FlatDistribution]
    let rollKeys: [DrawKey]
    /// Mitigation costs each slot pays in each year.
    let mitigationCost: [Double]
    /// The books an academy already in the trust opens with, the same in every trial (nil for
    /// a join, or an academy whose structural deficit is drawn: those are opened from the plan).
    let openingLedger: [AcademyLedger?]
    /// Distributions of roll changes kept aside by ``FlatDistribution`` (discrete, Poisson, Bernoulli).
    let others: [Distribution]

    // MARK: The centre and the risk events

    /// Mitigation costs the centre pays in each year.
    let centralMitigationCost: [Double]
    let events: RiskEventTable

    init(plan: TrialPlan) {
        years = plan.years
        let slots = plan.slots
        slotCount = slots.count
        joins = JoinTable(slots: slots)
        plannedAcademies = joins.plannedAcademies(years: plan.years + plan.lookahead + 1)
        var others: [Distribution] = []
        rollChange = slots.map { slot in
            switch slot.origin {
            case .existing(let academy): return FlatDistribution(academy.rollChangePercent, others: &others)
            case .join(_, let template, _): return FlatDistribution(template.rollChangePercent, others: &others)
            }
        }
        self.others = others
        rollKeys = slots.flatMap(\.rollKeys)
        openingLedger = slots.map { slot in
            guard case .existing(let academy) = slot.origin, academy.structuralDeficit == nil else { return nil }
            return AcademyLedger(opening: academy)
        }
        mitigationCost = plan.risks.costs.academy.flatMap { $0 }
        centralMitigationCost = plan.risks.costs.central
        events = RiskEventTable(events: plan.risks.events, slotCount: slots.count, years: plan.years)
    }

    /// Slot `slot`'s roll change (percent) drawn for `year` of `trial`: the one form the trial loop
    /// and ``PrimaryInputs`` both read.
    @inline(__always)
    func drawnRollChange(slot: Int, year: Int, trial: Int) -> Double {
        rollChange[slot].sample(key: rollKeys[slot * years + year], trial: trial, others: others)
    }
}
