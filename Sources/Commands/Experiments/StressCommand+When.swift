import Reports
import TrustModel

extension StressCommand {
    /// `stress --when CONDITION`: the failing futures described against all futures.
    func runWhen(_ text: String, in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let condition = try OutputVocabulary.event(text, scenario: chosen)
        let task = ProgressTask.named("stress", scenario.scenario, variant: scenario.variant)
        let stress = try progress.track(task, steps: 1, in: environment) { progress in
            try Stress.run(
                chosen, registers: loaded.registers, condition: condition, top: top, threads: scenario.run.threads, progress: progress)
        }
        try output.deliver(StressReport.make(stress, scenario: chosen), inputs: loaded.inputFiles, in: environment)
        return .success
    }
}
