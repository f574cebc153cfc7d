import MonteCarlo

/// How precisely a run must know one measure before it may stop: the measure's 95% interval
/// no wider than ± `halfWidth` (`P(central.reserves@any < 0) ±0.5` asks for ±0.5 points).
///
/// Like @RISK's convergence test or Crystal Ball's precision control: trials run in blocks until
/// every target of the run is met, or until the run's cap of trials.
package struct PrecisionTarget: Sendable, Equatable, CustomStringConvertible {
    package var measure: Measure
    /// The widest 95% half-width accepted, in the measure's units: a fraction for a probability
    /// or a percentage figure (0.005 for ±0.5 points), pounds for money.
    package var halfWidth: Double
    /// The target as the user wrote it.
    package var text: String

    package init(measure: Measure, halfWidth: Double, text: String) {
        self.measure = measure
        self.halfWidth = halfWidth
        self.text = text
    }

    package var description: String { text }

    /// The 95% half-width of `estimate` of this target's measure, from `values` (every trial's
    /// contribution): 1.96 standard errors; for a chance no trial saw (or every trial saw), which
    /// has no spread to measure, half the width of its Wilson 95% interval instead.
    func reachedHalfWidth(_ estimate: Estimate, values: [Double]) -> Double {
        let normal = (estimate.interval95.upperBound - estimate.interval95.lowerBound) / 2
        guard case .probability = measure, !values.isEmpty, estimate.value == 0 || estimate.value == 1 else { return normal }
        let events = Int(values.reduce(0, +))
        let wilson = ProportionAccumulator(trials: values.count, events: events).wilsonInterval()
        return (wilson.upperBound - wilson.lowerBound) / 2
    }
}

/// How far a run got towards one ``PrecisionTarget``.
package struct PrecisionReached: Sendable, Equatable {
    package var target: PrecisionTarget
    /// The measure's estimate at the end of the run.
    package var estimate: Estimate
    /// Its 95% half-width (see ``PrecisionTarget/reachedHalfWidth(_:values:)``).
    package var halfWidth: Double

    /// Whether the run knows the measure as precisely as the target asks.
    package var isMet: Bool { halfWidth <= target.halfWidth }
}

/// What a run with precision targets did: where it stopped, and each target's precision there.
package struct PrecisionOutcome: Sendable, Equatable {
    /// Each target, in the order given, with the precision reached.
    package var targets: [PrecisionReached]
    /// The most trials the run could take (`--trials`, the file's `trials`, or
    /// ``Scenario/defaultPrecisionCap``).
    package var cap: Int
    /// The trials between checks (a whole number of the runner's chunks).
    package var blockSize: Int
    /// The run sizes checked when each was a run of its own (draws tabulated for the whole run,
    /// see ``Simulation``); empty when the trials ran on from block to block.
    package var sizesRun: [Int]

    /// Whether every target was met.
    package var allMet: Bool { targets.allSatisfy(\.isMet) }
}
