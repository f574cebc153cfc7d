import Benchmarks
import Foundation
import JSONDocument
import Reports
import TrustModel

extension OptionHelp {
    static let benchAcademies = OptionHelp(
        "academies", valueName: "n", help: "Academies in the canonical trust (joins come on top: one per 8).")
    static let benchYears = OptionHelp("years", valueName: "n", help: "School years simulated.")
    static let benchTrials = OptionHelp("trials", valueName: "n", help: "Trials of the canonical trust.")
}

/// `matrisk bench trust`: one timed run of the canonical trust, in the process it is asked in.
struct TrustRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "trust",
        abstract: "Simulate the canonical large trust once and print its time and peak memory.",
        discussion: """
            Generates the canonical trust (40 academies by default, 30 quantified risks on each \
            register, 20 trust risks, one planned join per 8 academies, 10 years), simulates it \
            and renders its report, timed by the monotonic clock; the peak memory is this process's \
            high-water mark. 'matrisk bench' runs this in a child process for each figure it reports.
            """)

    @Option(.benchAcademies, rule: .within(1...1_000)) var academies = 40
    @Option(.benchYears, rule: .within(1...Scenario.maximumYears)) var years = 10
    @Option(.benchTrials, rule: .within(1...Scenario.maximumTrials)) var trials = 100_000
    @Option(.threads, rule: .within(1...1024)) var threads: Int?
    @Option(.format) var format: OutputFormat = .text
    @OptionGroup var progress: ProgressOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let trust = CanonicalTrust(academies: academies, years: years, trials: trials)
        let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let task = "bench trust (\(academies) academies, \(threads) thread\(threads == 1 ? "" : "s"))"
        let run = try progress.track(task, in: environment) { progress in
            try TrustRun.measure(trust, threads: threads, progress: progress)
        }
        let out = environment.standardOutput
        switch format {
        case .json: out.write(JSONWriter.write(run.json, pretty: false))
        case .csv: out.write(Report(title: "", blocks: [.table(TrustRunTable.table([run], id: "trust", title: ""))]).rendered(as: .csv))
        case .text:
            out.write(
                Report(title: "matrisk bench trust", blocks: [.table(TrustRunTable.table([run], id: "trust", title: "One run"))])
                    .rendered(as: .text))
        }
        return .success
    }
}
