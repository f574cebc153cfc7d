import Benchmarks
import Foundation
import JSONDocument
import Reports
import TrustModel

extension OptionSpec {
    static let benchAcademies = OptionSpec(
        long: "academies", valueName: "n", help: "Academies in the canonical trust (joins come on top: one per 8).",
        defaultDescription: "40")
    static let benchYears = OptionSpec(long: "years", valueName: "n", help: "School years simulated.", defaultDescription: "10")
    static let benchTrials = OptionSpec(
        long: "trials", valueName: "n", help: "Trials of the canonical trust.", defaultDescription: "100,000")
}

extension CommandSpec {
    /// `matrisk bench trust`: one timed run of the canonical trust, in the process it is asked in.
    static let benchTrust = CommandSpec(
        name: "trust",
        abstract: "Simulate the canonical large trust once and print its time and peak memory.",
        discussion: """
            Generates the canonical trust (40 academies by default, 30 quantified risks on each \
            register, 20 trust risks, one planned join per 8 academies, 10 years), simulates it \
            and renders its report, timed by the monotonic clock; the peak memory is this process's \
            high-water mark. 'matrisk bench' runs this in a child process for each figure it reports.
            """,
        options: [.benchAcademies, .benchYears, .benchTrials, .threads, .format],
        run: { invocation in
            let trust = CanonicalTrust(
                academies: try invocation.integer("academies", in: 1...1_000) ?? 40,
                years: try invocation.integer("years", in: 1...Scenario.maximumYears) ?? 10,
                trials: try invocation.integer("trials", in: 1...Scenario.maximumTrials) ?? 100_000)
            let threads = try invocation.threadCount() ?? ProcessInfo.processInfo.activeProcessorCount
            let run = try TrustRun.measure(trust, threads: threads)
            let out = invocation.environment.standardOutput
            switch try invocation.outputFormat() {
            case .json: out.write(JSONWriter.write(run.json, pretty: false))
            case .csv: out.write(Report(title: "", blocks: [.table(TrustRunTable.table([run], id: "trust", title: ""))]).rendered(as: .csv))
            case .text:
                out.write(
                    Report(title: "matrisk bench trust", blocks: [.table(TrustRunTable.table([run], id: "trust", title: "One run"))])
                        .rendered(as: .text))
            }
            return .success
        })
}
