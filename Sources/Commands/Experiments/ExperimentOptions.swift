import Foundation
import JSONDocument
import Reports
import TrustModel

extension OptionHelp {
    static let parameter = OptionHelp("param", valueName: "path", help: "The scenario field to vary, e.g. trust.topSlicePercent.")

    static let metric = OptionHelp(
        "metric", valueName: "measure",
        help: "A measure to report, e.g. \"P(central.reserves@end < 0)\" or \"mean(trust.reserves@2029)\" (repeatable).",
        defaultDescription: "the chances of central reserves below £0 and of an academy deficit, and mean trust and central reserves")

    /// `report`'s `--metric`: the measures of the decision page.
    static let decisionMetric = OptionHelp(
        "metric", valueName: "measure",
        help: "A measure for the decision page, in compare's words, e.g. \"P(central.reserves@any < 0)\" (repeatable).",
        defaultDescription: "the chance the centre runs out of reserves in any year; at the end, the chances of an academy in in-year "
            + "and in cumulative deficit, trust reserves and the chance they are below the trust's target")
}

extension JSONPath: ExpressibleByArgument {
    /// A field path such as `trust.topSlicePercent` or `academies[0].pupils`.
    init(argument: String) throws(InvalidArgument) {
        guard let path = JSONPath(parsing: argument) else { throw InvalidArgument("write a field path such as trust.topSlicePercent") }
        self = path
    }
}

/// Names given as one comma-separated word (`--variants a,b`), spaces around them ignored.
struct NameList: ExpressibleByArgument, Equatable {
    var names: [String]

    init(argument: String) throws(InvalidArgument) {
        names = argument.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension OutputNameError: ReportableError {
    var exitCode: ExitCode { .usage }
}

extension Array where Element == String {
    /// `--metric` values read against `scenario`, or `defaults` when none was given.
    func measures(for scenario: Scenario, defaults: [String]) throws -> [Measure] {
        try (isEmpty ? defaults : self).map { try OutputVocabulary.measure($0, scenario: scenario) }
    }
}

/// The help paragraph every experiment shows: the output vocabulary.
let outputVocabularyHelp = "OUTPUT NAMES: " + OutputVocabulary.helpText
