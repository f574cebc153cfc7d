import Synchronization

/// How far a long piece of work has got, for whoever shows it to a person: the trials finished,
/// counted by ``TrialRunner`` once per chunk (never per trial), and the step under way when the
/// work is a series of runs (a sweep's values, a solve's bisection, a comparison's options).
///
/// Only observed, never read back into the work: the counter is bumped after a chunk's result
/// is computed, so results are the same with or without it. Steps are announced by whoever runs
/// them with ``begin(_:trials:)``; a display reads ``snapshot()`` on its own timer.
package final class TrialProgress: Sendable {
    /// One reading of the progress.
    package struct Snapshot: Sendable, Equatable {
        /// Trials finished since the work began, over every step.
        package var trialsDone: Int
        /// The step under way (1 for the first), and how many are planned (at least `step`).
        package var step: Int
        package var steps: Int
        /// What the step is, e.g. "trust.topSlicePercent = 4.5"; empty when there is one step.
        package var stepName: String
        /// Trials the step runs, and how many of them are finished.
        package var stepTrials: Int
        package var stepTrialsDone: Int

        package init(trialsDone: Int, step: Int, steps: Int, stepName: String, stepTrials: Int, stepTrialsDone: Int) {
            self.trialsDone = trialsDone
            self.step = step
            self.steps = steps
            self.stepName = stepName
            self.stepTrials = stepTrials
            self.stepTrialsDone = stepTrialsDone
        }

        /// The share of the whole work finished, 0…1: whole steps done and the step under way's share.
        package var fractionDone: Double {
            guard steps > 0 else { return 0 }
            let inStep = stepTrials > 0 ? min(1, Double(stepTrialsDone) / Double(stepTrials)) : 0
            return min(1, (Double(max(0, step - 1)) + inStep) / Double(steps))
        }
    }

    private struct Plan {
        var step = 0
        var steps = 1
        var stepName = ""
        var stepTrials = 0
        /// The counter when the step began.
        var stepStart = 0
    }

    private let done = Atomic<Int>(0)
    private let plan = Mutex(Plan())

    /// Progress expecting `steps` steps (more are allowed: the count grows to the step under way).
    package init(steps: Int = 1) {
        plan.withLock { $0.steps = max(1, steps) }
    }

    /// Counts `trials` more trials finished: called by the runner once a chunk.
    package func add(_ trials: Int) {
        done.wrappingAdd(trials, ordering: .relaxed)
    }

    /// Starts the next step, `name`, of `trials` trials.
    package func begin(_ name: String, trials: Int) {
        let now = done.load(ordering: .relaxed)
        plan.withLock { plan in
            plan.step += 1
            plan.steps = max(plan.steps, plan.step)
            plan.stepName = name
            plan.stepTrials = trials
            plan.stepStart = now
        }
    }

    /// The progress now.
    package func snapshot() -> Snapshot {
        let total = done.load(ordering: .relaxed)
        return plan.withLock { plan in
            Snapshot(
                trialsDone: total, step: max(1, plan.step), steps: plan.steps, stepName: plan.stepName, stepTrials: plan.stepTrials,
                stepTrialsDone: total - plan.stepStart)
        }
    }
}
