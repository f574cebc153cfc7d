import Testing

@testable import Reports
@testable import TrustModel

/// How `compare` (and the pack's options table) writes a difference from the base with its 95%
/// interval: exact, zero, spanning zero, in pounds, in points and in counts.
struct DifferenceWordingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var measure: String
        var value: Double
        var standardError: Double
        var text: String
        var testDescription: String { name }
    }

    static let rows = [
        Row(
            name: "the same in every trial", measure: "mean(trust.reserves@end)", value: 0, standardError: 0,
            text: "no difference (exactly)"),
        // A percentile's difference that float rounding leaves a hair from zero, every trial alike.
        Row(
            name: "a hair from zero in every trial", measure: "median(trust.reserves@end)", value: 4e-10, standardError: 0,
            text: "no difference (exactly)"),
        Row(
            name: "£50,000 in every trial", measure: "mean(trust.reserves@end)", value: 50_000, standardError: 0, text: "+£50.0k (exactly)"),
        Row(
            name: "a count the same in every trial", measure: "mean(academies.count@end)", value: 0, standardError: 0,
            text: "no difference (exactly)"),
        // Watched fail before: "£0 (£0 to £0)".
        Row(name: "zero to the pound", measure: "mean(trust.reserves@end)", value: 0.2, standardError: 0.1, text: "no difference (£0)"),
        Row(
            name: "a chance zero to the place shown", measure: "P(central.reserves@end < 0)", value: 0.000_1, standardError: 0.000_1,
            text: "no difference (0.0 points)"),
        Row(
            name: "equal within the interval", measure: "mean(trust.reserves@end)", value: 10_000, standardError: 8_000,
            text: "+£10.0k (-£5.7k to +£25.7k)"),
        Row(
            name: "lower", measure: "median(trust.reserves@end)", value: -216_000, standardError: 19_000,
            text: "-£216k (-£253k to -£179k)"),
        Row(
            name: "a chance higher", measure: "P(central.reserves@end < 0)", value: 0.039, standardError: 0.001,
            text: "+3.9 points (+3.7 to +4.1)"),
        Row(name: "a count higher", measure: "mean(academies.count@end)", value: 1.64, standardError: 0.02, text: "+1.6 (+1.6 to +1.7)"),
    ]

    @Test(arguments: rows)
    func differenceFromTheBase(_ row: Row) throws {
        let measure = try OutputVocabulary.measure(row.measure, scenario: Constructed.scenario())
        #expect(MeasureWording.difference(Estimate(value: row.value, standardError: row.standardError), for: measure) == row.text)
    }
}
