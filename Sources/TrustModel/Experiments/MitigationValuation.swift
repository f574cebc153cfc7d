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
    /// The steps ``run(_:registers:threads:progress:)`` announces: one, which values every mitigation.
    package static let progressSteps = 1

    /// Values every mitigation on the registers, largest net value first (those left out last),
    /// as one step of `progress`.
    package static func run(
        _ scenario: Scenario, registers: RegisterSet, threads: Int? = nil, progress: TrialProgress? = nil
    ) throws -> [MitigationValue] {
        // Only the slots and risk events take part: the economy's draws are not needed.
        let slots = SlotPlan.slots(of: scenario)
        let with = try Draws(scenario: scenario, slots: slots, registers: registers)
        var values: [MitigationValue] = []
        let valued = registers.mitigations.filter { MitigationCharge($0, scenario: scenario) != nil }.count
        progress?.begin("valuing \(valued) mitigation\(valued == 1 ? "" : "s")", trials: scenario.trials * valued)
        for mitigation in registers.mitigations {
            guard let charge = MitigationCharge(mitigation, scenario: scenario) else {
                values.append(leftOut(mitigation))
                continue
            }
            let without = try Draws(scenario: scenario, slots: slots, registers: registers, without: [mitigation.id])
            let avoided = avoidedLoss(with: with, without: without, scenario: scenario, threads: threads, progress: progress)
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

    /// The joins and risk events of a scenario's registers as valuation draws them, with every
    /// mitigation working except those in `without`: the same tables the simulation's trial
    /// loop reads, so valuation sees the losses the simulation records.
    struct Draws: Sendable {
        let joins: JoinTable
        let catalogue: RiskEventCatalogue
        let events: RiskEventTable

        init(scenario: Scenario, slots: [SlotPlan], registers: RegisterSet, without: Set<String> = []) throws {
            joins = JoinTable(slots: slots)
            catalogue = try RiskEventCatalogue(scenario: scenario, slots: slots, registers: registers, without: without)
            events = RiskEventTable(events: catalogue.events, slotCount: slots.count, years: scenario.years)
        }
    }

    /// Per trial, the average annual loss the mitigation missing from `without` avoids. The
    /// catalogues are built in the same order with and without it; only the events of its
    /// risks differ, so only those are drawn.
    static func avoidedLoss(with: Draws, without: Draws, scenario: Scenario, threads: Int?, progress: TrialProgress? = nil)
        -> MeanAccumulator
    {
        let years = scenario.years
        let changed = with.catalogue.events.indices.filter {
            let (a, b) = (with.catalogue.events[$0], without.catalogue.events[$0])
            return a.probability != b.probability || a.impactFactor != b.impactFactor
        }
        let pairs = changed.map { (with.events.position[$0], without.events.position[$0]) }
        let runner = TrialRunner(threads: threads, chunkSize: Simulation.chunkSize)
        return runner.run(trials: scenario.trials, initial: MeanAccumulator(), progress: progress) { trials in
            var accumulator = MeanAccumulator()
            for trial in trials {
                let joinYears = with.joins.joinYears(trial: trial)
                var total = 0.0
                for (event, unmitigated) in pairs {
                    for year in 0..<years {
                        total +=
                            without.events.loss(event: unmitigated, year: year, trial: trial, joinYears: joinYears)
                            - with.events.loss(event: event, year: year, trial: trial, joinYears: joinYears)
                    }
                }
                accumulator.add(total / Double(years))
            }
            return accumulator
        }
    }

    /// A mitigation the simulation leaves out, and why.
    static func leftOut(_ mitigation: Mitigation) -> MitigationValue {
        let reason =
            mitigation.status == .retired
            ? "retired" : mitigation.due == nil ? "not in place and has no due date" : "due after the simulated years"
        return MitigationValue(mitigation: mitigation, fromYear: nil, leftOut: reason, avoidedPerYear: MeanAccumulator(), costPerYear: 0)
    }
}
