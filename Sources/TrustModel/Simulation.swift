import MonteCarlo
import RiskRegister

/// Runs a scenario's Monte Carlo: every trial on all cores (or `threads`), in fixed chunks
/// merged in order, so the results are the same to the byte on any number of threads.
package enum Simulation {
    /// Trials per chunk: a fixed number, so results do not depend on the thread count.
    static let chunkSize = 1024

    /// Simulates `scenario` with the risks of `registers`, optionally keeping more per trial than
    /// the trust-wide figures (see ``Recording``): its trials, or, when `stoppingAtPrecision` and
    /// it has precision targets, as many as it takes to meet them, its trials at most (see
    /// ``runToPrecision(_:registers:threads:recording:progress:)``), counting finished trials on
    /// `progress`. Experiments leave `stoppingAtPrecision` off: every option and step they compare
    /// must see the same futures.
    package static func run(
        _ scenario: Scenario, registers: RegisterSet?, threads: Int? = nil, recording: Recording = Recording(),
        stoppingAtPrecision: Bool = false, progress: TrialProgress? = nil
    ) throws -> SimulationResult {
        guard !stoppingAtPrecision || scenario.precision.isEmpty else {
            var recording = recording
            recording.academies.formUnion(Recording.needed(for: scenario.precision.map(\.measure)).academies)
            return try runToPrecision(scenario, registers: registers, threads: threads, recording: recording, progress: progress)
        }
        let plan = try TrialPlan(scenario: scenario, registers: registers)
        var running = RunningTally(plan: plan, threads: threads, recording: recording, firstStop: scenario.trials, progress: progress)
        running.run(to: scenario.trials)
        return running.result()
    }

    /// Histogram ranges from the first trials: their spread, widened by half on each side
    /// (and never narrower than £1,000), so later trials almost always fall inside.
    static func pilotRanges(_ simulator: TrialSimulator, trials: Int) -> SimulationTally.Ranges {
        let plan = simulator.plan
        var low = Array(repeating: Array(repeating: Double.infinity, count: plan.years), count: plan.slots.count)
        var high = Array(repeating: Array(repeating: -Double.infinity, count: plan.years), count: plan.slots.count)
        var lossHigh = Array(repeating: 0.0, count: plan.slots.count)
        var outcome = simulator.makeOutcome()
        for trial in 0..<trials {
            simulator.simulate(trial: trial, into: &outcome)
            for slot in 0..<plan.slots.count {
                for year in 0..<plan.years where outcome.present[outcome.at(slot, year)] {
                    low[slot][year] = min(low[slot][year], outcome.reserves[outcome.at(slot, year)])
                    high[slot][year] = max(high[slot][year], outcome.reserves[outcome.at(slot, year)])
                    lossHigh[slot] = max(lossHigh[slot], outcome.riskLoss[outcome.at(slot, year)])
                }
            }
        }
        func widened(_ lower: Double, _ upper: Double) -> ClosedRange<Double> {
            guard lower.isFinite, upper.isFinite else { return -1_000_000...1_000_000 }
            let pad = max((upper - lower) / 2, 1_000, abs(upper) * 0.05)
            return (lower - pad)...(upper + pad)
        }
        // The pilot's 256 trials × years see far more years than lie above the 95th percentile,
        // so twice its largest loss (or one event's largest) holds the percentiles reported.
        var lossCeiling = Array(repeating: 0.0, count: plan.slots.count)
        for event in plan.risks.events {
            if case .academy(let slot) = event.payer { lossCeiling[slot] = max(lossCeiling[slot], event.impact.quantile(1 - 1e-9)) }
        }
        return SimulationTally.Ranges(
            reserves: (0..<plan.slots.count).map { slot in (0..<plan.years).map { widened(low[slot][$0], high[slot][$0]) } },
            riskLoss: (0..<plan.slots.count).map { 0...max(1_000, lossHigh[$0] * 2, lossCeiling[$0]) })
    }
}
