import MonteCarlo
import Reports

/// The words of the progress line: what is running, the step of a sweep or a solve, trials done
/// of the step's total, the whole work's share when there are several steps, the rate and the
/// time left, fitted to the terminal's width.
///
///     simulate growth.json (grow-12): 45,056 of 300,000 trials, 33,100 trials/s, 8 s left
///     sweep growth.json: step 3 of 13, trust.topSlicePercent = 3: 4,096 of 10,000 trials, 19% in all, 31,900 trials/s, 12 s left
enum ProgressLine {
    /// The line for `task` at `reading`, `elapsed` seconds after the work began, at most `width` characters.
    static func text(task: String, reading: TrialProgress.Snapshot, elapsed: Double, width: Int) -> String {
        let step = reading.steps > 1 ? "step \(reading.step) of \(reading.steps)" : nil
        let name = reading.steps > 1 && !reading.stepName.isEmpty ? reading.stepName : nil
        var counts = ["\(NumberText.grouped(reading.stepTrialsDone)) of \(NumberText.grouped(reading.stepTrials)) trials"]
        if reading.steps > 1 { counts.append("\(Int((reading.fractionDone * 100).rounded(.down)))% in all") }
        let rate =
            elapsed > 0 && reading.trialsDone > 0 ? "\(NumberText.grouped((Double(reading.trialsDone) / elapsed).rounded())) trials/s" : nil
        // A step's trials all done, it is being summed up (its percentiles, its measures).
        let left =
            reading.stepTrials > 0 && reading.stepTrialsDone >= reading.stepTrials
            ? "summing up" : timeLeft(fraction: reading.fractionDone, elapsed: elapsed).map { "\($0) left" }
        // Longest first, then with the least needed parts left out (the rate, the step's name, the
        // share in all), until one fits.
        let candidates = [
            compose(task, [step, name], counts + [rate, left]),
            compose(task, [step, name], counts + [left]),
            compose(task, [step], counts + [left]),
            compose(task, [step], [counts[0], left]),
        ]
        let fitting = candidates.first { $0.count <= width } ?? candidates[candidates.count - 1]
        return fitted(fitting, width: width)
    }

    private static func compose(_ task: String, _ steps: [String?], _ counts: [String?]) -> String {
        "\(([task] + steps.compactMap { $0 }).joined(separator: ": ")): \(counts.compactMap { $0 }.joined(separator: ", "))"
    }

    /// `line` cut to `width` characters, its end marked with an ellipsis when cut.
    static func fitted(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        guard width > 1 else { return "" }
        return String(line.prefix(width - 1)) + "…"
    }

    /// The time left, from the share done so far and the time it took: "8 s", "2 min 5 s",
    /// "1 h 20 min"; nil before anything is done.
    static func timeLeft(fraction: Double, elapsed: Double) -> String? {
        guard fraction > 0, elapsed > 0 else { return nil }
        let seconds = Int((elapsed * (1 - fraction) / fraction).rounded(.up))
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3_600 { return "\(seconds / 60) min \(seconds % 60) s" }
        return "\(seconds / 3_600) h \(seconds % 3_600 / 60) min"
    }
}
