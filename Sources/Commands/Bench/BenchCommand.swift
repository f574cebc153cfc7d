import Benchmarks
import Foundation
import MonteCarlo
import Reports

/// `matrisk bench`: how fast the engine draws and simulates, and how much memory it holds.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "bench",
        abstract: "Measure how fast matrisk draws and simulates, and how much memory a large trust takes.",
        discussion: """
            draws: the keyed uniform and every distribution on one thread; threads: one draw from \
            each distribution per trial on one thread and on all of them; trust: the canonical large \
            trust (40 academies, 10 years, 30 quantified risks an academy, 20 trust risks, joins, \
            100,000 trials) on one thread and on all, with wall time, trials/s, academy-years/s and \
            peak memory; scaling: the cost of an academy-year at 5, 10, 20, 40 and 100 academies; \
            memory: the canonical trust at 1,000,000 trials; targets: issue 7's targets beside the \
            figures. Each trust run is a child process of its own, so its peak memory is its own. \
            Build with 'swift build -c release' first: a debug build is many times slower.
            """,
        subcommands: [CommandSpec(TrustRunCommand.self)])

    /// The parts a run can be limited to with `--only`.
    enum Section: String, CaseIterable, Sendable, ExpressibleByArgument {
        case draws, trust, scaling, memory
    }

    /// The trust sizes of the scaling series.
    static let scalingSizes = [5, 10, 20, 40, 100]

    @Option(OptionHelp("draws", valueName: "n", help: "Draws timed per workload and repetition."), rule: .within(1...Int(Int32.max)))
    var draws = 10_000_000
    @Option(
        OptionHelp("threads", valueName: "n", help: "Threads for the multi-thread runs.", defaultDescription: "every core"),
        rule: .within(1...1024))
    var threads: Int?
    @Option(OptionHelp("repetitions", valueName: "n", help: "Times each workload runs; the fastest is reported."), rule: .within(1...100))
    var repetitions = 3
    @Option(OptionHelp("only", valueName: "section", help: "Run only this section (repeatable).", defaultDescription: "every section"))
    var only: [Section] = []
    @Option(.benchAcademies, rule: .within(1...1_000)) var academies = 40
    @Option(.benchYears, rule: .within(1...50)) var years = 10
    @Option(.benchTrials, rule: .within(1...10_000_000)) var trials = 100_000
    @Option(OptionHelp("large-trials", valueName: "n", help: "Trials of the memory run."), rule: .within(1...10_000_000))
    var largeTrials = 1_000_000
    @Option(OptionHelp("scaling-trials", valueName: "n", help: "Trials of each run of the scaling series."), rule: .within(1...10_000_000))
    var scalingTrials = 20_000
    @Option(.format) var format: OutputFormat = .text
    @Option(
        OptionHelp(
            "write-scenario", valueName: "folder",
            help: "Write the canonical trust (with --academies, --years, --trials) as a scenario file and register CSVs instead of timing."
        ))
    var writeScenario: String?
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        if let writeScenario {
            let trust = CanonicalTrust(academies: academies, years: years, trials: trials)
            let written = try CanonicalScenarioWriter.write(trust, to: writeScenario, in: environment)
            environment.standardError.write(
                "Wrote the canonical trust (\(academies) academies, \(years) years, \(NumberText.grouped(trials)) trials) to \(writeScenario): "
                    + "\(written.count) files; simulate it with 'matrisk simulate \(written.first { $0.hasSuffix(".json") } ?? writeScenario)'.\n"
            )
            return .success
        }
        let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let trust = TrustSections(
            academies: academies, years: years, trials: trials, threads: threads, repetitions: repetitions,
            progressArguments: progress.childArguments)
        var sections: [BenchSection] = []
        var targets = BenchTargets()
        let chosen = Set(only.isEmpty ? Section.allCases : only)
        for section in [Section.draws, .trust, .memory, .scaling] where chosen.contains(section) {
            sections += try measure(section, of: trust, targets: &targets)
        }
        if !targets.targets.isEmpty { sections.append(targets.section) }
        write(sections, in: environment)
        return .success
    }

    /// Runs one section, checking issue 7's targets where they were set: at the canonical size only.
    private func measure(_ section: Section, of trust: TrustSections, targets: inout BenchTargets) throws -> [BenchSection] {
        let canonical = trust.academies == 40 && trust.years == 10 && trust.trials == 100_000
        switch section {
        case .draws:
            return [
                DrawSections.singleThread(draws: draws, repetitions: repetitions),
                DrawSections.multiThread(draws: draws, threads: trust.threads, repetitions: repetitions),
            ]
        case .trust:
            let measured = try trust.canonical()
            if canonical {
                targets.wallTime(measured.many)
                targets.memory([measured.one, measured.many], limitMegabytes: 512)
                if trust.threads == 2 { targets.speedUp(one: measured.one, many: measured.many) }
            }
            return [measured.section]
        case .memory:
            let measured = try trust.memory(trials: largeTrials)
            if canonical && largeTrials == 1_000_000 { targets.memory([measured.run], limitMegabytes: 1024) }
            return [measured.section]
        case .scaling:
            let measured = try trust.scaling(sizes: Self.scalingSizes, trials: scalingTrials)
            if trust.years == 10 { targets.scaling(measured.runs) }
            return [measured.section]
        }
    }

    /// Prints the sections in the chosen format.
    private func write(_ sections: [BenchSection], in environment: CommandEnvironment) {
        let out = environment.standardOutput
        switch format {
        case .json: out.write(BenchOutput.json(sections))
        case .csv: out.write(BenchOutput.csv(sections))
        case .text:
            let method =
                "Draw sections: \(NumberText.grouped(draws)) draws a workload. Every figure is the best of \(repetitions) "
                + "repetition\(repetitions == 1 ? "" : "s") by the monotonic clock; "
                + "\(Self.buildConfiguration), \(ProcessInfo.processInfo.activeProcessorCount) cores."
            out.write(BenchOutput.report(sections, method: method).rendered(as: .text))
        }
    }

    /// Which build is running, because only a release build's figures mean anything.
    static var buildConfiguration: String {
        #if DEBUG
            return "DEBUG BUILD (figures are not representative; use 'swift build -c release')"
        #else
            return "release build"
        #endif
    }
}
