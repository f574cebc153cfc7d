import MonteCarlo

/// Whether, and from which year, each place's academy is in the trust in a trial: the one form
/// of the join draw, read by the trial loop (``TrialSimulator``) and by mitigation valuation
/// alike. Laid out flat, for the reason ``TrialTables`` gives.
struct JoinTable: Sendable {
    /// True for an academy in the trust from the start; false for a planned join.
    let isExisting: [Bool]
    /// For a join: the probability it goes ahead, the key of that draw, and its year index.
    let probability: [Double]
    let key: [DrawKey]
    let yearIndex: [Int]

    init(slots: [SlotPlan]) {
        isExisting = slots.map { !$0.isJoin }
        probability = slots.map { slot in
            if case .join(let join, _, _) = slot.origin { return join.probability }
            return 1
        }
        key = slots.map(\.draws.join)
        yearIndex = slots.map { slot in
            if case .join(_, _, let yearIndex) = slot.origin { return yearIndex }
            return 0
        }
    }

    /// The year index `slot` is in the trust from in `trial`: 0 for an academy already in it; a
    /// join's year if its draw says it goes ahead; otherwise never (`Int.max`).
    @inline(__always)
    func joinYear(slot: Int, trial: Int) -> Int {
        if isExisting[slot] { return 0 }
        return key[slot].uniform(trial: trial) < probability[slot] ? yearIndex[slot] : Int.max
    }

    /// How many academies the board's plan has in the trust in each year `0..<years`: those
    /// already in it and every planned join from its year, whether or not it goes ahead.
    func plannedAcademies(years: Int) -> [Int] {
        (0..<years).map { year in yearIndex.indices.reduce(0) { $0 + (isExisting[$1] || yearIndex[$1] <= year ? 1 : 0) } }
    }

    /// Every place's join year in `trial`, in place order.
    func joinYears(trial: Int) -> [Int] {
        (0..<isExisting.count).map { joinYear(slot: $0, trial: trial) }
    }
}
