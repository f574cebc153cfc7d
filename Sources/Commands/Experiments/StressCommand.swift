import Reports
import TrustModel

/// `matrisk stress`: what would have to go wrong for a condition to hold.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "stress",
        abstract: "Reverse stress test: what the futures where a condition holds have in common, and the warning signs.",
        discussion: """
            With --when CONDITION (an event, e.g. "central.reserves@any < 0" or "academies.inDeficit@2030 >= 2"), \
            the futures where it holds (the failing futures) are described against all futures: the random inputs most \
            over-represented in them, with their means in both and a lift; the kinds of future where the condition is \
            most common (scenario discovery: boxes of a few input limits, fitted on the even-numbered futures and \
            measured on the odd-numbered ones), each with its coverage (the share of failing futures inside it) and \
            density (the share of futures inside it that fail); and the earliest warning, the first year a watched \
            figure crossed its line before the failure, with the share of other futures where it also crossed (false \
            alarms). Every figure carries its Monte Carlo error.
            \(outputVocabularyHelp)
            """)

    @Option(OptionHelp("when", valueName: "condition", help: "The condition to explain, e.g. \"central.reserves@any < 0\"."))
    var when: String?
    @Option(OptionHelp("top", valueName: "n", help: "How many over-represented inputs to list."), rule: .within(1...1000)) var top = 10
    @OptionGroup var scenario: ChosenScenarioOptions
    @OptionGroup var output: TableOutputOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        if let when { return try runWhen(when, in: environment) }
        throw UsageError.rule("say what to explain with \($when.flag) CONDITION, e.g. \($when.flag) \"central.reserves@any < 0\".")
    }
}
