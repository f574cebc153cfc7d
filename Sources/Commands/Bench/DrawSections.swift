import Benchmarks
import MonteCarlo
import Reports

/// The sections of `matrisk bench` that time the random number engine.
enum DrawSections {
    /// Single-thread draws per second for the keyed uniform and every distribution.
    ///
    /// Each repetition times every workload once, in turn, and each keeps its best: a slow
    /// spell on a shared machine then costs one repetition of several workloads rather than
    /// every repetition of one.
    static func singleThread(draws: Int, repetitions: Int) -> BenchSection {
        let workloads = DrawWorkload.standard
        var best = [Double](repeating: 0, count: workloads.count)
        for _ in 0..<repetitions {
            for (i, workload) in workloads.enumerated() {
                let m = DrawThroughput.measure(workload, trials: draws, threads: 1)
                best[i] = max(best[i], m.drawsPerSecond)
            }
        }
        let rows = zip(workloads, best).map { BenchRow(name: $0.name, threads: 1, drawsPerSecond: $1) }
        return BenchSection(id: "draws", title: "Draws on one thread", rows: rows)
    }

    /// The same work, one draw from every distribution per trial, on one thread and on `threads`.
    static func multiThread(draws: Int, threads: Int, repetitions: Int) -> BenchSection {
        let workload = DrawWorkload.mixed
        let trials = max(1, draws / workload.drawsPerTrial)
        // Alternate the two runs, keeping the best of each, so a slow spell on a shared machine
        // cannot fall on one of them only.
        var one = DrawThroughput.measure(workload, trials: trials, threads: 1)
        var many = DrawThroughput.measure(workload, trials: trials, threads: threads)
        for _ in 1..<repetitions {
            let nextOne = DrawThroughput.measure(workload, trials: trials, threads: 1)
            if nextOne.seconds < one.seconds { one = nextOne }
            let nextMany = DrawThroughput.measure(workload, trials: trials, threads: threads)
            if nextMany.seconds < many.seconds { many = nextMany }
        }
        let speedUp = many.drawsPerSecond / one.drawsPerSecond
        var notes = ["Speed-up on \(many.threads) threads: \(NumberText.fixed(speedUp, decimals: 2))× the single thread."]
        if one.checksum != many.checksum {
            notes.append("Warning: the checksums differ between thread counts (\(one.checksum) and \(many.checksum)).")
        } else {
            notes.append("The sum of every draw is identical on 1 and \(many.threads) threads.")
        }
        return BenchSection(
            id: "threads", title: "One draw from each distribution per trial, on 1 and \(many.threads) threads",
            rows: [
                BenchRow(name: workload.name, threads: 1, drawsPerSecond: one.drawsPerSecond),
                BenchRow(name: workload.name, threads: many.threads, drawsPerSecond: many.drawsPerSecond),
            ],
            notes: notes)
    }
}
