import Testing

@testable import TrustModel

/// The names experiments use for outputs, events, measures and targets.
struct OutputVocabularyTests {
    let scenario = try! Fixtures.load(Fixtures.small()).base  // 2026/27 to 2029/30

    @Test func outputsCarryTheirFigureAndYear() throws {
        #expect(try OutputVocabulary.output("trust.reserves", scenario: scenario) == OutputName(figure: .trust(.trustReserves), year: .end))
        #expect(
            try OutputVocabulary.output("central.reserves@2028", scenario: scenario)
                == OutputName(figure: .trust(.centralReserves), year: .calendar(2028)))
        #expect(try OutputVocabulary.output("central.reserves@2028/29", scenario: scenario).year == .calendar(2028))
        #expect(try OutputVocabulary.output("academies.reserves@start", scenario: scenario).figure == .academiesReserves)
        #expect(try OutputVocabulary.output("academy.oak.reserves@end", scenario: scenario).figure == .academyReserves(id: "oak"))
        #expect(try OutputVocabulary.output("central.reserves@2029", scenario: scenario).yearIndex(in: scenario) == 3)
    }

    @Test func mistakesAreExplained() {
        #expect(throws: OutputNameError.unknownFigure("central.reserve", suggestion: "central.reserves")) {
            try OutputVocabulary.output("central.reserve@end", scenario: scenario)
        }
        #expect(throws: OutputNameError.badYear("@2035", scenarioYears: "2026/27 to 2029/30")) {
            try OutputVocabulary.output("trust.reserves@2035", scenario: scenario)
        }
        #expect(throws: OutputNameError.academyNotRecorded("elm", known: ["oak", "hill"])) {
            try OutputVocabulary.output("academy.elm.reserves", scenario: scenario)
        }
        #expect(throws: OutputNameError.badNumber("lots")) { try OutputVocabulary.event("risk.losses > lots", scenario: scenario) }
        #expect(throws: OutputNameError.notATarget("P(central.reserves < 0)")) {
            try OutputVocabulary.target("P(central.reserves < 0)", scenario: scenario)
        }
    }

    @Test func eventsMeasuresAndTargetsRead() throws {
        let event = try OutputVocabulary.event("central.reserves@2028 < 0", scenario: scenario)
        #expect(event.comparison == .below && event.threshold == 0 && event.output.year == .calendar(2028))
        #expect(try OutputVocabulary.event("risk.losses >= £250k", scenario: scenario).threshold == 250_000)
        #expect(try OutputVocabulary.event("trust.reservesPercent < 5%", scenario: scenario).threshold == 0.05)
        let named = try OutputVocabulary.event("any academy in deficit@2027", scenario: scenario)
        #expect(named.output == OutputName(figure: .trust(.academiesInDeficit), year: .calendar(2027)) && named.comparison == .above)
        #expect(try OutputVocabulary.event("trust below target", scenario: scenario).threshold == 0.05)
        #expect(
            try OutputVocabulary.measure("median(trust.reserves)", scenario: scenario)
                == .percentile(0.5, OutputName(figure: .trust(.trustReserves))))
        #expect(
            try OutputVocabulary.measure("P90(risk.losses)", scenario: scenario)
                == .percentile(0.9, OutputName(figure: .trust(.riskLosses))))
        #expect(try OutputVocabulary.measure("trust.reserves", scenario: scenario) == .mean(OutputName(figure: .trust(.trustReserves))))
        let target = try OutputVocabulary.target("P(central.reserves@end < 0) <= 10%", scenario: scenario)
        #expect(target.comparison == .atMost && target.value == 0.1)
        #expect(target.measure == .probability(try OutputVocabulary.event("central.reserves@end < 0", scenario: scenario)))
        #expect(try OutputVocabulary.target("mean(trust.reserves) >= 1.2m", scenario: scenario).value == 1_200_000)
    }
}
