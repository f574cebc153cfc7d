import Foundation
import JSONDocument
import Testing

@testable import Commands

/// `matrisk bench`: its sections in its three output forms, and its option checks. Tiny draw
/// and trial counts keep the tests fast; the figures themselves are not checked (performance is
/// judged by running the bench in a release build), only their shape and their agreement.
struct BenchCommandTests {
    /// The draw sections run in-process; the trust sections start matrisk again in child
    /// processes, so they run from the built program.
    @Test func jsonHasTheDrawSectionsAsListsOfNameThreadsAndDrawsPerSecond() throws {
        let result = MatriskProcess.inProcess(
            ["bench", "--only", "draws", "--draws", "2000", "--repetitions", "1", "--threads", "2", "--format", "json"])
        #expect(result.exitCode == 0)
        #expect(result.standardError.isEmpty)
        let root = try JSONParser.parse(result.standardOutput, source: "stdout")
        guard case .object(let sections) = root.kind else {
            Issue.record("not a top-level object: \(result.standardOutput)")
            return
        }
        #expect(sections.map(\.key) == ["draws", "threads"])
        var names: [String] = []
        for section in sections {
            guard case .array(let rows) = section.value.kind else {
                Issue.record("\(section.key) is not a list")
                continue
            }
            for row in rows {
                guard case .object(let members) = row.kind else {
                    Issue.record("a row is not an object")
                    continue
                }
                #expect(members.map(\.key) == ["name", "threads", "drawsPerSecond"])
                if case .string(let name)? = row["name"]?.kind { names.append(name) }
                if case .number(let rate)? = row["drawsPerSecond"]?.kind { #expect(rate > 0) }
            }
        }
        #expect(names.prefix(3) == ["keyed uniform", "fixed", "uniform"])
        #expect(names.contains("pert") && names.contains("poisson λ=100") && names.contains("discrete"))
        if case .array(let rows)? = root["threads"]?.kind { #expect(rows.map { $0["threads"]?.kind } == [.number(1), .number(2)]) }
        #expect(names.suffix(2) == ["all distributions", "all distributions"])
    }

    @Test func textAndCSVCarryTheDrawSections() {
        let text = MatriskProcess.inProcess(["bench", "--only", "draws", "--draws", "1000", "--repetitions", "1", "--threads", "2"])
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.hasPrefix("matrisk bench\n=============\n"))
        #expect(text.standardOutput.contains("Draws on one thread"))
        #expect(text.standardOutput.contains("best of 1 repetition by the monotonic clock"))
        #expect(text.standardOutput.contains("Speed-up on 2 threads:"))
        #expect(text.standardOutput.contains("The sum of every draw is identical on 1 and 2 threads."))
        let csv = MatriskProcess.inProcess(["bench", "--only", "draws", "--draws", "1000", "--repetitions", "1", "--format", "csv"])
        #expect(csv.exitCode == 0)
        #expect(csv.standardOutput.hasPrefix("Draws on one thread\r\nworkload,threads,million draws/s,ns per draw\r\nkeyed uniform,1,"))
    }

    /// The trust, scaling and memory sections, each run a child process; small sizes, but every
    /// figure present, the same in text and JSON, and the peak memory the children's own.
    @Test func theTrustSectionsReportEveryFigureInTextAndJSON() throws {
        let options = [
            "bench", "--only", "trust", "--only", "memory", "--only", "scaling", "--academies", "3", "--years", "2",
            "--trials", "300", "--large-trials", "600", "--scaling-trials", "50", "--repetitions", "1", "--threads", "2",
        ]
        let json = try MatriskProcess.subprocess(options + ["--format", "json"])
        #expect(json.exitCode == 0, "\(json.standardError)")
        let root = try JSONParser.parse(json.standardOutput, source: "stdout")
        guard case .object(let sections) = root.kind else {
            Issue.record("not a top-level object: \(json.standardOutput)")
            return
        }
        // No targets: they are stated for the canonical size only.
        #expect(sections.map(\.key) == ["trust", "memory", "scaling"])
        guard case .array(let trust)? = root["trust"]?.kind, case .array(let scaling)? = root["scaling"]?.kind,
            case .array(let memory)? = root["memory"]?.kind
        else {
            Issue.record("a section is not a list")
            return
        }
        #expect(trust.map { $0["threads"]?.kind } == [.number(1), .number(2)])
        #expect(memory.map { $0["trials"]?.kind } == [.number(600)])
        #expect(scaling.map { $0["academies"]?.kind } == [5, 10, 20, 40, 100].map { .number(Double($0)) })
        for run in trust + memory + scaling {
            guard case .object(let members) = run.kind else { continue }
            #expect(
                members.map(\.key) == [
                    "academies", "years", "trials", "threads", "seconds", "trialsPerSecond", "academyYearsPerSecond",
                    "nanosecondsPerAcademyYear", "peakResidentBytes", "resultDigest",
                ])
            if case .number(let peak)? = run["peakResidentBytes"]?.kind { #expect(peak > 1_000_000) }
            if case .number(let rate)? = run["academyYearsPerSecond"]?.kind { #expect(rate > 0) }
        }

        let text = try MatriskProcess.subprocess(options)
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.contains("The canonical trust: 3 academies, 2 years, 300 trials"))
        #expect(text.standardOutput.contains("Peak memory at 600 trials on 2 threads"))
        #expect(text.standardOutput.contains("Cost per academy-year on 1 thread, 50 trials, by size of trust"))
        #expect(text.standardOutput.contains("Speed-up on 2 threads:"))
        #expect(text.standardOutput.contains("Every result is identical on 1 and 2 threads (digest "))
        #expect(text.standardOutput.contains("Most over least cost per academy-year:"))
        #expect(
            text.standardOutput.contains(
                "academies  years  trials  threads  wall s  trials/s  academy-years/s  ns per academy-year  peak MB"))
    }

    @Test func oneRunOfTheCanonicalTrustReadsBackFromJSON() throws {
        let result = try MatriskProcess.subprocess([
            "bench", "trust", "--academies", "2", "--years", "3", "--trials", "40", "--threads", "1", "--format", "json",
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let run = try TrustRun(json: result.standardOutput, source: "stdout")
        #expect(run.academies == 2 && run.years == 3 && run.trials == 40 && run.threads == 1)
        // Two academies and one join that goes ahead in some trials: between 2 and 3 a year.
        #expect(run.academyYears >= 2 * 3 * 40 && run.academyYears <= 3 * 3 * 40)
        #expect(run.seconds > 0 && run.peakResidentBytes > 0)
    }

    @Test func badOptionsAreUsageErrors() {
        let zero = MatriskProcess.inProcess(["bench", "--draws", "0"])
        #expect(zero.exitCode == 64)
        #expect(
            zero.standardError.hasPrefix("Error: The value '0' is invalid for '--draws <n>': expected a whole number from 1 to 2147483647"))
        let word = MatriskProcess.inProcess(["bench", "--threads", "many"])
        #expect(word.exitCode == 64)
        #expect(word.standardError.hasPrefix("Error: The value 'many' is invalid for '--threads <n>': expected a whole number"))
        let section = MatriskProcess.inProcess(["bench", "--only", "everything"])
        #expect(section.exitCode == 64)
        #expect(section.standardError.hasPrefix("Error: The value 'everything' is invalid for '--only <section>'"))
    }

    @Test func helpDescribesTheOptionsAndTheTrustSubcommand() {
        let help = MatriskProcess.inProcess(["bench", "--help"])
        #expect(help.exitCode == 0)
        #expect(
            help.standardOutput.hasPrefix(
                "OVERVIEW: Measure how fast matrisk draws and simulates, and how much memory a\nlarge trust takes.\n"))
        #expect(
            help.standardOutput.contains("USAGE: matrisk bench [--draws <n>] [--threads <n>] [--repetitions <n>] [--only <section> ...]"))
        #expect(help.standardOutput.contains("  trust "))
        let trust = MatriskProcess.inProcess(["bench", "trust", "--help"])
        #expect(trust.standardOutput.hasPrefix("OVERVIEW: Simulate the canonical large trust once and print its time and peak\nmemory.\n"))
        let root = MatriskProcess.inProcess(["--help"])
        #expect(root.standardOutput.contains("  bench "))
    }

    /// A child run that fails is printed as it is, "matrisk: error:" once, and exits 1.
    @Test func aFailedChildRunIsReportedWithOnePrefix() {
        let out = TextBuffer()
        let err = TextBuffer()
        let environment = CommandEnvironment(
            standardOutput: out.sink, standardError: err.sink, currentDirectory: MatriskProcess.packageRoot.path, now: Date())
        let failure = ChildRun.Failure(arguments: ["bench", "trust", "--academies", "10"], reason: "exited with status 70")
        let code = Matrisk.report(failure, to: environment)
        #expect(code == .failure)
        #expect(err.text == "matrisk: error: 'matrisk bench trust --academies 10' exited with status 70.\n")
        #expect(out.text.isEmpty)
    }
}
