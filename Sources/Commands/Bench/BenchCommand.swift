import Foundation
import MonteCarlo
import Reports

extension OptionSpec {
    static let draws = OptionSpec(
        long: "draws", valueName: "n", help: "Draws timed per workload and repetition.",
        defaultDescription: "10,000,000")
    static let benchThreads = OptionSpec(
        long: "threads", valueName: "n", help: "Threads for the multi-thread runs.",
        defaultDescription: "every core")
    static let repetitions = OptionSpec(
        long: "repetitions", valueName: "n", help: "Times each workload runs; the fastest is reported.",
        defaultDescription: "3")
    static let benchSections = OptionSpec(
        long: "only", valueName: "section", help: "Run only this section (repeatable).",
        defaultDescription: "every section", allowedValues: BenchCommand.Section.allCases.map(\.rawValue), repeatable: true)
    static let largeTrials = OptionSpec(
        long: "large-trials", valueName: "n", help: "Trials of the memory run.", defaultDescription: "1,000,000")
    static let scalingTrials = OptionSpec(
        long: "scaling-trials", valueName: "n", help: "Trials of each run of the scaling series.", defaultDescription: "20,000")
}

extension CommandSpec {
    /// `matrisk bench`: how fast the engine draws and simulates, and how much memory it holds.
    static let bench = CommandSpec(
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
        options: [
            .draws, .benchThreads, .repetitions, .benchSections, .benchAcademies, .benchYears, .benchTrials,
            .largeTrials, .scalingTrials, .format,
        ],
        subcommands: [.benchTrust],
        run: { try BenchCommand.run($0) })
}

/// Runs the benchmark sections and prints them.
enum BenchCommand {
    /// The parts a run can be limited to with `--only`.
    enum Section: String, CaseIterable, Sendable {
        case draws, trust, scaling, memory
    }

    /// The trust sizes of the scaling series.
    static let scalingSizes = [5, 10, 20, 40, 100]

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let draws = try invocation.integer("draws", in: 1...Int(Int32.max)) ?? 10_000_000
        let threads = try invocation.integer("threads", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        let repetitions = try invocation.integer("repetitions", in: 1...100) ?? 3
        let format = try invocation.outputFormat()
        let chosen = invocation.options("only").compactMap(Section.init(rawValue:))
        for value in invocation.options("only") where Section(rawValue: value) == nil {
            throw invocation.invalid(
                value, for: "only", reason: "choose one of " + Section.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let only = Set(chosen.isEmpty ? Section.allCases : chosen)
        let trust = TrustSections(
            academies: try invocation.integer("academies", in: 1...1_000) ?? 40,
            years: try invocation.integer("years", in: 1...50) ?? 10,
            trials: try invocation.integer("trials", in: 1...10_000_000) ?? 100_000,
            threads: threads, repetitions: repetitions)
        let largeTrials = try invocation.integer("large-trials", in: 1...10_000_000) ?? 1_000_000
        let scalingTrials = try invocation.integer("scaling-trials", in: 1...10_000_000) ?? 20_000
        // Targets are stated for the canonical size only.
        let canonical = trust.academies == 40 && trust.years == 10 && trust.trials == 100_000

        var sections: [BenchSection] = []
        var targets = BenchTargets()
        if only.contains(.draws) {
            sections.append(DrawSections.singleThread(draws: draws, repetitions: repetitions))
            sections.append(DrawSections.multiThread(draws: draws, threads: threads, repetitions: repetitions))
        }
        if only.contains(.trust) {
            let measured = try trust.canonical()
            sections.append(measured.section)
            if canonical {
                targets.wallTime(measured.many)
                targets.memory([measured.one, measured.many], limitMegabytes: 512)
                if threads == 2 { targets.speedUp(one: measured.one, many: measured.many) }
            }
        }
        if only.contains(.memory) {
            let measured = try trust.memory(trials: largeTrials)
            sections.append(measured.section)
            if canonical && largeTrials == 1_000_000 { targets.memory([measured.run], limitMegabytes: 1024) }
        }
        if only.contains(.scaling) {
            let measured = try trust.scaling(sizes: scalingSizes, trials: scalingTrials)
            sections.append(measured.section)
            if trust.years == 10 { targets.scaling(measured.runs) }
        }
        if !targets.targets.isEmpty { sections.append(targets.section) }

        let out = invocation.environment.standardOutput
        switch format {
        case .json: out.write(BenchOutput.json(sections))
        case .csv: out.write(BenchOutput.csv(sections))
        case .text:
            let method =
                "Draw sections: \(NumberText.grouped(draws)) draws a workload. Every figure is the best of \(repetitions) "
                + "repetition\(repetitions == 1 ? "" : "s") by the monotonic clock; "
                + "\(buildConfiguration), \(ProcessInfo.processInfo.activeProcessorCount) cores."
            out.write(BenchOutput.report(sections, method: method).rendered(as: .text))
        }
        return .success
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
