import Reports
import RiskRegister

/// `matrisk register rollup`: academy risks rolled up to the trust register.
struct RollUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "rollup",
        abstract: "Roll academy risks up to the trust register: under-rated trust risks, escalation candidates, themes, heat maps.",
        discussion: """
            For each open trust risk: the board's residual score beside the linked academy risks (how many, \
            the highest and lowest score, the spread, academies above appetite), flagged UNDER-RATED where an \
            academy scores it higher than the board. Then academy risks at or above the escalation threshold \
            with no trust risk, categories open in several academies with no trust risk, and 5x5 heat maps \
            (inherent and residual, trust-wide and per register). Refuses registers with data errors (exit 65).
            """)

    @OptionGroup var review: RegisterReviewOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let (load, asOf, files) = try review.load(in: environment)
        let registers = try load.requireValid()
        try review.output.deliver(RollUpReport.report(RollUp(registers), registers: registers, asOf: asOf), inputs: files, in: environment)
        return .success
    }
}
