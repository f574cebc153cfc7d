import Foundation
import Testing

/// The progress line on standard error (issue 18): drawn and redrawn in place on a terminal,
/// cleared at the end, never in a pipe unless asked for, and never a byte of difference on
/// standard output. The runs are made slow enough to see redraws by a short redraw interval
/// (`MATRISK_PROGRESS_INTERVAL`), not by timing anything.
struct ProgressCommandTests {
    static let simulate = ["simulate", "Scenarios/growth.json", "--trials", "1500", "--threads", "1"]
    static let sweep = [
        "sweep", "Scenarios/growth.json", "--param", "trust.topSlicePercent", "--from", "4", "--to", "5", "--step", "0.5", "--trials",
        "1100",
    ]
    static let fastRedraws = ["MATRISK_PROGRESS_INTERVAL": "0.01"]

    /// The lines drawn, in order: the text between carriage returns, escapes and padding removed.
    static func lines(_ drawn: String) -> [String] {
        drawn.replacingOccurrences(of: "\u{1B}[K", with: "").split(separator: "\r").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Test func onATerminalTheLineAppearsUpdatesAndIsCleared() throws {
        let run = try PseudoTerminal.run(Self.simulate, environment: Self.fastRedraws.merging(["TERM": "xterm"]) { $1 })
        #expect(run.exitCode == 0, "\(run.terminal)")
        let lines = Self.lines(run.terminal)
        #expect(!lines.isEmpty, "no progress line was drawn")
        for line in lines { #expect(line.hasPrefix("simulate Scenarios/growth.json: "), "\(line)") }
        #expect(lines.allSatisfy { $0.contains(" of 1,500 trials") }, "\(lines)")
        // Updates: more than one reading of the trials done, in order.
        let done = lines.compactMap { Int($0.split(separator: " ")[2].replacingOccurrences(of: ",", with: "")) }
        #expect(Set(done).count >= 2, "\(lines)")
        #expect(done == done.sorted(), "\(lines)")
        // Cleared: the last thing written returns to the line's start and erases it; no newline ever.
        #expect(run.terminal.hasSuffix("\r\u{1B}[K"), "\(run.terminal.debugDescription)")
        #expect(!run.terminal.contains("\n"))
        #expect(run.standardOutput.contains("The trust year by year"))
    }

    @Test func aNarrowTerminalGetsALineThatFitsAndTermDumbGetsNone() throws {
        let narrow = try PseudoTerminal.run(Self.simulate, columns: 40, environment: Self.fastRedraws.merging(["TERM": "xterm"]) { $1 })
        let lines = Self.lines(narrow.terminal)
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.count <= 39, "\(line)") }
        let dumb = try PseudoTerminal.run(Self.simulate, environment: Self.fastRedraws.merging(["TERM": "dumb"]) { $1 })
        #expect(dumb.exitCode == 0)
        #expect(dumb.terminal.isEmpty, "\(dumb.terminal.debugDescription)")
        #expect(dumb.standardOutput == narrow.standardOutput)
    }

    @Test func standardOutputIsTheSameWithAndWithoutProgressAndAPipeGetsNone() throws {
        let shown = try MatriskProcess.subprocess(Self.simulate + ["--progress"], environment: Self.fastRedraws)
        let quiet = try MatriskProcess.subprocess(Self.simulate + ["--quiet"], environment: Self.fastRedraws)
        let piped = try MatriskProcess.subprocess(Self.simulate, environment: Self.fastRedraws)
        #expect(shown.exitCode == 0 && quiet.exitCode == 0 && piped.exitCode == 0)
        #expect(!shown.standardOutput.isEmpty)
        #expect(shown.standardOutput == quiet.standardOutput)
        #expect(shown.standardOutput == piped.standardOutput)
        // --progress draws in a pipe too, without escapes, and leaves the line blank at the end.
        #expect(Self.lines(shown.standardError).contains { $0.contains(" of 1,500 trials") }, "\(shown.standardError.debugDescription)")
        #expect(!shown.standardError.contains("\u{1B}"))
        #expect(shown.standardError.hasSuffix("\r"))
        #expect(quiet.standardError.isEmpty)
        #expect(piped.standardError.isEmpty, "\(piped.standardError.debugDescription)")
    }

    @Test func aSweepShowsItsStepAndTheWholeAndChangesNoOutput() throws {
        let shown = try MatriskProcess.subprocess(Self.sweep + ["--progress", "--format", "csv"], environment: Self.fastRedraws)
        let piped = try MatriskProcess.subprocess(Self.sweep + ["--format", "csv"], environment: Self.fastRedraws)
        #expect(shown.exitCode == 0 && piped.exitCode == 0)
        #expect(shown.standardOutput == piped.standardOutput)
        #expect(piped.standardError.isEmpty)
        let lines = Self.lines(shown.standardError)
        #expect(lines.contains { $0.contains("step 3 of 3") }, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("sweep Scenarios/growth.json: step ") }, "\(lines)")
    }

    @Test func progressAndQuietTogetherAreRefused() {
        let result = MatriskProcess.inProcess(Self.simulate + ["--progress", "--quiet"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--progress and --quiet"))
        #expect(result.standardOutput.isEmpty)
    }
}
