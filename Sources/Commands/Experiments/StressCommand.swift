import Reports
import TrustModel

/// `matrisk stress`: what would have to go wrong. With `--when`, what the futures where a
/// condition holds have in common and the warning signs before it; with `--find`, the reverse
/// question: the smallest shock to the named inputs that makes an event happen in most futures.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "stress",
        abstract:
            "Reverse stress tests: what the futures where a condition holds have in common, or the smallest shock that makes it likely.",
        discussion: """
            With --when CONDITION (an event, e.g. "central.reserves@any < 0" or "academies.inDeficit@2030 >= 2"), \
            the futures where it holds (the failing futures) are described against all futures: the random inputs most \
            over-represented in them, with their means in both and a lift; the kinds of future where the condition is \
            most common (scenario discovery: boxes of a few input limits, fitted on the even-numbered futures and \
            measured on the odd-numbered ones), each with its coverage (the share of failing futures inside it) and \
            density (the share of futures inside it that fail); and the earliest warning, the first year a watched \
            figure crossed its line before the failure, with the share of other futures where it also crossed (false \
            alarms). Every figure carries its Monte Carlo error.

            With --find CONDITION and --shock INPUT: e.g. how much higher pay awards would have to run for the centre \
            to run out of reserves in most futures: --find "central.reserves@end < 0" --shock economy.payAwardPercent. \
            The shock is one amount added to every input named with --shock, in the input's own units (points for a \
            percentage, pounds for money), so the inputs must share a unit; write PATH:down for an input that falls as \
            the shock grows (the funding uplift: economy.fundingUpliftPercent:down). A distribution keeps its form and \
            its mean moves by exactly the shock, as --set PATH+=x moves it. "Most futures" is judged as solve judges a \
            target: the event's chance is above 50% (or --above) even allowing for Monte Carlo error (one-sided 95%), \
            found by bisection on common random numbers and confirmed on a fresh seed. Without --range the search \
            tries shocks of 1, 2, 4, ... points (for money £10,000, £20,000, ...; for a chance 0.05, 0.1, ...) up to 64 \
            steps (64 points, £640,000), or as far as an input's own rule allows, and bisects between the last two. \
            Exits 1 when no shock in reach does it, when the event is already that likely with no shock, or when the \
            fresh seed does not confirm the answer.
            \(outputVocabularyHelp)
            """)

    @Option(OptionHelp("when", valueName: "condition", help: "The condition to explain, e.g. \"central.reserves@any < 0\"."))
    var when: String?
    @Option(OptionHelp("top", valueName: "n", help: "With --when: how many over-represented inputs to list."), rule: .within(1...1000))
    var top = 10
    @Option(
        OptionHelp(
            "find", valueName: "condition",
            help: "The event to make likely, e.g. \"central.reserves@end < 0\" or \"any academy in deficit@2030\"."))
    var find: String?
    @Option(
        OptionHelp(
            "shock", valueName: "input",
            help: "With --find: an input the shock moves, e.g. economy.payAwardPercent, or economy.fundingUpliftPercent:down (repeatable).")
    )
    var shocks: [String] = []
    @Option(
        OptionHelp(
            "above", valueName: "chance", help: "With --find: the chance the event must be above, e.g. 70% or 0.7.",
            defaultDescription: "50%"))
    var above: ChanceLine?
    @Option(
        OptionHelp(
            "range", valueName: "low..high", help: "With --find: the shocks to search, e.g. 0..5.",
            defaultDescription: "doubling from a first step until the event is likely"))
    var range: SearchRange?
    @Option(
        OptionHelp(
            "tolerance", valueName: "x", help: "With --find: stop when the shock is known this closely.",
            defaultDescription: "a 200th of the range searched"),
        rule: .positive("it must be more than 0"))
    var tolerance: Double?
    @OptionGroup var scenario: ChosenScenarioOptions
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        switch (when, find) {
        case (nil, nil) where !shocks.isEmpty:
            throw UsageError.rule(
                "say what to look for: \($find.flag) \"CONDITION\" with the inputs to shock, e.g. \($find.flag) \"central.reserves@end < 0\" "
                    + "--shock economy.payAwardPercent.")
        case (nil, nil):
            throw UsageError.rule(
                "say what to explain with \($when.flag) CONDITION (e.g. \($when.flag) \"central.reserves@any < 0\"), or what to "
                    + "make likely with \($find.flag) CONDITION and --shock INPUT.")
        case (.some, .some):
            throw UsageError.rule("\($when.flag) and \($find.flag) ask different questions: give one of them.")
        case (.some, nil):
            guard shocks.isEmpty, above == nil, range == nil, tolerance == nil else {
                throw UsageError.rule("--shock, --above, --range and --tolerance go with \($find.flag), not \($when.flag).")
            }
        case (nil, .some):
            guard !shocks.isEmpty else {
                throw UsageError.rule(
                    "\($find.flag) needs the inputs to shock: --shock INPUT, e.g. --shock economy.payAwardPercent (repeatable).")
            }
        }
    }

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        if let when { return try runWhen(when, in: environment) }
        return try runFind(in: environment)
    }
}
