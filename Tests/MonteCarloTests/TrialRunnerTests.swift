import MonteCarlo
import Testing

/// The runner's contract: byte-identical results on 1, 2 and 8 threads.
struct TrialRunnerTests {
    /// What a small model might accumulate: a mean, a probability and a column of samples.
    struct Outputs: Mergeable, Equatable {
        var reserves = MeanAccumulator()
        var deficit = ProportionAccumulator()
        var column = SampleColumn()
        var sum = 0.0

        mutating func merge(_ later: Outputs) {
            reserves.merge(later.reserves)
            deficit.merge(later.deficit)
            column.merge(later.column)
            sum += later.sum
        }
    }

    static func run(threads: Int, trials: Int = 20_000) -> Outputs {
        let impact = try! Distribution.pert(min: 10_000, mode: 25_000, max: 80_000)
        let strike = try! Distribution.bernoulli(probability: 0.2)
        let keys = (0..<5).map { DrawKey(seed: 2026, stream: "risk", entity: "academy-\($0)", year: 0) }
        return TrialRunner(threads: threads, chunkSize: 256).run(trials: trials, initial: Outputs()) { trials in
            var outputs = Outputs()
            for trial in trials {
                var loss = 0.0
                for key in keys {
                    var cursor = key.cursor(trial: trial)
                    if strike.sample(&cursor) == 1 { loss += impact.sample(&cursor) }
                }
                let reserves = 150_000 - loss
                outputs.reserves.add(reserves)
                outputs.deficit.add(reserves < 0)
                outputs.column.append(reserves)
                outputs.sum += reserves
            }
            return outputs
        }
    }

    @Test func resultsAreByteIdenticalOnOneTwoAndEightThreads() {
        let one = Self.run(threads: 1)
        let two = Self.run(threads: 2)
        let eight = Self.run(threads: 8)
        for other in [two, eight] {
            #expect(other.reserves.mean.bitPattern == one.reserves.mean.bitPattern)
            #expect(other.reserves.sumOfSquares.bitPattern == one.reserves.sumOfSquares.bitPattern)
            #expect(other.sum.bitPattern == one.sum.bitPattern)
            #expect(other.deficit == one.deficit)
            #expect(other.column.values.map(\.bitPattern) == one.column.values.map(\.bitPattern))
        }
        #expect(one.column.count == 20_000)
        #expect(one.deficit.events > 0)
    }

    @Test func chunksAreMergedInTrialOrder() {
        let runner = TrialRunner(threads: 4, chunkSize: 7)
        let order = runner.run(trials: 1_000, initial: [Int](), body: { Array($0) }, merge: { $0 += $1 })
        #expect(order == Array(0..<1_000))
        #expect(runner.chunkCount(trials: 1_000) == 143 && runner.chunk(142, of: 1_000) == 994..<1_000)
        #expect(runner.run(trials: 0, initial: [-1], body: { Array($0) }, merge: { $0 += $1 }) == [-1])
    }

    @Test func threadsDefaultToTheCores() {
        #expect(TrialRunner().threads >= 1)
        #expect(TrialRunner(threads: 0).threads == 1)
        #expect(TrialRunner().chunkSize == TrialRunner.defaultChunkSize)
    }
}
