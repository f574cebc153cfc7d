import Testing

@testable import Reports

/// The pack's sweep writes its values to as many places as `matrisk sweep` does (at most two).
struct SweepDecimalsTests {
    /// `from + k × step`, as ParameterSweep.values makes a sweep's values.
    static func values(from: Double, count: Int, step: Double) -> [Double] {
        (0..<count).map { from + Double($0) * step }
    }

    @Test func thePackWritesASweepsValuesToTheCommandLinesPlaces() {
        // 0.1 + 2 × 0.1 is 0.30000000000000004: one place on the command line, and now in the pack.
        let tenths = Self.values(from: 0.1, count: 5, step: 0.1)
        #expect(SweepReport.decimals(tenths) == 1)
        #expect(SweepSection.decimals(tenths) == 1)
        #expect(SweepSection.decimals(Self.values(from: 2, count: 13, step: 0.5)) == 1)
        #expect(SweepSection.decimals(Self.values(from: 2, count: 7, step: 1)) == 0)
        // Finer than hundredths, the pack still stops at two places.
        #expect(SweepReport.decimals([0.125, 0.25]) == 3)
        #expect(SweepSection.decimals([0.125, 0.25]) == 2)
    }
}
