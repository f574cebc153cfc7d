import JSONDocument
import Reports
import TrustModel

extension OptionSpec {
    static let parameter = OptionSpec(
        long: "param", valueName: "path", help: "The scenario field to vary, e.g. trust.topSlicePercent.")
    static let metric = OptionSpec(
        long: "metric", valueName: "measure",
        help: "A measure to report, e.g. \"P(central.reserves@end < 0)\" or \"mean(trust.reserves@2029)\" (repeatable).",
        defaultDescription: "the chances of central reserves below £0 and of an academy deficit, and mean trust and central reserves",
        repeatable: true)
    static let variant = OptionSpec(long: "variant", valueName: "name", help: "Use one of the scenario's variants instead of its base.")
}

extension OutputNameError: ReportableError {
    var exitCode: ExitCode { .usage }
}

extension Invocation {
    /// `--param` as a JSON path.
    func parameterPath() throws -> JSONPath {
        let text = try requiredOption("param")
        guard let path = JSONPath(parsing: text) else {
            throw invalid(text, for: "param", reason: "write a field path such as trust.topSlicePercent")
        }
        return path
    }

    /// `--metric` values (or `defaults`) read against `scenario`.
    func measures(for scenario: Scenario, defaults: [String]) throws -> [Measure] {
        let texts = options("metric").isEmpty ? defaults : options("metric")
        return try texts.map { try OutputVocabulary.measure($0, scenario: scenario) }
    }

    /// The scenario (or the `--variant` of it) a command works on.
    func chosenScenario(_ loaded: LoadedScenario) throws -> Scenario {
        try option("variant").map { try loaded.scenario(variant: $0) } ?? loaded.base
    }

    /// A number option that must be given.
    func requiredNumber(_ long: String) throws -> Double {
        guard let value = try number(long) else { throw missing(long) }
        return value
    }
}

/// The help paragraph every experiment shows: the output vocabulary.
let outputVocabularyHelp = "OUTPUT NAMES: " + OutputVocabulary.helpText
