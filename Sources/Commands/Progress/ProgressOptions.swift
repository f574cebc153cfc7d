import MonteCarlo

/// `--progress` and `--quiet`: whether a command that can run for a while shows its progress
/// line on standard error. By default it does when standard error is a terminal (not `TERM=dumb`),
/// and never in a pipe, a file or CI's log. Standard output is the same either way.
struct ProgressOptions: ParsableArguments {
    @Flag("progress", help: "Show the progress line on stderr even when it is not a terminal (a file, a pipe, TERM=dumb).")
    var forced = false
    @Flag("quiet", help: "Show no progress line on stderr.") var quiet = false

    func validate() throws {
        guard !(forced && quiet) else { throw UsageError.rule("--progress and --quiet ask for opposite things; give one of them.") }
    }

    /// Whether the progress line is shown on `terminal`.
    func shows(on terminal: ErrorTerminal) -> Bool {
        !quiet && (forced || terminal.drawsInPlace)
    }

    /// What a child `matrisk` run should be told, so that it shows its line as this run was asked to.
    var childArguments: [String] {
        forced ? ["--progress"] : quiet ? ["--quiet"] : []
    }

    /// Runs `work`, showing its progress as `task` of `steps` steps when the line is shown (and
    /// handing it nil, so nothing is counted, when not); the line is cleared before this returns
    /// or throws, so whatever is printed next starts on a clean line.
    func track<Result>(
        _ task: String, steps: Int = 1, in environment: CommandEnvironment, _ work: (TrialProgress?) throws -> Result
    ) rethrows -> Result {
        guard shows(on: environment.errorTerminal) else { return try work(nil) }
        let progress = TrialProgress(steps: steps)
        let display = ProgressDisplay(
            task: task, progress: progress, terminal: environment.errorTerminal, sink: environment.standardError)
        defer { display.finish() }
        return try work(progress)
    }
}
