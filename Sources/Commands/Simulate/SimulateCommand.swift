import Reports
import TrustModel

extension CommandSpec {
    static let simulate = CommandSpec(
        name: "simulate",
        abstract: "Simulate a scenario: reserves, deficits and risk losses year by year, with their chances.",
        discussion: """
            Runs the scenario's trials (each a possible future of the trust: the economy, pupil numbers, \
            which schools join, which risks strike) and prints a few plain sentences, the trust year by \
            year, each academy and the risks. Every probability comes with its Monte Carlo standard error. \
            --format csv or json, or --out DIR, give every percentile of every figure.
            """,
        arguments: [.scenarioFile],
        options: OptionSpec.scenarioRun + [
            OptionSpec(long: "variant", valueName: "name", help: "Simulate one of the scenario's variants instead of its base."),
            .format, .out,
        ],
        run: runSimulate
    )
}

private func runSimulate(_ invocation: Invocation) throws -> ExitCode {
    let loaded = try invocation.loadScenario()
    let variant = invocation.option("variant")
    let scenario = try invocation.chosenScenario(loaded)
    let result = try Simulation.run(scenario, registers: loaded.registers, threads: try invocation.threadCount())
    try invocation.deliver(SimulationReport.make(result, variant: variant), inputs: invocation.inputs(of: loaded))
    return .success
}
