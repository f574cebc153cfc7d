import MonteCarlo
import Testing

@testable import Reports

/// A chance is written to the place of its error, and a count of none or all as the Wilson bound.
struct ChanceTextTests {
    @Test(arguments: [
        // Wilson 95% upper bound for 0 of n is z²/(n + z²): 0.0384% at 10,000, 1.884% at 200.
        (0, 10_000, "under 0.1%", "less than 0.1%"),
        (0, 200, "under 1.9%", "less than 1.9%"),
        (200, 200, "over 98.1%", "more than 98.1%"),
        (10_000, 10_000, "over 99.9%", "more than 99.9%"),
        // 2 in 10,000: p 0.02%, SE √(p(1 − p)/n) = 0.0141%.
        (2, 10_000, "0.02% ±0.01%", "0.02% (±0.01%)"),
        (10, 10_000, "0.10% ±0.03%", "0.10% (±0.03%)"),
        (2_340, 10_000, "23.4% ±0.4%", "23.4% (±0.4%)"),
    ])
    func chances(events: Int, trials: Int, table: String, spoken: String) {
        let p = ProportionAccumulator(trials: trials, events: events)
        #expect(ChanceText.withError(p) == table)
        #expect(ChanceText.spoken(p) == spoken)
        #expect(TextRenderer.text(.chance(p)) == table)
    }

    @Test func machineFormsKeepTheFractionAndItsError() {
        let p = ProportionAccumulator(trials: 10_000, events: 0)
        #expect(Cell.chance(p).estimateForm == .estimate(0, standardError: 0, unit: .percent))
    }
}
