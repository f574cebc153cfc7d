import MonteCarlo
import Testing

/// The module's documented example (Documentation.docc/MonteCarlo.md), kept compiling and true.
struct UsageExampleTests {
    @Test func documentedExampleRunsAndIsThreadIndependent() throws {
        let seed: UInt64 = 20_261_122
        let strike = try Distribution.bernoulli(probability: 0.15)
        let impact = try Distribution.pert(min: 10_000, mode: 25_000, max: 80_000)
        let riskKey = StreamKey(seed: seed, stream: "risk.T04", entity: "oak-primary")
        let yearKeys = (0..<5).map { riskKey.year($0) }

        func losses(threads: Int) -> SampleColumn {
            TrialRunner(threads: threads).run(trials: 10_000, initial: SampleColumn()) { trials in
                var column = SampleColumn(capacity: trials.count)
                for trial in trials {
                    var loss = 0.0
                    for key in yearKeys {
                        var cursor = key.cursor(trial: trial)
                        if strike.sample(&cursor) == 1 { loss += impact.sample(&cursor) }
                    }
                    column.append(loss)
                }
                return column
            }
        }
        let summary = losses(threads: 2).summary()
        #expect(losses(threads: 1) == losses(threads: 2))
        // Five years of a 15% risk whose impact averages 31,667: about 23,750 a trial.
        #expect(abs(summary.mean - 5 * 0.15 * impact.mean) < 4 * summary.standardError)
        #expect(summary.percentile(0.05) == 0)
    }
}
