import Reports
import RiskRegister

/// `matrisk register check`: the registers' data errors and governance gaps.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "check",
        abstract: "Check registers for bad data and governance gaps, each finding with its file and line.",
        discussion: """
            Prints each finding as file:line[:column]: severity: sentence, sorted by file and line, then a count. \
            Exits 1 when there is any error, 0 when there are only warnings or none.

            Errors (the register is wrong or contradicts itself):
              invalid-value            a score outside 1-5, a word for a number, no such day
              missing-value            an empty id, score or status
              duplicate-id             one risk or mitigation id used twice
              unknown-risk             a link to a risk on no register
              roll-up-loop             trust risk links that go round in a loop
              unknown-mitigation       a link to a mitigation in no mitigations file
              residual-above-inherent  residual score above the inherent score
              score-mismatch           a combined score that is not likelihood x impact
              red-without-mitigation   an open red risk with no live mitigation
            Warnings (governance to follow up):
              unevidenced-reduction    residual below inherent, no mitigation in place
              above-appetite           residual above the board's appetite
              review-overdue           next review date passed (else the interval)
              missing-owner            an open risk with no owner
              mitigation-past-due      planned or in progress, past its due date
              closed-risk-linked       a live link to a closed risk
            """)

    @OptionGroup var review: RegisterReviewOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let (load, asOf, files) = try review.load(in: environment)
        let findings = (load.problems + RegisterCheck(load.registers, asOf: asOf).findings()).sorted()
        let report = CheckReport.report(findings: findings, registers: load.registers, fileCount: load.fileCount, asOf: asOf)
        try review.output.deliver(report, inputs: files, in: environment)
        return findings.contains { $0.severity == .error } ? .failure : .success
    }
}
