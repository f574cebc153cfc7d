import Reports
import RiskRegister
import TrustModel

extension CommandSpec {
    static let risks = CommandSpec(
        name: "risks",
        abstract: "What the register's risks cost, the reserve they justify, and the value of each mitigation.",
        discussion: """
            Simulates the scenario's register risks and prints the risk-based reserve (a year's losses covered \
            with 80% and 95% confidence, trust-wide and per academy, beside today's reserves and the target), \
            the value of each mitigation (loss avoided a year, from paired runs with and without it, against its \
            cost, best first) and the risks by expected loss.
            """,
        arguments: [.scenarioFile],
        options: OptionSpec.scenarioRun + [.variant, .format, .out],
        run: runRisks
    )
}

private func runRisks(_ invocation: Invocation) throws -> ExitCode {
    let loaded = try invocation.loadScenario()
    let scenario = try invocation.chosenScenario(loaded)
    let threads = try invocation.threadCount()
    let result = try Simulation.run(scenario, registers: loaded.registers, threads: threads)
    let values = try loaded.registers.map { try MitigationValuation.run(scenario, registers: $0, threads: threads) } ?? []
    try invocation.deliver(RiskReport.make(result, mitigations: values), inputs: invocation.inputs(of: loaded))
    return .success
}
