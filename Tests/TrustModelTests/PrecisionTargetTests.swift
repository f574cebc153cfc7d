import Testing

@testable import TrustModel

/// Precision targets as people type them: a measure as `--metric` reads it, ± and a half-width.
struct PrecisionTargetTests {
    let scenario = try! Fixtures.load(Fixtures.small()).base  // 2026/27 to 2029/30

    func target(_ text: String) throws -> PrecisionTarget { try OutputVocabulary.precision(text, scenario: scenario) }

    @Test func aChanceIsInPointsWithOrWithoutPercentAndPoints() throws {
        let event = try OutputVocabulary.event("central.reserves@any < 0", scenario: scenario)
        for text in [
            "P(central.reserves@any < 0) ±0.5", "P(central.reserves@any < 0) +-0.5", "P(central.reserves@any < 0)+/-0.5",
            "P(central.reserves@any < 0) ± 0.5%", "P(central.reserves@any < 0) ±0.5 points", "P(central.reserves@any < 0) ±0.5pts",
        ] {
            let read = try target(text)
            #expect(read.measure == .probability(event), "\(text)")
            #expect(abs(read.halfWidth - 0.005) < 1e-15, "\(text)")
        }
        #expect(try target("median(trust.reservesPercent) ±0.25").halfWidth == 0.0025)
    }

    @Test func moneyTakesPoundsAndSuffixes() throws {
        let mean = try target("mean(trust.reserves@end) ±£10k")
        #expect(mean.measure == .mean(OutputName(figure: .trust(.trustReserves))) && mean.halfWidth == 10_000)
        #expect(try target("P90(risk.losses) +- 1.2m").halfWidth == 1_200_000)
        #expect(try target("mean(academy.oak.reserves@2028) +/- £2,500").halfWidth == 2_500)
    }

    @Test func mistakesSayWhatWasExpected() {
        #expect(throws: OutputNameError.notAPrecision("P(central.reserves@end < 0) 0.5")) {
            try target("P(central.reserves@end < 0) 0.5")
        }
        #expect(throws: OutputNameError.badHalfWidth("mean(trust.reserves) ±ten", found: "ten")) { try target("mean(trust.reserves) ±ten") }
        #expect(throws: OutputNameError.badHalfWidth("mean(trust.reserves) ±0", found: "0")) { try target("mean(trust.reserves) ±0") }
        #expect(throws: OutputNameError.badHalfWidth("mean(trust.reserves) ±-5k", found: "-5k")) { try target("mean(trust.reserves) ±-5k") }
        #expect(throws: OutputNameError.unknownFigure("central.reserve", suggestion: "central.reserves")) {
            try target("P(central.reserve@end < 0) ±0.5")
        }
        #expect(throws: OutputNameError.notAPrecision("±0.5")) { try target("±0.5") }
        let message = OutputNameError.notAPrecision("x").description
        #expect(message.contains("±") && message.contains("+-") && message.contains("P(central.reserves@any < 0) ±0.5"))
    }

    @Test func aScenarioFileCarriesTargetsAndReportsABadOneAtItsPlace() throws {
        let text = Fixtures.small(extra: #", "precision": ["P(central.reserves@end < 0) ±0.2", "mean(trust.reserves) ±£5k"]"#)
        let loaded = try Fixtures.load(text).base
        #expect(loaded.precision.map(\.text) == ["P(central.reserves@end < 0) ±0.2", "mean(trust.reserves) ±£5k"])
        #expect(loaded.trials == 2_000)
        let bad = Fixtures.small(extra: #", "precision": ["P(central.reserves@end < 0) 0.2"]"#)
        do {
            _ = try Fixtures.load(bad)
            Issue.record("a precision target without ± was read")
        } catch {
            let message = "\(error)"
            #expect(message.contains("precision[0]") && message.contains("is not a precision target"), "\(message)")
        }
    }
}
