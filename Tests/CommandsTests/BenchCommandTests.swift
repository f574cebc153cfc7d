import Foundation
import JSONDocument
import Testing

@testable import Commands

/// `matrisk bench`: its three output forms and its option checks. Tiny draw counts keep the
/// tests fast; the figures themselves are not checked, only their shape.
struct BenchCommandTests {
    @Test func jsonIsAListOfNameThreadsAndDrawsPerSecond() throws {
        let result = MatriskProcess.inProcess(["bench", "--draws", "2000", "--repetitions", "1", "--threads", "2", "--format", "json"])
        #expect(result.exitCode == 0)
        #expect(result.standardError.isEmpty)
        let root = try JSONParser.parse(result.standardOutput, source: "stdout")
        guard case .array(let rows) = root.kind else {
            Issue.record("not a top-level list: \(result.standardOutput)")
            return
        }
        var names: [String] = []
        for row in rows {
            guard case .object(let members) = row.kind else { Issue.record("a row is not an object"); continue }
            #expect(members.map(\.key) == ["name", "threads", "drawsPerSecond"])
            if case .string(let name)? = row["name"]?.kind { names.append(name) }
            if case .number(let rate)? = row["drawsPerSecond"]?.kind { #expect(rate > 0) }
        }
        #expect(names.prefix(3) == ["keyed uniform", "fixed", "uniform"])
        #expect(names.contains("pert") && names.contains("poisson λ=100") && names.contains("discrete"))
        #expect(rows.suffix(2).map { $0["threads"]?.kind } == [.number(1), .number(2)])
        #expect(names.suffix(2) == ["all distributions", "all distributions"])
    }

    @Test func textAndCSVCarryTheSameRows() {
        let text = MatriskProcess.inProcess(["bench", "--draws", "1000", "--repetitions", "1", "--threads", "2"])
        #expect(text.exitCode == 0)
        #expect(text.standardOutput.hasPrefix("matrisk bench\n=============\n"))
        #expect(text.standardOutput.contains("Draws on one thread"))
        #expect(text.standardOutput.contains("best of 1 repetition by the monotonic clock"))
        #expect(text.standardOutput.contains("Speed-up on 2 threads:"))
        #expect(text.standardOutput.contains("The sum of every draw is identical on 1 and 2 threads."))
        let csv = MatriskProcess.inProcess(["bench", "--draws", "1000", "--repetitions", "1", "--format", "csv"])
        #expect(csv.exitCode == 0)
        #expect(csv.standardOutput.hasPrefix("section,name,threads,drawsPerSecond\r\ndraws,keyed uniform,1,")
                || csv.standardOutput.hasPrefix("section,name,threads,drawsPerSecond\ndraws,keyed uniform,1,"))
    }

    @Test func badOptionsAreUsageErrors() {
        let zero = MatriskProcess.inProcess(["bench", "--draws", "0"])
        #expect(zero.exitCode == 64)
        #expect(zero.standardError.hasPrefix("Error: The value '0' is invalid for '--draws <n>': expected a whole number from 1 to 2147483647"))
        let word = MatriskProcess.inProcess(["bench", "--threads", "many"])
        #expect(word.exitCode == 64)
        #expect(word.standardError.hasPrefix("Error: The value 'many' is invalid for '--threads <n>': expected a whole number"))
    }

    @Test func helpDescribesTheOptions() {
        let help = MatriskProcess.inProcess(["bench", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.hasPrefix("OVERVIEW: Measure how many random draws per second matrisk makes."))
        #expect(help.standardOutput.contains("USAGE: matrisk bench [--draws <n>] [--threads <n>] [--repetitions <n>] [--format <format>]"))
        let root = MatriskProcess.inProcess(["--help"])
        #expect(root.standardOutput.contains("  bench "))
    }
}
