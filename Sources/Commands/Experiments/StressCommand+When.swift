import Reports
import TrustModel

extension StressCommand {
    /// `stress --when CONDITION`: the failing futures described against all futures.
    func runWhen(_ text: String, in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let condition = try OutputVocabulary.event(text, scenario: chosen)
        let stress = try Stress.run(chosen, registers: loaded.registers, condition: condition, top: top, threads: scenario.run.threads)
        try output.deliver(StressReport.make(stress, scenario: chosen), inputs: loaded.inputFiles, in: environment)
        return .success
    }
}
