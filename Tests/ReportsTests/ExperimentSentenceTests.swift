import JSONDocument
import Testing

@testable import Reports
@testable import TrustModel

/// The conclusions `solve` and `risks` read out, each branch driven by a constructed solution or
/// count: found, moved on by a fresh seed, not confirmed, no value meets; none, one or many
/// mitigations valued.
struct ExperimentSentenceTests {
    struct SolveRow: Sendable, CustomTestStringConvertible {
        var name: String
        var outcome: TargetSolution.Outcome
        var confirmation: Estimate
        var confirmed: Bool
        var firstRefused: Double?
        var uncertainty: Double?
        /// The report's paragraphs, in order.
        var paragraphs: [String]
        var testDescription: String { name }
    }

    static let solveRows = [
        SolveRow(
            name: "found and confirmed", outcome: .found, confirmation: Estimate(value: 0.08, standardError: 0.005), confirmed: true,
            uncertainty: 0.12,
            paragraphs: [
                "The smallest trust.topSlicePercent that meets P(central.reserves@end < 0) <= 10% is 5.70 (±0.12 from Monte Carlo error): there the estimate is 9.0% ±0.4%, within the target even allowing for Monte Carlo error (its one-sided 95% bound).",
                "Confirmed on a fresh seed (99): 8.0% ±0.5%; its one-sided 95% upper bound, 8.82%, meets the target, the rule the search used.",
            ]),
        SolveRow(
            name: "moved on by the fresh seed", outcome: .found, confirmation: Estimate(value: 0.08, standardError: 0.005), confirmed: true,
            firstRefused: 5.5,
            paragraphs: [
                "The smallest trust.topSlicePercent that meets P(central.reserves@end < 0) <= 10% is 5.70: there the estimate is 9.0% ±0.4%, within the target even allowing for Monte Carlo error (its one-sided 95% bound).",
                "The search's first answer, 5.50, was refused on a fresh seed (99): there the estimate is 9.8% ±0.4% and its bound misses the target, so the search went on, on that seed, to the first value that meets the target on both seeds. Confirmed on that seed: 8.0% ±0.5%; its one-sided 95% upper bound, 8.82%, meets the target, the rule the search used.",
            ]),
        SolveRow(
            name: "not confirmed", outcome: .found, confirmation: Estimate(value: 0.099, standardError: 0.004), confirmed: false,
            paragraphs: [
                "The smallest trust.topSlicePercent that meets P(central.reserves@end < 0) <= 10% is 5.70: there the estimate is 9.0% ±0.4%, within the target even allowing for Monte Carlo error (its one-sided 95% bound).",
                "Not confirmed: on a fresh seed (99) the estimate is 9.9% ±0.4%, and its one-sided 95% upper bound, 10.56%, misses the target, the rule the search used; run again with more --trials.",
            ]),
        SolveRow(
            name: "no value meets the target", outcome: .noValueMeets, confirmation: Estimate(value: 0.3, standardError: 0.01),
            confirmed: false,
            paragraphs: [
                "No value of trust.topSlicePercent from 0.00 to 15.00 meets P(central.reserves@end < 0) <= 10%: at 5.70, the best end of the range, the estimate is 9.0% ±0.4%. Widen --range, or ask for a different target."
            ]),
    ]

    @Test(arguments: solveRows)
    func solveSaysWhatItFoundAndHowItWasConfirmed(_ row: SolveRow) throws {
        let scenario = try Constructed.scenario()
        let solution = TargetSolution(
            parameter: try ScenarioParameter(
                resolving: #require(JSONPath(parsing: "trust.topSlicePercent")), in: scenario, source: "s.json"),
            target: try OutputVocabulary.target("P(central.reserves@end < 0) <= 10%", scenario: scenario), range: 0...15, largest: false,
            outcome: row.outcome, value: 5.7, estimate: Estimate(value: 0.09, standardError: 0.004), valueUncertainty: row.uncertainty,
            confirmationSeed: 99, confirmation: row.confirmation, confirmed: row.confirmed,
            firstRefused: row.firstRefused.map { ($0, Estimate(value: 0.098, standardError: 0.004)) },
            evaluations: [(5.7, Estimate(value: 0.09, standardError: 0.004))])
        let paragraphs = SolveReport.make(solution, scenario: scenario).blocks.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs == row.paragraphs)
    }

    struct MitigationRow: Sendable, CustomTestStringConvertible {
        var valued: Int
        var paying: Int
        var sentence: String
        var testDescription: String { "\(paying) of \(valued)" }
    }

    // Watched fail before: "0 of the 0 mitigations in the simulation avoid more loss each year
    // than they cost." and "1 of the 1 mitigations …".
    @Test(arguments: [
        MitigationRow(valued: 0, paying: 0, sentence: "No mitigation takes part in the simulation, so none is valued."),
        MitigationRow(valued: 1, paying: 1, sentence: "The one mitigation in the simulation avoids more loss each year than it costs."),
        MitigationRow(
            valued: 1, paying: 0, sentence: "The one mitigation in the simulation does not avoid more loss each year than it costs."),
        MitigationRow(
            valued: 39, paying: 4, sentence: "4 of the 39 mitigations in the simulation avoid more loss each year than they cost."),
        MitigationRow(valued: 3, paying: 0, sentence: "0 of the 3 mitigations in the simulation avoid more loss each year than they cost."),
    ])
    func risksSaysHowManyMitigationsPay(_ row: MitigationRow) {
        #expect(RiskReport.mitigationSentence(valued: row.valued, paying: row.paying) == row.sentence)
    }
}

/// The pack's sweep conclusion: from which top-slice the centre stays solvent with 90% confidence.
struct SweepSentenceTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        /// The chance of central reserves below zero at 2%, 3%, 4% and 5%.
        var chances: [Double]
        var sentence: String
        var testDescription: String { name }
    }

    static let rows = [
        Row(
            name: "within the limit from 4% on", chances: [0.3, 0.15, 0.08, 0.04],
            sentence:
                "From 4% the chance of central reserves < £0 in 2028/29 is at most 10% (8.0% ± 0.5% there): the centre stays solvent with 90% confidence. matrisk solve finds the value between the steps."
        ),
        Row(
            name: "within the limit everywhere", chances: [0.05, 0.04, 0.03, 0.02],
            sentence:
                "From 2% the chance of central reserves < £0 in 2028/29 is at most 10% (5.0% ± 0.5% there): the centre stays solvent with 90% confidence. matrisk solve finds the value between the steps."
        ),
        // Watched fail before: "From 3% …" although 5% is above the limit again.
        Row(
            name: "within the limit, then above it again", chances: [0.3, 0.08, 0.09, 0.12],
            sentence:
                "The chance of central reserves < £0 in 2028/29 is at most 10% at 3% (8.0% ± 0.5%) but not from any value to the end of the range: at 5% it is 12.0% ± 0.5%."
        ),
        // Watched fail before: "From 3% …" although 4% is above the limit.
        Row(
            name: "dips above the limit in the middle", chances: [0.3, 0.08, 0.11, 0.05],
            sentence:
                "From 5% the chance of central reserves < £0 in 2028/29 is at most 10% (5.0% ± 0.5% there): the centre stays solvent with 90% confidence. matrisk solve finds the value between the steps."
        ),
        Row(
            name: "never within the limit", chances: [0.5, 0.4, 0.3, 0.2],
            sentence: "No value swept keeps the chance central reserves < £0 in 2028/29 at or below 10%."),
    ]

    @Test(arguments: rows)
    func solvency(_ row: Row) throws {
        let scenario = try Constructed.scenario()
        let sweep = ParameterSweep(
            parameter: try ScenarioParameter(
                resolving: #require(JSONPath(parsing: "trust.topSlicePercent")), in: scenario, source: "s.json"),
            values: [2, 3, 4, 5], measures: [try OutputVocabulary.measure("P(central.reserves@end < 0)", scenario: scenario)],
            estimates: row.chances.map { [Estimate(value: $0, standardError: 0.005)] })
        #expect(SweepSection.solvencySentence(sweep, measure: 0, unit: SweepSection.unit(of: sweep), scenario: scenario) == row.sentence)
    }
}
