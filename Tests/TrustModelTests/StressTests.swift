import MonteCarlo
import Testing

@testable import TrustModel

/// The reverse stress test's statistics through the API.
struct StressTests {
    /// The lift's delta-method standard error against the spread of the lift over independent
    /// replications of a known case: P(marked) = 0.4, P(fail | marked) = 0.5, P(fail | not) = 0.2.
    @Test func theLiftsStandardErrorMatchesItsSpreadOverReplications() {
        let n = 2_000
        var lifts = MeanAccumulator()
        var errors = MeanAccumulator()
        for replication in 0..<300 {
            let key = DrawKey(seed: UInt64(replication), stream: "lift.test", year: 0)
            var marked: [Bool] = []
            var failing: [Bool] = []
            for trial in 0..<n {
                var cursor = key.cursor(trial: trial)
                let m = cursor.nextUniform() < 0.4
                marked.append(m)
                failing.append(cursor.nextUniform() < (m ? 0.5 : 0.2))
            }
            let lift = Lift(marked: marked, failing: failing).estimate
            lifts.add(lift.value)
            errors.add(lift.standardError)
        }
        // True lift: P(m | f) / P(m) = (0.2 / 0.32) / 0.4 = 1.5625.
        #expect(abs(lifts.mean - 1.5625) < 0.01)
        #expect(abs(errors.mean / lifts.standardDeviation - 1) < 0.15, "delta \(errors.mean) against spread \(lifts.standardDeviation)")
    }

    /// A failure no input drives (a coin of its own): scenario discovery keeps no box.
    @Test func aFailureNoInputDrivesGivesNoBoxThatBeatsChance() throws {
        let key = DrawKey(seed: 3, stream: "stress.inputs", year: 0)
        let coin = DrawKey(seed: 4, stream: "stress.coin", year: 0)
        let n = 4_000
        let columns = (0..<4).map { column in (0..<n).map { uniform(key, $0 * 4 + column) } }
        let failing = (0..<n).map { uniform(coin, $0) < 0.25 }
        let inputs = (0..<4).map { (i: Int) -> PrimaryInput in
            PrimaryInput(
                kind: .economy, id: "economy.test\(i)", title: "Input \(i)", summary: "%", scope: .trust, firstYear: 1,
                source: .join(slot: i))
        }
        let discovery = ScenarioDiscovery(inputs: inputs, columns: columns, failing: failing)
        #expect(discovery.boxes.isEmpty, "\(discovery.boxes)")
    }

    @Test func theSameRunGivesTheSameFindingsOnAnyNumberOfThreads() throws {
        let loaded = try Fixtures.load(Fixtures.small(trials: 1_500))
        let condition = try OutputVocabulary.event("central.reserves@any < 0", scenario: loaded.base)
        let one = try Stress.run(loaded.base, registers: nil, condition: condition, top: 5, threads: 1)
        let two = try Stress.run(loaded.base, registers: nil, condition: condition, top: 5, threads: 2)
        #expect(one.inputs == two.inputs && one.discovery == two.discovery && one.warnings == two.warnings)
    }
}

/// One uniform draw of `key` for `trial`.
private func uniform(_ key: DrawKey, _ trial: Int) -> Double {
    var cursor = key.cursor(trial: trial)
    return cursor.nextUniform()
}
