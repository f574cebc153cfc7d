/// Scenario discovery by the Patient Rule Induction Method (Friedman and Fisher, "Bump hunting
/// in high-dimensional data", *Statistics and Computing* 9, 1999; as used for scenario discovery
/// by Bryant and Lempert, *Technological Forecasting and Social Change* 77, 2010): a box, the
/// futures whose inputs lie within a few limits, where an outcome (a 0/1 column) is much more
/// common than overall.
///
/// - **Peeling**: from the box holding every trial, each step tries cutting off the lowest or
///   the highest `peel` share of the box's trials along each column (for a column of few values,
///   every trial at its lowest or highest value) and keeps the cut with the largest gain in
///   density (the share of outcomes inside) for each trial cut off, Friedman and Fisher's
///   criterion, so a cut of few trials is not passed over for one of many; it stops when fewer
///   than ``minimumTrials`` would remain.
/// - **Choice on the trajectory**: the densest box (the highest share of its trials with the
///   outcome) that still covers at least ``minimumCoverage`` of all the outcomes; the first such
///   box (the largest) on a tie.
/// - **Pasting**: each limit is widened back by a `peel` share while that raises the density.
/// - **Trimming** (the one-standard-error rule of CART): a limit is dropped while the box
///   without it is within one binomial standard error of the box's density, then the weakest
///   limits until at most ``maximumLimits`` are left, so the box reads as a few conditions.
///
/// Everything is fitted on the trials it is given (``fit(_:outcome:trials:)``); the caller
/// measures the box on other trials, so its figures are not flattered by the search.
package struct PatientRuleInduction: Sendable {
    /// One limit of a box on column `column`: values at or above `lower` and at or below `upper`.
    package struct Limit: Sendable, Equatable {
        package var column: Int
        package var lower: Double?
        package var upper: Double?

        package func admits(_ value: Double) -> Bool {
            (lower.map { value >= $0 } ?? true) && (upper.map { value <= $0 } ?? true)
        }
    }

    /// A conjunction of limits, one per column at most.
    package struct Box: Sendable, Equatable {
        package var limits: [Limit]

        package init(limits: [Limit] = []) { self.limits = limits }

        package func contains(_ columns: [[Double]], trial: Int) -> Bool {
            limits.allSatisfy { $0.admits(columns[$0.column][trial]) }
        }

        /// The box without its limit at `index`.
        func removing(_ index: Int) -> Box {
            var box = self
            box.limits.remove(at: index)
            return box
        }

        /// The box with `limit` in place of its limit on the same column (or added).
        func replacing(_ limit: Limit) -> Box {
            var box = self
            if let i = box.limits.firstIndex(where: { $0.column == limit.column }) {
                box.limits[i] = limit
            } else {
                box.limits.append(limit)
            }
            box.limits.sort { $0.column < $1.column }
            return box
        }
    }

    /// The share of a box's trials each peeling step cuts off.
    package var peel: Double
    /// The fewest trials a box may hold.
    package var minimumTrials: Int
    /// The most limits a chosen box keeps.
    package var maximumLimits: Int
    /// The least share of all outcomes the chosen box covers.
    package var minimumCoverage: Double

    package init(peel: Double = 0.05, minimumTrials: Int = 20, maximumLimits: Int = 3, minimumCoverage: Double = 0.5) {
        precondition(peel > 0 && peel < 1, "a peel is a share between 0 and 1")
        self.peel = peel
        self.minimumCoverage = minimumCoverage
        self.minimumTrials = max(1, minimumTrials)
        self.maximumLimits = max(1, maximumLimits)
    }

    /// The box fitted on `trials` (indices into every column and `outcome`): an empty box (every
    /// trial) when the outcome never or always happens among them.
    package func fit(_ columns: [[Double]], outcome: [Bool], trials: [Int]) -> Box {
        let fitting = Fitting(columns: columns, outcome: outcome, trials: trials)
        guard fitting.outcomes > 0, fitting.outcomes < trials.count else { return Box() }
        let trajectory = peelingTrajectory(fitting)
        var best = trajectory[0]
        var bestDensity = fitting.measure(best).density
        for box in trajectory.dropFirst() {
            let measured = fitting.measure(box)
            if measured.coverage >= minimumCoverage && measured.density > bestDensity { (best, bestDensity) = (box, measured.density) }
        }
        return trimmed(pasted(best, fitting), fitting)
    }

    /// The boxes of the peeling, from every trial to the smallest allowed.
    func peelingTrajectory(_ fitting: Fitting) -> [Box] {
        var boxes = [Box()]
        var inside = fitting.trials
        while let next = bestPeel(boxes[boxes.count - 1], inside: inside, fitting) {
            boxes.append(next.box)
            inside = next.inside
        }
        return boxes
    }

    /// The cut with the largest gain in density for the share of trials it cuts off, its box
    /// and its trials; nil when every cut would leave fewer than ``minimumTrials``.
    func bestPeel(_ box: Box, inside: [Int], _ fitting: Fitting) -> (box: Box, inside: [Int])? {
        let current = fitting.density(inside)
        var best: (gain: Double, kept: Int, box: Box)?
        for column in fitting.columns.indices {
            let values = inside.map { fitting.columns[column][$0] }.sorted()
            let count = max(1, Int((peel * Double(values.count)).rounded(.up)))
            for limit in cuts(values, count: count, current: box.limits.first { $0.column == column }, column: column) {
                let kept = inside.filter { limit.admits(fitting.columns[column][$0]) }
                guard kept.count >= minimumTrials, kept.count < inside.count else { continue }
                let gain = (fitting.density(kept) - current) / (Double(inside.count - kept.count) / Double(inside.count))
                if best.map({ gain > $0.gain || (gain == $0.gain && kept.count > $0.kept) }) ?? true {
                    best = (gain, kept.count, box.replacing(limit))
                }
            }
        }
        guard let best else { return nil }
        return (best.box, inside.filter { best.box.contains(fitting.columns, trial: $0) })
    }

    /// The two cuts along one column: its lowest `count` values off, and its highest; where
    /// the values at the cut tie with the end, every trial at the end's value goes.
    func cuts(_ sorted: [Double], count: Int, current: Limit?, column: Int) -> [Limit] {
        guard let first = sorted.first, let last = sorted.last, first < last else { return [] }
        let low = sorted[min(count, sorted.count - 1)]
        let lower = low > first ? low : sorted.first { $0 > first } ?? last
        let high = sorted[max(0, sorted.count - 1 - count)]
        let upper = high < last ? high : sorted.last { $0 < last } ?? first
        let base = current ?? Limit(column: column)
        var raised = base
        raised.lower = lower
        var dropped = base
        dropped.upper = upper
        return [raised, dropped]
    }

    /// `box` with its limits widened back a `peel` share at a time while the density rises.
    func pasted(_ box: Box, _ fitting: Fitting) -> Box {
        var box = box
        var density = fitting.measure(box).density
        while true {
            let widened = box.limits.flatMap { pastes($0, box: box, fitting) }.map { ($0, fitting.measure($0).density) }
            guard let better = widened.max(by: { $0.1 < $1.1 }), better.1 > density else { return box }
            (box, density) = better
        }
    }

    /// `limit` widened downwards and upwards to take in a `peel` share more of the trials that
    /// meet the box's other limits.
    func pastes(_ limit: Limit, box: Box, _ fitting: Fitting) -> [Box] {
        let others = box.removing(box.limits.firstIndex(of: limit) ?? 0)
        let candidates = fitting.trials.filter { others.contains(fitting.columns, trial: $0) }
        let values = candidates.map { fitting.columns[limit.column][$0] }
        let inside = values.filter { limit.admits($0) }.count
        let count = max(1, Int((peel * Double(inside)).rounded(.up)))
        var boxes: [Box] = []
        if let lower = limit.lower {
            let below = values.filter { $0 < lower }.sorted(by: >)
            if !below.isEmpty {
                var wider = limit
                wider.lower = below.count > count ? below[count - 1] : nil
                boxes.append(box.replacing(wider))
            }
        }
        if let upper = limit.upper {
            let above = values.filter { $0 > upper }.sorted()
            if !above.isEmpty {
                var wider = limit
                wider.upper = above.count > count ? above[count - 1] : nil
                boxes.append(box.replacing(wider))
            }
        }
        return boxes.map { Box(limits: $0.limits.filter { $0.lower != nil || $0.upper != nil }) }
    }

    /// `box` without the limits that do not earn their place, and with at most ``maximumLimits``.
    func trimmed(_ box: Box, _ fitting: Fitting) -> Box {
        var box = box
        while !box.limits.isEmpty {
            let measured = fitting.measure(box)
            let without = box.limits.indices.map { box.removing($0) }.map { ($0, fitting.measure($0).density) }
            guard let best = without.max(by: { $0.1 < $1.1 }) else { break }
            guard best.1 >= measured.density - measured.standardError || box.limits.count > maximumLimits else { break }
            box = best.0
        }
        return box
    }

    /// The trials a box is fitted on, their outcomes and the F-score of a box among them.
    struct Fitting {
        let columns: [[Double]]
        let outcome: [Bool]
        let trials: [Int]
        let outcomes: Int

        init(columns: [[Double]], outcome: [Bool], trials: [Int]) {
            self.columns = columns
            self.outcome = outcome
            self.trials = trials
            outcomes = trials.filter { outcome[$0] }.count
        }

        func density(_ inside: [Int]) -> Double {
            inside.isEmpty ? 0 : Double(inside.filter { outcome[$0] }.count) / Double(inside.count)
        }

        /// The box's coverage and density among these trials, and the density's binomial standard error.
        func measure(_ box: Box) -> (coverage: Double, density: Double, standardError: Double) {
            var inside = 0
            var hits = 0
            for trial in trials where box.contains(columns, trial: trial) {
                inside += 1
                if outcome[trial] { hits += 1 }
            }
            guard inside > 0 else { return (0, 0, 0) }
            let density = Double(hits) / Double(inside)
            return (Double(hits) / Double(max(1, outcomes)), density, (density * (1 - density) / Double(inside)).squareRoot())
        }
    }
}
