import Testing

@testable import MonteCarlo

/// PRIM on constructed data: it finds the box that makes the outcome, and finds nothing that
/// holds up on other trials when the outcome is a coin no column drives.
struct PatientRuleInductionTests {
    /// Three columns over `n` trials: x uniform on [0, 1), j a fair 0/1, z uniform noise.
    static func columns(_ n: Int, seed: UInt64) -> [[Double]] {
        let key = DrawKey(seed: seed, stream: "prim.test", year: 0)
        var columns: [[Double]] = [[], [], []]
        for trial in 0..<n {
            var cursor = key.cursor(trial: trial)
            columns[0].append(cursor.nextUniform())
            columns[1].append(cursor.nextUniform() < 0.5 ? 1 : 0)
            columns[2].append(cursor.nextUniform())
        }
        return columns
    }

    /// Coverage and density of `box` on `trials`.
    static func measured(_ box: PatientRuleInduction.Box, _ columns: [[Double]], _ outcome: [Bool], trials: [Int]) -> (
        coverage: Double, density: Double, inside: Int
    ) {
        let inside = trials.filter { box.contains(columns, trial: $0) }
        let hits = inside.filter { outcome[$0] }.count
        return (
            Double(hits) / Double(max(1, trials.filter { outcome[$0] }.count)), Double(hits) / Double(max(1, inside.count)), inside.count
        )
    }

    @Test func findsTheThresholdAndTheJoinThatMakeTheOutcome() {
        let columns = Self.columns(6_000, seed: 11)
        let outcome = (0..<6_000).map { columns[0][$0] > 0.6 && columns[1][$0] == 1 }
        let box = PatientRuleInduction().fit(columns, outcome: outcome, trials: Array(stride(from: 0, to: 6_000, by: 2)))
        #expect(Set(box.limits.map(\.column)) == [0, 1], "\(box)")
        let x = box.limits.first { $0.column == 0 }
        #expect(abs((x?.lower ?? 0) - 0.6) < 0.03 && x?.upper == nil, "\(box)")
        #expect(box.limits.first { $0.column == 1 }?.lower == 1)
        let held = Self.measured(box, columns, outcome, trials: Array(stride(from: 1, to: 6_000, by: 2)))
        #expect(held.coverage >= 0.9 && held.density >= 0.9, "\(held)")
    }

    @Test func anOutcomeNoColumnDrivesGivesNoBoxThatHoldsUp() {
        let columns = Self.columns(6_000, seed: 12)
        let coin = DrawKey(seed: 13, stream: "prim.coin", year: 0)
        let outcome = (0..<6_000).map { uniform(coin, $0) < 0.3 }
        let box = PatientRuleInduction().fit(columns, outcome: outcome, trials: Array(stride(from: 0, to: 6_000, by: 2)))
        let held = Self.measured(box, columns, outcome, trials: Array(stride(from: 1, to: 6_000, by: 2)))
        let base = Double(outcome.enumerated().filter { $0.offset % 2 == 1 && $0.element }.count) / 3_000
        // Within three binomial standard errors of the base rate.
        #expect(abs(held.density - base) <= 3 * (base * (1 - base) / Double(max(1, held.inside))).squareRoot(), "\(box) \(held)")
    }

    @Test func aColumnOfOneValueOrAnOutcomeEverywhereGivesTheWholeBox() {
        let columns = [[Double](repeating: 1, count: 100)]
        #expect(PatientRuleInduction().fit(columns, outcome: (0..<100).map { $0 % 2 == 0 }, trials: Array(0..<100)).limits.isEmpty)
        #expect(PatientRuleInduction().fit(columns, outcome: [Bool](repeating: true, count: 100), trials: Array(0..<100)).limits.isEmpty)
    }
}

/// One uniform draw of `key` for `trial`.
private func uniform(_ key: DrawKey, _ trial: Int) -> Double {
    var cursor = key.cursor(trial: trial)
    return cursor.nextUniform()
}
