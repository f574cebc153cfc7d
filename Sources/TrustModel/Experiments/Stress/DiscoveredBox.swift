import MonteCarlo

/// A kind of future found by scenario discovery (``PatientRuleInduction``): a few limits on
/// primary inputs, and how it does on the trials it was not fitted on.
package struct DiscoveredBox: Sendable, Equatable {
    /// One limit, on one input, as a board reads it.
    package struct Limit: Sendable, Equatable {
        package enum Reading: Sendable, Equatable {
            case joins
            case doesNotJoin
            case strikes
            case doesNotStrike
            /// At or above `lower` and at or below `upper`, in the input's own units.
            case range(lower: Double?, upper: Double?)
        }

        package var input: PrimaryInput
        package var reading: Reading
    }

    package var limits: [Limit]
    /// Failing held-out futures inside the box (and outside the boxes before it) among all failing held-out futures.
    package var coverage: ProportionAccumulator
    /// Failing held-out futures among those inside it.
    package var density: ProportionAccumulator
    /// Held-out futures inside it among all held-out futures.
    package var support: ProportionAccumulator
    /// Failing held-out futures among those left outside it (and outside the boxes before it).
    package var outside: ProportionAccumulator

    /// Whether the box's density beats that of the futures outside it by more than two
    /// standard errors of the difference: the failures are more common inside than chance allows.
    package var beatsChance: Bool {
        guard density.trials > 0, outside.trials > 0 else { return false }
        let error = (density.standardError * density.standardError + outside.standardError * outside.standardError).squareRoot()
        return density.estimate - outside.estimate > 2 * error
    }
}

/// Scenario discovery on one half of the trials, measured on the other: boxes found by
/// covering (each next box fitted on the fitting half's trials left outside the boxes before
/// it) until a box does not beat chance on the held-out half, a further box covers less than
/// ``leastFurtherCoverage`` of the failing held-out futures, or three are found.
package struct ScenarioDiscovery: Sendable, Equatable {
    /// The boxes that beat chance, in the order found.
    package var boxes: [DiscoveredBox]
    /// The first box that did not beat chance, when that is why the search stopped.
    package var rejected: DiscoveredBox?
    /// The inputs the search could set limits on: the most over-represented ones.
    package var searched: [PrimaryInput]
    /// The held-out futures: how many, and the share that fail.
    package var heldOut: ProportionAccumulator

    static let maximumBoxes = 3
    /// The least share of the failing held-out futures a second or third box must cover to be kept.
    static let leastFurtherCoverage = 0.05

    /// Boxes on `columns` (one per input in `inputs`), fitted on the even trial numbers and
    /// measured on the odd ones.
    init(inputs: [PrimaryInput], columns: [[Double]], failing: [Bool]) {
        searched = inputs
        let fitting = stride(from: 0, to: failing.count, by: 2).map { $0 }
        let testing = stride(from: 1, to: failing.count, by: 2).map { $0 }
        heldOut = ProportionAccumulator(trials: testing.count, events: testing.filter { failing[$0] }.count)
        let prim = PatientRuleInduction(minimumTrials: max(20, fitting.count / 100))
        var boxes: [DiscoveredBox] = []
        var (fitLeft, testLeft) = (fitting, testing)
        rejected = nil
        while boxes.count < Self.maximumBoxes {
            let box = prim.fit(columns, outcome: failing, trials: fitLeft)
            guard !box.limits.isEmpty else { break }
            let found = Self.measured(box, inputs: inputs, columns: columns, failing: failing, testLeft: testLeft, heldOut: heldOut)
            guard found.beatsChance else {
                if boxes.isEmpty { rejected = found }
                break
            }
            guard boxes.isEmpty || found.coverage.estimate >= Self.leastFurtherCoverage else { break }
            boxes.append(found)
            fitLeft = fitLeft.filter { !box.contains(columns, trial: $0) }
            testLeft = testLeft.filter { !box.contains(columns, trial: $0) }
        }
        self.boxes = boxes
    }

    /// `box` read as limits on inputs, with its figures on the held-out trials `testLeft`.
    static func measured(
        _ box: PatientRuleInduction.Box, inputs: [PrimaryInput], columns: [[Double]], failing: [Bool], testLeft: [Int],
        heldOut: ProportionAccumulator
    ) -> DiscoveredBox {
        var density = ProportionAccumulator()
        var outside = ProportionAccumulator()
        for trial in testLeft {
            if box.contains(columns, trial: trial) { density.add(failing[trial]) } else { outside.add(failing[trial]) }
        }
        return DiscoveredBox(
            limits: box.limits.map { limit(inputs[$0.column], $0, column: columns[$0.column]) },
            coverage: ProportionAccumulator(trials: heldOut.events, events: density.events),
            density: density, support: ProportionAccumulator(trials: heldOut.trials, events: density.trials), outside: outside)
    }

    /// A limit in the board's words: a join goes ahead or not, a risk strikes or not, or a range.
    static func limit(_ input: PrimaryInput, _ limit: PatientRuleInduction.Limit, column: [Double]) -> DiscoveredBox.Limit {
        let smallestLoss = column.filter { $0 > 0 }.min() ?? 0
        switch input.kind {
        case .join:
            return .init(input: input, reading: (limit.lower ?? 0) > 0 ? .joins : .doesNotJoin)
        case .risk where limit.upper == 0 && (limit.lower ?? 0) <= 0:
            return .init(input: input, reading: .doesNotStrike)
        case .risk where limit.upper == nil && (limit.lower ?? 0) > 0 && (limit.lower ?? 0) <= smallestLoss:
            return .init(input: input, reading: .strikes)
        default:
            return .init(input: input, reading: .range(lower: limit.lower, upper: limit.upper))
        }
    }
}
