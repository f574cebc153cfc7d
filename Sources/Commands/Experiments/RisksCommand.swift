import MonteCarlo
import Reports
import RiskRegister
import TrustModel

/// `matrisk risks`: what the register's risks cost, and what each mitigation is worth.
struct RisksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "risks",
        abstract: "What the register's risks cost, the reserve they justify, and the value of each mitigation.",
        discussion: """
            Simulates the scenario's register risks and prints a year's contingency (P80 and P95 of one year's \
            losses, trust-wide and per academy, beside today's reserves and the target), the risk-based reserve \
            (covers the worst year of the horizon in 95% of futures), \
            the value of each mitigation (loss avoided a year, from paired runs with and without it, against its \
            cost, best first) and the risks by expected loss.
            \(outputVocabularyHelp)
            """)

    @OptionGroup var scenario: ChosenScenarioOptions
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let threads = scenario.run.threads
        let task = ProgressTask.named("risks", scenario.scenario, variant: scenario.variant)
        let steps = 1 + (loaded.registers == nil ? 0 : MitigationValuation.progressSteps)
        let (result, values) = try progress.track(task, steps: steps, in: environment) { progress in
            progress?.begin("simulating", trials: chosen.trials)
            let result = try Simulation.run(chosen, registers: loaded.registers, threads: threads, progress: progress)
            let values =
                try loaded.registers.map { try MitigationValuation.run(chosen, registers: $0, threads: threads, progress: progress) } ?? []
            return (result, values)
        }
        try output.deliver(RiskReport.make(result, mitigations: values), inputs: loaded.inputFiles, in: environment)
        return .success
    }
}
