import MonteCarlo
import RiskRegister

extension Simulation {
    /// Trials between checks of the precision targets: eight of the runner's chunks.
    package static let precisionBlock = 8 * chunkSize

    /// Runs `scenario` until every one of its precision targets is met, checking after each
    /// ``precisionBlock`` trials, or until its trials (the cap). The result is the same, to the
    /// byte, as a run of exactly the trials it stopped at.
    ///
    /// With independent draws the trials run on from block to block, merged in order as one
    /// run would merge them. When the economy is drawn for all the trials at once (Latin
    /// hypercube sampling, correlations), every trial's draws depend on the run's size, so a
    /// longer run is not the shorter one continued: each size checked is then a run of its own,
    /// the next size the one at which the widest miss would be met if its error shrinks as
    /// 1/√n (with a tenth to spare), in whole blocks.
    static func runToPrecision(
        _ scenario: Scenario, registers: RegisterSet?, threads: Int?, recording: Recording, progress: TrialProgress?
    ) throws -> SimulationResult {
        if EconomyDraws.tabulates(scenario) {
            return try rerunToPrecision(scenario, registers: registers, threads: threads, recording: recording, progress: progress)
        }
        let cap = scenario.trials
        let plan = try TrialPlan(scenario: scenario, registers: registers)
        var running = RunningTally(
            plan: plan, threads: threads, recording: recording, firstStop: min(cap, precisionBlock), progress: progress)
        var reached: [PrecisionReached]
        repeat {
            running.run(to: min(cap, running.trials + precisionBlock))
            reached = try running.figures.reached(scenario.precision)
        } while !reached.allSatisfy(\.isMet) && running.trials < cap
        var result = running.result()
        result.precision = PrecisionOutcome(targets: reached, cap: cap, blockSize: precisionBlock, sizesRun: [])
        return result
    }

    /// Runs `scenario` afresh at each size checked (see ``runToPrecision(_:registers:threads:recording:progress:)``).
    private static func rerunToPrecision(
        _ scenario: Scenario, registers: RegisterSet?, threads: Int?, recording: Recording, progress: TrialProgress?
    ) throws -> SimulationResult {
        let cap = scenario.trials
        var size = min(cap, precisionBlock)
        var sizes: [Int] = []
        while true {
            var sized = scenario
            sized.trials = size
            var running = RunningTally(
                plan: try TrialPlan(scenario: sized, registers: registers), threads: threads, recording: recording, firstStop: size,
                progress: progress)
            running.run(to: size)
            sizes.append(size)
            let reached = try running.figures.reached(scenario.precision)
            if reached.allSatisfy(\.isMet) || size == cap {
                var result = running.result()
                result.precision = PrecisionOutcome(targets: reached, cap: cap, blockSize: precisionBlock, sizesRun: sizes)
                return result
            }
            size = nextSize(after: size, reached: reached, cap: cap)
        }
    }

    /// The next size to run: where the widest miss would be met if its error shrinks as 1/√n,
    /// with a tenth to spare, in whole blocks, at least a block more and at most the cap.
    static func nextSize(after size: Int, reached: [PrecisionReached], cap: Int) -> Int {
        let ratio = reached.map { $0.target.halfWidth > 0 ? $0.halfWidth / $0.target.halfWidth : 1 }.max() ?? 1
        let wanted = min(Double(size) * ratio * ratio * 1.1, Double(cap))
        let blocks = Int((wanted / Double(precisionBlock)).rounded(.up))
        return min(cap, max(size + precisionBlock, blocks * precisionBlock))
    }
}

extension TrialFigures {
    /// Each target with the precision these trials reach for it.
    func reached(_ targets: [PrecisionTarget]) throws -> [PrecisionReached] {
        try targets.map { target in
            let values = try trialValues(for: target.measure)
            let estimate = target.measure.estimate(from: values, replicates: replicates)
            return PrecisionReached(target: target, estimate: estimate, halfWidth: target.reachedHalfWidth(estimate, values: values))
        }
    }
}
