import Foundation
import JSONDocument
import Reports
import TrustModel

/// The sections of `matrisk bench` that simulate the canonical large trust (``CanonicalTrust``),
/// each run in a child process of its own so that its peak memory is its own, with issue 7's
/// targets checked against what was measured.
struct TrustSections {
    var academies: Int
    var years: Int
    var trials: Int
    var threads: Int
    var repetitions: Int
    /// `--progress` or `--quiet`, passed on to each child run, which draws its own line on the
    /// standard error it shares with this process.
    var progressArguments: [String] = []

    /// One run in a child process; the peak memory is the child's, as the kernel counted it.
    func measure(academies: Int, trials: Int, threads: Int) throws -> TrustRun {
        let arguments =
            [
                "bench", "trust", "--academies", "\(academies)", "--years", "\(years)", "--trials", "\(trials)",
                "--threads", "\(threads)", "--format", "json",
            ] + progressArguments
        let outcome = try ChildRun.run(arguments)
        var run = try TrustRun(json: outcome.output, source: "matrisk " + arguments.joined(separator: " "))
        run.peakResidentBytes = max(run.peakResidentBytes, outcome.peakResidentBytes)
        return run
    }

    /// The canonical trust on one thread and on `threads`, alternated `repetitions` times (so a
    /// slow spell on a shared machine does not fall on one of them only), the fastest of each kept.
    func canonical() throws -> (section: BenchSection, one: TrustRun, many: TrustRun) {
        var ones: [TrustRun] = []
        var manys: [TrustRun] = []
        for _ in 0..<repetitions {
            ones.append(try measure(academies: academies, trials: trials, threads: 1))
            manys.append(try measure(academies: academies, trials: trials, threads: threads))
        }
        let one = try Self.fastest(ones)
        let many = try Self.fastest(manys)
        let notes = [
            "Wall time over \(repetitions) run\(repetitions == 1 ? "" : "s") each: 1 thread \(Self.range(ones)); "
                + "\(threads) threads \(Self.range(manys)); the fastest is shown.",
            "Speed-up on \(threads) threads: \(NumberText.fixed(one.seconds / many.seconds, decimals: 2))× the single thread.",
            Set((ones + manys).map(\.resultDigest)).count == 1
                ? "Every result is identical on 1 and \(threads) threads (digest \(one.resultDigest))."
                : "Warning: the results differ between runs or thread counts (digests \(Set((ones + manys).map(\.resultDigest)).sorted().joined(separator: ", "))).",
        ]
        let table = TrustRunTable.table(
            [one, many], id: "trust",
            title: "The canonical trust: \(academies) academies, \(years) years, \(NumberText.grouped(trials)) trials", notes: notes)
        return (BenchSection(table: table, json: TrustRunTable.json([one, many])), one, many)
    }

    /// The cost of an academy-year on one thread as the trust grows: the same trust with 5 to
    /// 100 academies (and its joins), `trials` trials each.
    func scaling(sizes: [Int], trials: Int) throws -> (section: BenchSection, runs: [TrustRun]) {
        var best: [TrustRun] = []
        for size in sizes {
            var runs: [TrustRun] = []
            for _ in 0..<repetitions { runs.append(try measure(academies: size, trials: trials, threads: 1)) }
            best.append(try Self.fastest(runs))
        }
        let costs = best.map(\.nanosecondsPerAcademyYear)
        let spread = (costs.max() ?? 0) / (costs.min() ?? 1)
        let notes = ["Most over least cost per academy-year: \(NumberText.fixed(spread, decimals: 2))×."]
        let table = TrustRunTable.table(
            best, id: "scaling",
            title: "Cost per academy-year on 1 thread, \(NumberText.grouped(trials)) trials, by size of trust", notes: notes)
        return (BenchSection(table: table, json: TrustRunTable.json(best)), best)
    }

    /// Peak memory with many trials on every thread: one run, in a process of its own.
    func memory(trials: Int) throws -> (section: BenchSection, run: TrustRun) {
        let run = try measure(academies: academies, trials: trials, threads: threads)
        let table = TrustRunTable.table(
            [run], id: "memory",
            title: "Peak memory at \(NumberText.grouped(trials)) trials on \(threads) threads")
        return (BenchSection(table: table, json: TrustRunTable.json([run])), run)
    }

    /// "8.12–8.40 s" over the runs.
    static func range(_ runs: [TrustRun]) -> String {
        let times = runs.map(\.seconds)
        guard let fastest = times.min(), let slowest = times.max() else { return "no runs" }
        let low = NumberText.fixed(fastest, decimals: 2)
        let high = NumberText.fixed(slowest, decimals: 2)
        return low == high ? "\(low) s" : "\(low)–\(high) s"
    }

    /// The fastest of the repetitions of one run (`--repetitions` is at least 1).
    static func fastest(_ runs: [TrustRun]) throws -> TrustRun {
        guard let fastest = runs.min(by: { $0.seconds < $1.seconds }) else {
            throw ChildRun.Failure(arguments: ["bench"], reason: "ran no repetitions to time")
        }
        return fastest
    }
}
