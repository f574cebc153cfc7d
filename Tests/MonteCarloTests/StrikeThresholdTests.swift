import Testing

@testable import MonteCarlo

/// `UnitInterval.countBelow(p)` decides `open(bits) < p` on the integer bits: checked against
/// the `Double` comparison at every threshold's edges, for probabilities of every size.
struct StrikeThresholdTests {
    /// open() of the draw whose top 52 bits are k.
    func draw(_ k: UInt64) -> Double { UnitInterval.open(k << 12) }

    @Test func theIntegerDecisionIsTheDoubleComparisonAtEveryEdge() {
        var probabilities: [Double] = [
            0, -1, 0x1p-60, 0x1p-53, 0x1p-52, 3 * 0x1p-54, 1e-9, 0.05, 0.1, 0.15, 1.0 / 3, 0.5,
            0.75, 1 - 0x1p-53, 1, 1.5, .infinity,
        ]
        // Seeded random probabilities and their neighbours one ulp away.
        var state: UInt64 = 20_261_122
        for _ in 0..<2_000 {
            state = Mix64.mix(state &+ Mix64.golden)
            let p = UnitInterval.open(state)
            probabilities += [p, p.nextUp, p.nextDown, p * p * p]
        }
        for p in probabilities {
            let threshold = UnitInterval.countBelow(p)
            #expect(threshold <= 1 << 52, "p = \(p)")
            // The draws around the threshold, and the first and last of all.
            let ks = [threshold &- 2, threshold &- 1, threshold, threshold + 1, 0, (1 << 52) - 1].filter { $0 < 1 << 52 }
            for k in ks {
                #expect((k < threshold) == (draw(k) < p), "p = \(p), k = \(k), threshold = \(threshold)")
            }
        }
    }

    @Test func certainAndImpossibleEvents() {
        #expect(UnitInterval.countBelow(0) == 0)
        #expect(UnitInterval.countBelow(1) == 1 << 52)
        #expect(UnitInterval.countBelow(0.5) == 1 << 51)
    }
}
