import Foundation
import Testing
import TrustModel

@testable import Reports

/// The decision in words, from comparisons whose differences are set by hand (one option clearly
/// worse, every option within its intervals, ties) and from a real run of identical options.
struct DecisionWordingTests {
    /// The command tests' small scenario (read, not changed): its years and names are what the sentences use.
    static func load() throws -> LoadedScenario {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = ScenarioFiles(read: { [UInt8](try Data(contentsOf: root.appendingPathComponent($0))) }, list: { _ in [] })
        return try ScenarioLoader.load(
            path: "Tests/CommandsTests/Fixtures/scenarios/small.json", files: files, settings: RunSettings(trials: 200))
    }

    static func comparison(_ differences: [[Estimate]], names: [String]) throws -> ScenarioComparison {
        let scenario = try load().base
        let result = try Simulation.run(scenario, registers: nil, threads: 1)
        let measures = try ScenarioComparison.decisionMeasureNames.map { try OutputVocabulary.measure($0, scenario: scenario) }
        let zero = measures.map { _ in Estimate(value: 0, standardError: 0) }
        return ScenarioComparison(
            entries: names.map { ScenarioComparison.Entry(name: $0, result: result) }, measures: measures,
            estimates: names.map { _ in zero }, differences: [zero] + differences)
    }

    func e(_ value: Double, _ standardError: Double) -> Estimate { Estimate(value: value, standardError: standardError) }

    @Test func anOptionClearlyWorseIsSaidWithItsSizeAndError() throws {
        let worse = [e(0.366, 0.006), e(0.01, 0.02), e(0.02, 0.02), e(-1_900_000, 50_000), e(0.3, 0.01)]
        let close = [e(0.004, 0.005), e(-0.01, 0.02), e(0.01, 0.02), e(-10_000, 20_000), e(0, 0.01)]
        let c = try Self.comparison([worse, close], names: ["base", "grow-to-12", "grow-to-5"])
        #expect(
            DecisionWording.sentence(c)
                == "Compared with the base, grow-to-12 makes it 36.6 points more likely (±0.6 points) that the centre runs out of reserves "
                + "in some year and leaves trust reserves in 2028/29 £1.90m lower (±£50.0k); grow-to-5 is within the base's intervals on every measure."
        )
        // Where grow-to-12 cannot be told from the base, the page says so; grow-to-5 is said in the sentence.
        #expect(
            DecisionWording.closeCalls(c) == [
                "grow-to-12 and the base are too close to tell apart on the chance an academy spends more than its income "
                    + "(an in-year deficit) in 2028/29 and the chance an academy is in cumulative deficit (reserves below £0) in 2028/29: "
                    + "the paired 95% interval of the difference includes zero, so on these the choice rests on other grounds."
            ])
    }

    @Test func optionsAllWithinTheirIntervalsAreSaidTogether() throws {
        let a = [e(0.01, 0.01), e(-0.01, 0.02), e(0, 0.02), e(5_000, 20_000), e(0.002, 0.003)]
        let c = try Self.comparison([a, a], names: ["base", "slice-4", "slice-6"])
        #expect(
            DecisionWording.sentence(c) == "Compared with the base, slice-4 and slice-6 are within the base's intervals on every measure.")
        #expect(DecisionWording.closeCalls(c).isEmpty)
    }

    @Test func tiesAreTheSameInEveryFutureAndAnExactDifferenceIsNotClose() throws {
        let zero = Array(repeating: e(0, 0), count: 5)
        let exact = [e(0, 0), e(0, 0), e(0, 0), e(-12_000, 0), e(0, 0)]
        let c = try Self.comparison([zero, exact], names: ["base", "same", "fee"])
        #expect(
            DecisionWording.sentence(c)
                == "Compared with the base, fee leaves trust reserves in 2028/29 £12.0k lower; same gives the same figures as the base in every future."
        )
        #expect(DecisionWording.isClose(e(0, 0)) && !DecisionWording.isClose(e(-12_000, 0)) && DecisionWording.isClose(e(0.01, 0.01)))
        #expect(DecisionWording.closeCalls(c).first?.contains("fee and the base agree exactly, future by future, on the chance") == true)
    }

    @Test func identicalOptionsRunOnTheSameFuturesAreTheSame() throws {
        let loaded = try Self.load()
        let measures = try ScenarioComparison.decisionMeasureNames.map { try OutputVocabulary.measure($0, scenario: loaded.base) }
        let c = try ScenarioComparison.run(
            [("base", loaded.base, nil), ("same", try loaded.scenario(variant: "same"), nil)], measures: measures, threads: 2)
        #expect(DecisionWording.sentence(c) == "Compared with the base, same gives the same figures as the base in every future.")
    }
}
