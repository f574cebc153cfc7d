import CSV
import Foundation
import Reports
import RiskRegister
import TrustModel

/// `matrisk report`: the board pack, one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "report",
        abstract: "Write the board pack: one self-contained HTML file of sentences, charts and tables.",
        discussion: """
            Simulates the scenario and reads the registers it names, then writes a pack a trustee can read on \
            screen or print on A4: a one-page summary with the key chances, the assumptions in words, fan charts \
            of reserves and deficits, heat maps, the roll-up, risks above appetite and overdue, what moved since \
            --previous, what the risks could cost and the value of each mitigation; with variants in the scenario, \
            the options side by side; with --sweep, a sweep curve; with --sensitivity, what moves that outcome most. The file needs nothing else: no scripts, no \
            fonts, no network. The same inputs, seed and --as-of give the same file byte for byte.
            """)

    @Argument(.scenarioFile) var scenario: String
    @OptionGroup var options: ScenarioRunOptions
    @Option(OptionHelp("variant", valueName: "name", help: "Make the pack for one of the scenario's variants instead of its base."))
    var variant: String?
    @Option(
        OptionHelp(
            "out", short: "o", valueName: "file",
            help: "The HTML file to write (required); written whole or not at all, and never one of the inputs."))
    var out: String
    @Option(
        OptionHelp(
            "previous", valueName: "path",
            help: "An earlier snapshot of the registers (last term's folder or files), to show what moved (repeatable)."))
    var previous: [String] = []
    @Option(
        OptionHelp(
            "sweep", valueName: "path=from..to[:step]",
            help: "Add a sweep of one field, e.g. trust.topSlicePercent=2..8:0.5 (the step defaults to a twelfth of the range)."))
    var sweep: PackSweep?
    @Option(
        OptionHelp(
            "sensitivity", valueName: "measure",
            help: "Add what moves one outcome most, e.g. central.reserves@end (the sensitivity command's tornado and indices)."))
    var sensitivity: String?
    @Option(.asOf) var asOf: CalendarDate?
    @Option(.policy) var policy: String?

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let asOf = asOf.orToday(in: environment)
        let policy = try policy.map { try RiskPolicy.read($0, in: environment) }
        let loaded = try options.loadScenario(scenario, in: environment)
        let chosen = try loaded.chosenScenario(variant: variant)
        // A mistyped outcome is found before anything is simulated.
        let explained = try sensitivity.map { try OutputVocabulary.measure($0, scenario: chosen) }
        let variants = try loaded.variantNames.map { PackInputs.Variant(name: $0, scenario: try loaded.scenario(variant: $0)) }
        let previousFiles = previous.isEmpty ? nil : try RegisterInputs(previous, in: environment)
        // The earlier snapshot is judged by the same policy as the registers.
        let earlier = try previousFiles.map { files in
            try files.load(options: RegisterImportOptions(policy: policy, limits: CSVReader.Limits()), in: environment).requireValid()
        }
        var registers = loaded.registers
        if let policy { registers?.policy = policy }
        let (result, comparison) = try simulate(loaded, chosen: chosen, variants: variants)
        let inputs = PackInputs(
            result: result, scenarioFile: loaded.path, variant: variant, variants: variants, registers: registers, previous: earlier,
            previousName: previousFiles.map { _ in previous.joined(separator: ", ") }, asOf: asOf, command: remakeCommand(asOf: asOf),
            comparison: comparison, sweep: try requestedSweep(chosen, of: loaded),
            mitigationValues: try mitigationValues(chosen, of: loaded),
            sensitivity: try explained.map {
                try Sensitivity.run(chosen, registers: loaded.registers, measure: $0, threads: options.threads)
            })
        try write(BoardPack.make(inputs), protecting: packInputFiles(loaded, previous: previousFiles), in: environment)
        return .success
    }

    /// The pack's simulation, and the options side by side on the same futures (the base and
    /// every variant) when the scenario has variants.
    private func simulate(
        _ loaded: LoadedScenario, chosen: Scenario, variants: [PackInputs.Variant]
    ) throws -> (SimulationResult, ScenarioComparison?) {
        func compareOptions() throws -> ScenarioComparison? {
            variants.isEmpty
                ? nil
                : try ScenarioComparison.run(
                    [("base", loaded.base, loaded.registers)] + variants.map { ($0.name, $0.scenario, loaded.registers) },
                    measures: try ScenarioComparison.defaultMeasures(for: loaded.base), threads: options.threads)
        }
        if variant == nil, let comparison = try compareOptions() {
            // The pack is of the base, and the comparison's first run is the base on its own seed and
            // trials, with the same registers and threads and the default recording (its measures keep
            // no academy's reserves): the same result, so the base is simulated once, not twice.
            return (comparison.entries[0].result, comparison)
        }
        return (try Simulation.run(chosen, registers: loaded.registers, threads: options.threads), try compareOptions())
    }

    /// The sweep `--sweep` asks for, with a sweep's default measures.
    private func requestedSweep(_ chosen: Scenario, of loaded: LoadedScenario) throws -> ParameterSweep? {
        try sweep.map { request in
            try ParameterSweep.run(
                try ScenarioParameter(resolving: request.parameter, in: chosen, source: loaded.path), values: request.values,
                registers: loaded.registers, measures: try [].measures(for: chosen, defaults: SweepCommand.defaultMeasures),
                threads: options.threads)
        }
    }

    /// The value of each mitigation, when the scenario names registers.
    private func mitigationValues(_ chosen: Scenario, of loaded: LoadedScenario) throws -> [MitigationValue] {
        try loaded.registers.map { try MitigationValuation.run(chosen, registers: $0, threads: options.threads) } ?? []
    }

    /// Writes the pack's HTML to `--out`, never over one of `inputs`, and says what it wrote.
    private func write(_ pack: BoardPack, protecting inputs: [String], in environment: CommandEnvironment) throws {
        let html = pack.html
        try OutputFile.write(html, to: out, inputs: inputs, in: environment)
        let charts = pack.printedSections.flatMap { $0.blocks }.reduce(0) { count, block in
            switch block {
            case .figure: return count + 1
            case .figureRow(let figures): return count + figures.count
            default: return count
            }
        }
        environment.standardError.write(
            "Wrote \(out): \(pack.printedSections.count) sections, \(charts) charts, \(NumberText.grouped((html.utf8.count + 1023) / 1024)) KB.\n"
        )
    }
}
