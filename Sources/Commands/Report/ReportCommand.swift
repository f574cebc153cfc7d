import Foundation
import Reports
import RiskRegister
import TrustModel

extension OptionSpec {
    static let packFile = OptionSpec(
        long: "out", short: "o", valueName: "file",
        help: "The HTML file to write (required); written whole or not at all, and never one of the inputs.")
    static let packSweep = OptionSpec(
        long: "sweep", valueName: "path=from..to[:step]",
        help: "Add a sweep of one field, e.g. trust.topSlicePercent=2..8:0.5 (the step defaults to a twelfth of the range).")
    static let previous = OptionSpec(
        long: "previous", valueName: "path",
        help: "An earlier snapshot of the registers (last term's folder or files), to show what moved (repeatable).",
        repeatable: true)
}

extension CommandSpec {
    static let report = CommandSpec(
        name: "report",
        abstract: "Write the board pack: one self-contained HTML file of sentences, charts and tables.",
        discussion: """
            Simulates the scenario and reads the registers it names, then writes a pack a trustee can read on \
            screen or print on A4: a one-page summary with the key chances, the assumptions in words, fan charts \
            of reserves and deficits, heat maps, the roll-up, risks above appetite and overdue, what moved since \
            --previous, what the risks could cost and the value of each mitigation; with variants in the scenario, \
            the options side by side; with --sweep, a sweep curve. The file needs nothing else: no scripts, no \
            fonts, no network. The same inputs, seed and --as-of give the same file byte for byte.
            """,
        arguments: [.scenarioFile],
        options: OptionSpec.scenarioRun + [
            OptionSpec(long: "variant", valueName: "name", help: "Make the pack for one of the scenario's variants instead of its base."),
            .packFile, .previous, .packSweep, .asOf, .policy,
        ],
        run: runReport
    )
}

private func runReport(_ invocation: Invocation) throws -> ExitCode {
    let out = try invocation.requiredOption("out")
    let asOf = try invocation.asOf()
    let policy = try invocation.policyFile()
    let loaded = try invocation.loadScenario()
    let variant = invocation.option("variant")
    let scenario = try invocation.chosenScenario(loaded)
    let variants = try loaded.variantNames.map { PackInputs.Variant(name: $0, scenario: try loaded.scenario(variant: $0)) }
    let previousInputs =
        try invocation.options("previous").isEmpty ? nil : RegisterInputs(invocation.options("previous"), in: invocation.environment)
    // Loading applies the options' policy (the one read above) to the earlier snapshot.
    let previous = try previousInputs.map { inputs in
        try inputs.load(options: try invocation.registerImportOptions(policy: policy), in: invocation.environment).requireValid()
    }
    var registers = loaded.registers
    if let policy { registers?.policy = policy }

    let threads = try invocation.threadCount()
    let sweepRequest = try invocation.packSweepRequest()
    // The options side by side, on the same futures: the base and every variant.
    func compareOptions() throws -> ScenarioComparison? {
        variants.isEmpty
            ? nil
            : try ScenarioComparison.run(
                [("base", loaded.base, loaded.registers)] + variants.map { ($0.name, $0.scenario, loaded.registers) },
                measures: try ScenarioComparison.defaultMeasures(for: loaded.base), threads: threads)
    }
    let result: SimulationResult
    let comparison: ScenarioComparison?
    if variant == nil, let options = try compareOptions() {
        // The pack is of the base, and the comparison's first run is the base on its own seed and
        // trials, with the same registers and threads and the default recording (its measures keep
        // no academy's reserves): the same result, so the base is simulated once, not twice.
        comparison = options
        result = options.entries[0].result
    } else {
        result = try Simulation.run(scenario, registers: loaded.registers, threads: threads)
        comparison = try compareOptions()
    }
    let sweep = try sweepRequest.map { request in
        try ParameterSweep.run(
            loaded, variant: variant, parameter: request.parameter, values: request.values,
            measures: try invocation.measures(for: scenario, defaults: CommandSpec.sweepDefaults), threads: threads)
    }
    let values = try loaded.registers.map { try MitigationValuation.run(scenario, registers: $0, threads: threads) } ?? []
    let inputs = PackInputs(
        result: result, scenarioFile: loaded.path, variant: variant, variants: variants, registers: registers,
        previous: previous, previousName: previousInputs.map { _ in invocation.options("previous").joined(separator: ", ") },
        asOf: asOf, command: invocation.remakeCommand(asOf: asOf), comparison: comparison, sweep: sweep, mitigationValues: values)
    let pack = BoardPack.make(inputs)
    let html = pack.html
    let protected = try invocation.packInputFiles(loaded, previous: previousInputs)
    try OutputFile.write(html, to: out, inputs: protected, in: invocation.environment)
    let charts = pack.printedSections.flatMap { $0.blocks }.reduce(0) { count, block in
        switch block {
        case .figure: return count + 1
        case .figureRow(let figures): return count + figures.count
        default: return count
        }
    }
    invocation.environment.standardError.write(
        "Wrote \(out): \(pack.printedSections.count) sections, \(charts) charts, \(NumberText.grouped((html.utf8.count + 1023) / 1024)) KB.\n"
    )
    return .success
}
