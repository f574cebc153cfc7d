import MonteCarlo
import RiskRegister

/// What each mitigation is worth: the risk losses it avoids each year, from paired runs with and
/// without it on the same random numbers, beside what it costs.
///
/// Only the risks a mitigation is linked to change when it is taken away, and a risk's losses do
/// not depend on the rest of the model, so "without it" re-draws just those risks' events with
/// the same keys: a strike happens when the same uniform falls below the probability, so removing
/// a mitigation can only add strikes and enlarge losses, never move them elsewhere. A mitigation
/// with no effect avoids exactly nothing in every trial.
package struct MitigationValue: Sendable {
    package var mitigation: Mitigation
    /// The school year (index) from which it works; nil when the simulation leaves it out.
    package var fromYear: Int?
    /// Why it is left out, when it is.
    package var leftOut: String?
    /// Per trial: the average annual loss it avoids; mean, standard error and 95% interval.
    package var avoidedPerYear: MeanAccumulator
    /// Its cost averaged over the simulated years: the annual cost for the years it runs, plus a
    /// one-off cost paid during the simulation.
    package var costPerYear: Double
    package var netPerYear: Double { avoidedPerYear.mean - costPerYear }

    /// The 95% interval of the loss avoided a year.
    package var avoidedInterval: ClosedRange<Double> {
        Estimate(value: avoidedPerYear.mean, standardError: avoidedPerYear.standardError).interval95
    }
}

package enum MitigationValuation {
    /// Values every mitigation on the registers, largest net value first (those left out last).
    package static func run(_ scenario: Scenario, registers: RegisterSet, threads: Int? = nil) throws -> [MitigationValue] {
        // Only the slots and risk events take part: the economy's draws are not needed.
        let slots = SlotPlan.slots(of: scenario)
        let events = try RiskEventCatalogue(scenario: scenario, slots: slots, registers: registers).events
        let years = scenario.years
        var values: [MitigationValue] = []
        for mitigation in registers.mitigations {
            guard let charge = RiskEventCatalogue.MitigationCharge(mitigation, scenario: scenario) else {
                let reason =
                    mitigation.status == .retired
                    ? "retired"
                    : mitigation.due == nil ? "not in place and has no due date" : "due after the simulated years"
                values.append(
                    MitigationValue(
                        mitigation: mitigation, fromYear: nil, leftOut: reason, avoidedPerYear: MeanAccumulator(), costPerYear: 0))
                continue
            }
            let without = try RiskEventCatalogue(scenario: scenario, slots: slots, registers: registers, without: [mitigation.id])
            // The events are built in the same order with and without; only those of linked risks differ.
            let changed = events.indices.filter {
                events[$0].probability != without.events[$0].probability || events[$0].impactFactor != without.events[$0].impactFactor
            }
            let pairs = changed.map { (events[$0], without.events[$0]) }
            let runner = TrialRunner(threads: threads, chunkSize: Simulation.chunkSize)
            let avoided = runner.run(trials: scenario.trials, initial: MeanAccumulator()) { trials in
                var accumulator = MeanAccumulator()
                for trial in trials {
                    let joinYears = slots.map { $0.joinYear(trial: trial) }
                    var total = 0.0
                    for (with, without) in pairs {
                        for year in 0..<years {
                            if case .academy(let slot) = with.payer, joinYears[slot] > year { continue }
                            total += without.loss(year: year, trial: trial) - with.loss(year: year, trial: trial)
                        }
                    }
                    accumulator.add(total / Double(years))
                }
                return accumulator
            }
            values.append(
                MitigationValue(
                    mitigation: mitigation, fromYear: charge.fromYear, leftOut: nil, avoidedPerYear: avoided,
                    costPerYear: charge.perYear))
        }
        return values.sorted { a, b in
            switch (a.leftOut, b.leftOut) {
            case (nil, nil): return (a.netPerYear, b.mitigation.id) > (b.netPerYear, a.mitigation.id)
            case (nil, _): return true
            case (_, nil): return false
            default: return a.mitigation.id < b.mitigation.id
            }
        }
    }
}
