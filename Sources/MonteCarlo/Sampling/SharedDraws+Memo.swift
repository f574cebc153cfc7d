import Synchronization

extension SharedDraws {
    /// The table of `plan` under `seed` for `years` and `trials`, drawn once and kept for the
    /// runs that follow in the same process.
    ///
    /// Why: the variants of a comparison, the points of a sweep and the steps of a solve share
    /// their economy (common random numbers), so each would draw the same table again, and a
    /// Latin hypercube's PERT quantiles, each an inverted incomplete beta function, cost more
    /// than the trials themselves at 10,000 trials. The table is a pure function of what it is
    /// keyed by, so a kept one is the one that would be drawn, to the bit.
    ///
    /// Only the last ``memoCount`` tables of at most ``memoBytes`` each are kept, so a long
    /// session holds at most 64 MB of them; a larger table is drawn afresh every time.
    package static func memoized(plan: SharedDrawPlan, seed: UInt64, years: Int, trials: Int) -> SharedDraws {
        let request = MemoRequest(plan: plan, seed: seed, years: years, trials: trials)
        let bytes = years * plan.inputs.count * trials * MemoryLayout<Double>.stride
        guard bytes <= memoBytes else { return SharedDraws(plan: plan, seed: seed, years: years, trials: trials) }
        if let kept = memo.withLock({ $0.first { $0.request == request }?.draws }) { return kept }
        let draws = SharedDraws(plan: plan, seed: seed, years: years, trials: trials)
        memo.withLock { kept in
            kept.removeAll { $0.request == request }
            kept.append(MemoEntry(request: request, draws: draws))
            if kept.count > memoCount { kept.removeFirst(kept.count - memoCount) }
        }
        return draws
    }

    /// How many tables ``memoized(plan:seed:years:trials:)`` keeps.
    static let memoCount = 4
    /// The largest table it keeps: 16 MB, 100,000 trials of 4 inputs over 5 years.
    static let memoBytes = 16 << 20

    private static let memo = Mutex<[MemoEntry]>([])
}

/// What a table of shared draws is a function of.
private struct MemoRequest: Equatable {
    var plan: SharedDrawPlan
    var seed: UInt64
    var years: Int
    var trials: Int
}

private struct MemoEntry {
    var request: MemoRequest
    var draws: SharedDraws
}
