import MonteCarlo

/// Measures how many draws per second matrisk makes, for `matrisk bench`.
///
/// The loops live in a release-built module of their own that reaches ``MonteCarlo`` across a
/// module boundary, exactly as the trust model's trial loop does, so a draw costs here what it
/// costs in a simulation. Every draw is consumed (added to a checksum returned with
/// the measurement) so the optimiser cannot remove the work; time comes from the monotonic
/// `ContinuousClock`. One call times one run: the caller repeats it and keeps the best (the
/// usual defence against a shared machine's interruptions), so that it can interleave the
/// repetitions of different workloads.
package enum DrawThroughput {
    /// One timed workload.
    package struct Measurement: Sendable, Equatable {
        package var name: String
        package var threads: Int
        package var draws: Int
        /// The run's wall-clock time, in seconds.
        package var seconds: Double
        /// The sum of every draw (it proves the work was done and is the same for any thread
        /// count).
        package var checksum: Double

        package var drawsPerSecond: Double { seconds > 0 ? Double(draws) / seconds : .infinity }
    }

    /// The seed every benchmark draws under.
    package static let seed: UInt64 = 20_261_122

    /// Times `workload` once for `trials` trials on `threads` threads (through ``TrialRunner``,
    /// inline for one thread).
    package static func measure(_ workload: DrawWorkload, trials: Int, threads: Int = 1, chunkSize: Int = 4_096) -> Measurement {
        precondition(trials > 0, "a benchmark needs at least one trial")
        let runner = TrialRunner(threads: threads, chunkSize: chunkSize)
        let keys = (0..<workload.drawsPerTrial).map { DrawKey(seed: seed, stream: "bench.\(workload.name)", entity: "\($0)", year: 0) }
        let clock = ContinuousClock()
        let start = clock.now
        let checksum = runner.run(
            trials: trials, initial: 0.0,
            body: { range in
                Self.sum(workload.kind, keys: keys, trials: range)
            }, merge: { $0 += $1 })
        let elapsed = start.duration(to: clock.now)
        return Measurement(
            name: workload.name, threads: runner.threads, draws: trials * workload.drawsPerTrial,
            seconds: elapsed.inSeconds, checksum: checksum)
    }

    /// The sum of the draws of `kind` over `trials`.
    static func sum(_ kind: DrawWorkload.Kind, keys: [DrawKey], trials: Range<Int>) -> Double {
        switch kind {
        case .keyedUniform:
            return sumOfUniforms(key: keys[0], trials: trials)
        case .distribution(let distribution):
            return sumOfDraws(distribution, key: keys[0], trials: trials)
        case .mixed(let distributions):
            var total = 0.0
            for trial in trials {
                // By index, not `for d in distributions`: copying a discrete distribution out of
                // the array would retain its tables, and threads retaining one shared object
                // contend for its reference count.
                for i in distributions.indices {
                    total += distributions[i].sample(key: keys[i], trial: trial)
                }
            }
            return total
        }
    }

    /// Four running sums, so the additions do not form one long chain of dependent
    /// instructions that would time the adder rather than the generator.
    static func sumOfUniforms(key: DrawKey, trials: Range<Int>) -> Double {
        var sums = (0.0, 0.0, 0.0, 0.0)
        var trial = trials.lowerBound
        while trial + 4 <= trials.upperBound {
            sums.0 += key.uniform(trial: trial)
            sums.1 += key.uniform(trial: trial + 1)
            sums.2 += key.uniform(trial: trial + 2)
            sums.3 += key.uniform(trial: trial + 3)
            trial += 4
        }
        while trial < trials.upperBound {
            sums.0 += key.uniform(trial: trial)
            trial += 1
        }
        return (sums.0 + sums.1) + (sums.2 + sums.3)
    }

    static func sumOfDraws(_ distribution: Distribution, key: DrawKey, trials: Range<Int>) -> Double {
        var sums = (0.0, 0.0)
        var trial = trials.lowerBound
        while trial + 2 <= trials.upperBound {
            sums.0 += distribution.sample(key: key, trial: trial)
            sums.1 += distribution.sample(key: key, trial: trial + 1)
            trial += 2
        }
        if trial < trials.upperBound { sums.0 += distribution.sample(key: key, trial: trial) }
        return sums.0 + sums.1
    }
}
