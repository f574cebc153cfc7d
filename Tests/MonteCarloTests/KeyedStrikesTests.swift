import Testing

@testable import MonteCarlo

/// The run-at-a-time strike decisions against the plain comparison of each event's keyed
/// uniform with its probability: the same events, in the same order, for every trial.
struct KeyedStrikesTests {
    @Test func aRunStrikesExactlyTheEventsWhoseDrawsFallBelowTheirProbabilities() {
        let stream = StreamKey(seed: 20_261_122, stream: "risk.strike", entity: "A1-7")
        let count = 37
        let keys = (0..<count).map { stream.year($0) }
        // Probabilities from impossible to certain, and the usual register's 2–36%.
        let probabilities: [Double] = (0..<count).map { i -> Double in
            if i < 2 { return Double(i) }
            return 0.02 + Double(i % 18) * 0.02
        }
        let thresholds = probabilities.map(UnitInterval.countBelow)
        var struck = [Int](repeating: -1, count: count)
        var total = 0
        for trial in [0, 1, 2, 41, 1_000, 99_999, Int(Int32.max)] {
            let n = keys.withUnsafeBufferPointer { keys in
                thresholds.withUnsafeBufferPointer { thresholds in
                    struck.withUnsafeMutableBufferPointer {
                        KeyedStrikes.struck(keys: keys, thresholds: thresholds, trial: trial, numberedFrom: 100, into: $0)
                    }
                }
            }
            let expected = (0..<count).filter { keys[$0].uniform(trial: trial) < probabilities[$0] }.map { $0 + 100 }
            #expect(Array(struck[0..<n]) == expected, "trial \(trial)")
            for i in 0..<count {
                let one = KeyedStrikes.strikes(key: keys[i], threshold: thresholds[i], trial: trial)
                #expect(one == (expected.contains(i + 100) ? 1 : 0))
            }
            #expect(expected.contains(101) && !expected.contains(100))
            total += n
        }
        // Some strike and some do not, so the test can fail either way.
        #expect(total > 7 && total < 7 * count)
    }
}
