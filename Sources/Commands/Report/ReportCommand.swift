import CSV
import Foundation
import MonteCarlo
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
            --previous, what the risks could cost and the value of each mitigation; with --sweep, a sweep curve. \
            With several options the pack opens with the decision: the scenario's variants (all, or those named \
            with --variants), each --option NAME:EDITS and the base of any other file given, run on the first \
            file's seed and trials as compare runs them, side by side on the board's measures (--metric) with \
            each option's difference from the base; a page for each option follows, and --sweep draws every \
            option's curve (--variants '' makes the pack of the base alone). With --sensitivity, a section on \
            what moves that outcome most; with --stress, what the futures where a condition holds have in common (the \
            stress command's inputs, kinds of future and warning signs). The file needs nothing else: no scripts, no fonts, no network. The \
            same inputs, seed and --as-of give the same file byte for byte.
            """)

    @Argument(.scenarioFile) var scenario: String
    @Argument(.otherScenarios) var other: [String] = []
    @OptionGroup var options: ScenarioRunOptions
    @Option(
        OptionHelp(
            "variant", valueName: "name",
            help:
                "Make the pack for one of the scenario's variants alone, instead of its base and variants; not with --variants, --option or other files."
        ))
    var variant: String?
    @Option(.variants) var variants: NameList?
    @Option(.scenarioOption) var option: [ScenarioOption] = []
    @Option(.decisionMetric) var metric: [String] = []
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
    @Option(
        OptionHelp(
            "stress", valueName: "condition",
            help: "Add what would have to go wrong for a condition, e.g. \"central.reserves@any < 0\" (the stress command's findings)."))
    var stress: String?
    @Option(.asOf) var asOf: CalendarDate?
    @Option(.policy) var policy: String?
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        try refuseVariantWithOptions()
        let asOf = asOf.orToday(in: environment)
        let policy = try policy.map { try RiskPolicy.read($0, in: environment) }
        let loaded = try options.loadScenario(scenario, options: option, in: environment)
        let chosen = try loaded.chosenScenario(variant: variant)
        let compared = try variant == nil ? ComparedScenarios(loaded, variants: variants, other: other, run: options, in: environment) : nil
        // A mistyped outcome is found before anything is simulated.
        let explained = try sensitivity.map { try OutputVocabulary.measure($0, scenario: chosen) }
        let condition = try stress.map { try OutputVocabulary.event($0, scenario: chosen) }
        let variants = try loaded.variantNames.map { PackInputs.Variant(name: $0, scenario: try loaded.scenario(variant: $0)) }
        let previousFiles = previous.isEmpty ? nil : try RegisterInputs(previous, in: environment)
        // The earlier snapshot is judged by the same policy as the registers.
        let earlier = try previousFiles.map { files in
            try files.load(options: RegisterImportOptions(policy: policy, limits: CSVReader.Limits()), in: environment).requireValid()
        }
        var registers = loaded.registers
        if let policy { registers?.policy = policy }
        let task = ProgressTask.named("report", scenario, variant: variant)
        let steps = plannedSteps(loaded, options: compared, explained: explained, condition: condition)
        let runs = try progress.track(task, steps: steps, in: environment) { progress in
            try self.runs(loaded, chosen: chosen, options: compared, explained: explained, condition: condition, progress: progress)
        }
        var inputs = PackInputs(
            result: runs.result, scenarioFile: loaded.path, variant: variant, variants: variants, registers: registers, previous: earlier,
            previousName: previousFiles.map { _ in previous.joined(separator: ", ") }, asOf: asOf, command: remakeCommand(asOf: asOf),
            comparison: runs.comparison, decision: runs.decision, sweep: runs.sweep, optionSweeps: runs.optionSweeps,
            mitigationValues: runs.mitigationValues, sensitivity: runs.sensitivity, stress: runs.stress)
        inputs.optionStress = runs.optionStress
        let protected = (compared?.inputs ?? loaded.inputFiles) + packInputFiles(previous: previousFiles)
        try write(BoardPack.make(inputs), protecting: protected, in: environment)
        // The decision page's sentence, so whoever makes the pack sees what it will tell the board.
        if let decision = runs.decision, decision.entries.count > 1 {
            environment.standardError.write(DecisionWording.sentence(decision) + "\n")
        }
        return .success
    }

    /// `--variant` makes the pack of one variant alone, so it takes no other options beside it.
    private func refuseVariantWithOptions() throws {
        guard let variant, variants != nil || !option.isEmpty || !other.isEmpty else { return }
        throw UsageError.rule(
            "--variant makes the pack of one variant alone; to set \(variant) beside other options, name it in --variants instead "
                + "(e.g. --variants \(variant)), with --option and other files as you need.")
    }

    /// Everything the pack simulates: the scenario (or the options side by side), the sweeps, the
    /// mitigations' values and the sensitivity, each run a step of `progress`.
    private func runs(
        _ loaded: LoadedScenario, chosen: Scenario, options compared: ComparedScenarios?, explained: Measure?, condition: OutputEvent?,
        progress: TrialProgress?
    ) throws -> PackRuns {
        let (result, comparison, decision) = try simulate(loaded, chosen: chosen, options: compared, progress: progress)
        let (sweep, optionSweeps) = try requestedSweeps(
            chosen, of: loaded, options: compared?.scenarios.count ?? 0 > 1 ? compared : nil, progress: progress)
        return PackRuns(
            result: result, comparison: comparison, decision: decision, sweep: sweep, optionSweeps: optionSweeps,
            mitigationValues: try mitigationValues(chosen, of: loaded, progress: progress),
            sensitivity: try explained.map {
                try Sensitivity.run(chosen, registers: loaded.registers, measure: $0, threads: options.threads, progress: progress)
            },
            stress: try condition.map {
                try Stress.run(
                    chosen, registers: loaded.registers, condition: $0, top: StressSection.inputLimit, threads: options.threads,
                    progress: progress)
            },
            optionStress: try optionStress(condition, decision: decision, options: compared, progress: progress))
    }

    /// The steps ``runs(_:chosen:options:explained:condition:progress:)`` takes: a run for each
    /// option (or the one scenario), one for each value of each option's sweep, the mitigations,
    /// the sensitivity, the stress findings (and each option's, for the decision page).
    private func plannedSteps(
        _ loaded: LoadedScenario, options compared: ComparedScenarios?, explained: Measure?, condition: OutputEvent?
    ) -> Int {
        let options = max(1, compared?.scenarios.count ?? 1)
        let sweeps = (sweep?.values.count ?? 0) * options
        let mitigations = loaded.registers == nil ? 0 : MitigationValuation.progressSteps
        let stress = condition == nil ? 0 : 1 + (options > 1 ? options : 0)
        return options + sweeps + mitigations + (explained == nil ? 0 : Sensitivity.progressSteps) + stress
    }

    /// The pack's simulation; with several options, the options on the same futures, on the
    /// measures of the options side by side and on the decision's measures (`--metric`), run once.
    private func simulate(
        _ loaded: LoadedScenario, chosen: Scenario, options compared: ComparedScenarios?, progress: TrialProgress?
    ) throws -> (SimulationResult, ScenarioComparison?, ScenarioComparison?) {
        guard let compared, compared.scenarios.count > 1 else {
            guard metric.isEmpty else {
                throw UsageError.rule("--metric sets the measures of the decision page, which needs two or more options to compare.")
            }
            progress?.begin("simulating", trials: chosen.trials)
            return (
                try Simulation.run(
                    chosen, registers: loaded.registers, threads: options.threads, stoppingAtPrecision: true, progress: progress), nil, nil
            )
        }
        let detail = try ScenarioComparison.defaultMeasures(for: loaded.base)
        let board = try metric.measures(for: loaded.base, defaults: ScenarioComparison.decisionMeasureNames)
        let comparison = try ScenarioComparison.run(
            compared.scenarios, measures: board + detail.filter { !board.contains($0) }, threads: options.threads, progress: progress)
        // The pack's own sections are of the base, and the comparison's first run is the base on its
        // own seed and trials, with the same registers and threads: the same result, so the base is
        // simulated once, not twice.
        return (comparison.entries[0].result, comparison.restricted(to: detail), comparison.restricted(to: board))
    }

    /// With `--stress` and several options, each option's findings for the decision page's
    /// "what breaks it" (the base's again, on its own run, so each option is read alike).
    private func optionStress(
        _ condition: OutputEvent?, decision: ScenarioComparison?, options compared: ComparedScenarios?, progress: TrialProgress?
    ) throws -> [Stress] {
        guard let condition, let compared, (decision?.entries.count ?? 0) > 1 else { return [] }
        return try compared.scenarios.map { option in
            try Stress.run(
                option.scenario, registers: option.registers, condition: condition, top: 1, threads: options.threads, progress: progress)
        }
    }

    /// The sweep `--sweep` asks for, with a sweep's default measures: of the pack's scenario, then
    /// of each other option (all on the first file's seed and trials, as the comparison runs them).
    private func requestedSweeps(
        _ chosen: Scenario, of loaded: LoadedScenario, options compared: ComparedScenarios?, progress: TrialProgress?
    ) throws -> (ParameterSweep?, [PackInputs.OptionSweep]) {
        guard let sweep else { return (nil, []) }
        func run(_ scenario: Scenario, source: String, registers: RegisterSet?) throws -> ParameterSweep {
            try ParameterSweep.run(
                try ScenarioParameter(resolving: sweep.parameter, in: scenario, source: source), values: sweep.values,
                registers: registers, measures: try [].measures(for: scenario, defaults: SweepCommand.defaultMeasures),
                threads: options.threads, progress: progress)
        }
        let others = try (compared?.scenarios.dropFirst() ?? []).map { option in
            var scenario = option.scenario
            scenario.seed = chosen.seed
            scenario.trials = chosen.trials
            return PackInputs.OptionSweep(name: option.name, sweep: try run(scenario, source: loaded.path, registers: option.registers))
        }
        return (try run(chosen, source: loaded.path, registers: loaded.registers), others)
    }

    /// The value of each mitigation, when the scenario names registers.
    private func mitigationValues(_ chosen: Scenario, of loaded: LoadedScenario, progress: TrialProgress?) throws -> [MitigationValue] {
        try loaded.registers.map { try MitigationValuation.run(chosen, registers: $0, threads: options.threads, progress: progress) } ?? []
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
