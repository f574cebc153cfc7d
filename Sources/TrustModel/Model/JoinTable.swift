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
    /// For a join whose probability is a range: the range, drawn once per trial under its own
    /// key (nil for a plain number, which is read from `probability` without a draw).
    let probabilityRange: [Distribution?]
    let probabilityKey: [DrawKey]

    init(slots: [SlotPlan]) {
        isExisting = slots.map { !$0.isJoin }
        probability = slots.map { slot in
            if case .join(let join, _, _) = slot.origin, case .fixed(let p) = join.probability { return p }
            return 1
        }
        probabilityRange = slots.map { slot in
            guard case .join(let join, _, _) = slot.origin else { return nil }
            if case .fixed = join.probability { return nil }
            return join.probability
        }
        key = slots.map(\.draws.join)
        probabilityKey = slots.map(\.draws.joinProbability)
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
        return key[slot].uniform(trial: trial) < chance(slot: slot, trial: trial) ? yearIndex[slot] : Int.max
    }

    /// The chance `slot`'s join goes ahead in `trial`: its number, or its range's draw clamped to 0…1.
    @inline(__always)
    private func chance(slot: Int, trial: Int) -> Double {
        guard let range = probabilityRange[slot] else { return probability[slot] }
        return min(1, max(0, range.sample(key: probabilityKey[slot], trial: trial)))
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
