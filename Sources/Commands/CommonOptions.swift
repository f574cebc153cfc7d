import Reports

/// Options several commands share, spelt and explained the same way everywhere.
extension OptionSpec {
    static let format = OptionSpec(
        long: "format", valueName: "format", help: "How to print the results.",
        defaultDescription: "text", allowedValues: OutputFormat.allCases.map(\.rawValue))

    static let asOf = OptionSpec(
        long: "as-of", valueName: "date",
        help: "The date reviews and actions are judged against, as 2026-11-22 or 22/11/2026.",
        defaultDescription: "today")

    static let policy = OptionSpec(
        long: "policy", valueName: "file",
        help: "The risk policy (appetite, escalation threshold, review intervals) as JSON.",
        defaultDescription: "the policy file among the inputs, else the built-in policy")
}

extension Invocation {
    /// The output format chosen with `--format` (text when not given).
    func outputFormat() throws -> OutputFormat {
        try choice("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    }

    /// Writes a report to standard output in the chosen format.
    func print(_ report: Report) throws {
        environment.standardOutput.write(report.rendered(as: try outputFormat()))
    }
}
