import Reports
import TrustModel

/// `matrisk stress`: what would have to go wrong. With `--find`, the reverse question: the
/// smallest shock to the named inputs that makes an event happen in most futures.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "stress",
        abstract: "Reverse stress tests: the smallest shock to some inputs that makes an event happen in most futures.",
        discussion: """
            E.g. how much higher pay awards would have to run for the centre to run out of reserves in most futures: \
            --find "central.reserves@end < 0" --shock economy.payAwardPercent. The shock is one amount added to every \
            input named with --shock, in the input's own units (points for a percentage, pounds for money), so the \
            inputs must share a unit; write PATH:down for an input that falls as the shock grows (the funding uplift: \
            economy.fundingUpliftPercent:down). A distribution keeps its form and its mean moves by exactly the shock, \
            as --set PATH+=x moves it. "Most futures" is judged as solve judges a target: the event's chance is above \
            50% (or --above) even allowing for Monte Carlo error (one-sided 95%), found by bisection on common random \
            numbers and confirmed on a fresh seed. Without --range the search tries shocks of 1, 2, 4, ... points (for \
            money £10,000, £20,000, ...; for a chance 0.05, 0.1, ...) up to 64 steps (64 points, £640,000), or as far \
            as an input's own rule allows, and bisects between the last two. Exits 1 when no shock in reach does it, \
            when the event is already that likely with no shock, or when the fresh seed does not confirm the answer.
            \(outputVocabularyHelp)
            """)

    @Option(
        OptionHelp(
            "find", valueName: "condition",
            help: "The event to make likely, e.g. \"central.reserves@end < 0\" or \"any academy in deficit@2030\"."))
    var find: String?
    @Option(
        OptionHelp(
            "shock", valueName: "input",
            help: "An input the shock moves, e.g. economy.payAwardPercent, or economy.fundingUpliftPercent:down (repeatable)."))
    var shocks: [String] = []
    @Option(
        OptionHelp(
            "above", valueName: "chance", help: "The chance the event must be above, e.g. 70% or 0.7.", defaultDescription: "50%"))
    var above: ChanceLine?
    @Option(
        OptionHelp(
            "range", valueName: "low..high", help: "The shocks to search, e.g. 0..5.",
            defaultDescription: "doubling from a first step until the event is likely"))
    var range: SearchRange?
    @Option(
        OptionHelp(
            "tolerance", valueName: "x", help: "Stop when the shock is known this closely.",
            defaultDescription: "a 200th of the range searched"),
        rule: .positive("it must be more than 0"))
    var tolerance: Double?
    @OptionGroup var scenario: ChosenScenarioOptions
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        guard find != nil else {
            throw UsageError.rule(
                "say what to look for: --find \"CONDITION\" with the inputs to shock, e.g. --find \"central.reserves@end < 0\" "
                    + "--shock economy.payAwardPercent.")
        }
        guard !shocks.isEmpty else {
            throw UsageError.rule("--find needs the inputs to shock: --shock INPUT, e.g. --shock economy.payAwardPercent (repeatable).")
        }
    }

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        try runFind(in: environment)
    }
}
