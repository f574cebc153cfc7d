import Reports
import RiskRegister

extension CommandSpec {
    static let registerRollUp = CommandSpec(
        name: "rollup",
        abstract: "Roll academy risks up to the trust register: under-rated trust risks, escalation candidates, themes, heat maps.",
        discussion: """
            For each open trust risk: the board's residual score beside the linked academy risks (how many, \
            the highest and lowest score, the spread, academies above appetite), flagged UNDER-RATED where an \
            academy scores it higher than the board. Then academy risks at or above the escalation threshold \
            with no trust risk, categories open in several academies with no trust risk, and 5x5 heat maps \
            (inherent and residual, trust-wide and per register). Refuses registers with data errors (exit 65).
            """,
        arguments: [.registerPaths],
        options: [.asOf, .format] + OptionSpec.registerInputs,
        run: runRollUp
    )
}

private func runRollUp(_ invocation: Invocation) throws -> ExitCode {
    let asOf = try invocation.asOf()
    let registers = try RegisterInputs(invocation.arguments("path"), in: invocation.environment).load(invocation).requireValid()
    try invocation.print(RollUpReport.report(RollUp(registers), registers: registers, asOf: asOf))
    return .success
}
