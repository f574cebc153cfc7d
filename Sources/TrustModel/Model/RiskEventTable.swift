import MonteCarlo

/// The risk events of a catalogue laid out flat, with their draws keyed: the one form of "does
/// it strike, and what does it cost", read by the trial loop (``TrialSimulator``, every payer's
/// events at once) and by mitigation valuation (one event at a time) alike.
///
/// Events are grouped by payer, each academy place's in turn and then the centre's, keeping the
/// catalogue's order within a group; the per-year figures are at year · eventCount + event.
struct RiskEventTable: Sendable {
    /// The events borne by slot s are `academyEvents[slot]..<academyEvents[slot + 1]`; those of
    /// the centre follow, from `academyEvents[slotCount]` to `eventCount`.
    let academyEvents: [Int]
    let eventCount: Int
    /// The table index of each of the catalogue's events, in the catalogue's order.
    let position: [Int]
    /// Each event's academy place, or nil for the centre.
    let payerSlot: [Int?]
    /// Each event's risk (its index among the included risks) and impact distribution.
    let eventRisk: [Int]
    let eventImpact: [FlatDistribution]
    /// Per event-year: the strike draw's key and the threshold it must fall below
    /// (``KeyedStrikes``; two flat arrays, read a payer's run at a time), and the impact draw's
    /// key and the share of the impact left after mitigations (read only when the event strikes).
    let strikeKeys: [DrawKey]
    let strikeThresholds: [UInt64]
    let impactKey: [DrawKey]
    let impactFactor: [Double]
    /// The most events one payer bears: the size of the list of those that strike in a year.
    let largestEventGroup: Int
    /// Distributions kept aside by ``FlatDistribution`` (discrete, Poisson, Bernoulli).
    let others: [Distribution]

    /// The table of `events` (a ``RiskEventCatalogue``'s) for `slotCount` academy places over `years`.
    init(events: [RiskEventPlan], slotCount: Int, years: Int) {
        var groups = Array(repeating: [Int](), count: slotCount + 1)
        for (index, event) in events.enumerated() {
            switch event.payer {
            case .academy(let slot): groups[slot].append(index)
            case .central: groups[slotCount].append(index)
            }
        }
        let order = groups.flatMap { $0 }
        var starts = [0]
        for group in groups.dropLast() { starts.append((starts.last ?? 0) + group.count) }
        academyEvents = starts
        eventCount = order.count
        var position = Array(repeating: 0, count: events.count)
        for (at, index) in order.enumerated() { position[index] = at }
        self.position = position
        let ordered = order.map { events[$0] }
        payerSlot = ordered.map { event in
            if case .academy(let slot) = event.payer { return slot }
            return nil
        }
        eventRisk = ordered.map(\.riskIndex)
        var others: [Distribution] = []
        eventImpact = ordered.map { FlatDistribution($0.impact, others: &others) }
        self.others = others
        let byYear = (0..<years).flatMap { year in ordered.indices.map { (year, $0) } }
        strikeKeys = byYear.map { ordered[$1].strikeKeys[$0] }
        strikeThresholds = byYear.map { UnitInterval.countBelow(ordered[$1].probability[$0]) }
        impactKey = byYear.map { ordered[$1].impactKeys[$0] }
        impactFactor = byYear.map { ordered[$1].impactFactor[$0] }
        largestEventGroup = groups.map(\.count).max() ?? 0
    }

    /// Writes into `struck` the events of `events` that strike in `year` of `trial`, in order,
    /// and returns how many (``KeyedStrikes/struck(keys:thresholds:trial:numberedFrom:into:)``:
    /// every event's draw made and compared without a branch). A zero probability never
    /// strikes, as the draw is in (0, 1).
    @inline(__always)
    func strikes(_ events: Range<Int>, year: Int, trial: Int, into struck: inout [Int]) -> Int {
        let run = year * eventCount + events.lowerBound..<year * eventCount + events.upperBound
        return strikeKeys.withUnsafeBufferPointer { keys in
            strikeThresholds.withUnsafeBufferPointer { thresholds in
                struck.withUnsafeMutableBufferPointer { struck in
                    KeyedStrikes.struck(
                        keys: UnsafeBufferPointer(rebasing: keys[run]), thresholds: UnsafeBufferPointer(rebasing: thresholds[run]),
                        trial: trial, numberedFrom: events.lowerBound, into: struck)
                }
            }
        }
    }

    /// Whether `event` strikes in `year` of `trial`: the decision the run above makes for it.
    func strikes(event: Int, year: Int, trial: Int) -> Bool {
        let at = year * eventCount + event
        return KeyedStrikes.strikes(key: strikeKeys[at], threshold: strikeThresholds[at], trial: trial) == 1
    }

    /// The loss of `event`, which struck in `year` of `trial`: an impact draw scaled by what
    /// mitigations leave.
    @inline(__always)
    func impact(event: Int, year: Int, trial: Int) -> Double {
        let at = year * eventCount + event
        return eventImpact[event].sample(key: impactKey[at], trial: trial, others: others) * impactFactor[at]
    }

    /// The loss of `event` in `year` of `trial`, as the trial loop counts it: nothing unless it
    /// strikes, and nothing while the academy that bears it is not in the trust (`joinYears`,
    /// from ``JoinTable/joinYears(trial:)``).
    func loss(event: Int, year: Int, trial: Int, joinYears: [Int]) -> Double {
        if let slot = payerSlot[event], joinYears[slot] > year { return 0 }
        return drawnLoss(event: event, year: year, trial: trial)
    }

    /// What `event`'s draws in `year` of `trial` make it cost if its payer is in the trust: its
    /// impact when it strikes, else nothing. The strike and the impact reach the books only
    /// through this product, so it is the event-year's one primary input (``PrimaryInputs``).
    func drawnLoss(event: Int, year: Int, trial: Int) -> Double {
        guard strikes(event: event, year: year, trial: trial) else { return 0 }
        return impact(event: event, year: year, trial: trial)
    }
}
