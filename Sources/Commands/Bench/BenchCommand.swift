import Foundation
import MonteCarlo
import Reports

extension OptionSpec {
    static let draws = OptionSpec(
        long: "draws", valueName: "n", help: "Draws timed per workload and repetition.",
        defaultDescription: "10,000,000")
    static let benchThreads = OptionSpec(
        long: "threads", valueName: "n", help: "Threads for the multi-thread run.",
        defaultDescription: "every core")
    static let repetitions = OptionSpec(
        long: "repetitions", valueName: "n", help: "Times each workload runs; the fastest is reported.",
        defaultDescription: "3")
}

extension CommandSpec {
    /// `matrisk bench`: how fast the engine draws, as a table or as JSON.
    static let bench = CommandSpec(
        name: "bench",
        abstract: "Measure how many random draws per second matrisk makes.",
        discussion: """
            Times the keyed uniform and every distribution on one thread, then one draw from \
            each distribution per trial on one thread and on all of them. Build with \
            'swift build -c release' first: a debug build is many times slower.
            """,
        options: [.draws, .benchThreads, .repetitions, .format],
        run: { try BenchCommand.run($0) })
}

/// Runs the benchmark sections and prints them.
enum BenchCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let draws = try invocation.integer("draws", in: 1...Int(Int32.max)) ?? 10_000_000
        let threads = try invocation.integer("threads", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        let repetitions = try invocation.integer("repetitions", in: 1...100) ?? 3
        let format = try invocation.outputFormat()

        let sections = [
            DrawSections.singleThread(draws: draws, repetitions: repetitions),
            DrawSections.multiThread(draws: draws, threads: threads, repetitions: repetitions),
        ]
        let out = invocation.environment.standardOutput
        switch format {
        case .json: out.write(BenchOutput.json(sections))
        case .csv: out.write(BenchOutput.csv(sections))
        case .text:
            let method = "\(NumberText.grouped(draws)) draws a workload, best of \(repetitions) "
                + "repetition\(repetitions == 1 ? "" : "s") by the monotonic clock, every draw summed; "
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
