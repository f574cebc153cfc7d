import Reports
import RiskRegister

extension CommandSpec {
    static let registerDiff = CommandSpec(
        name: "diff",
        abstract: "Compare two snapshots of the registers: risks added and closed, score moves, owner and mitigation changes.",
        discussion: """
            OLD and NEW are each a register file or a folder of them, such as last term's and this term's. \
            Risks are matched by id. Refuses registers with data errors (exit 65).
            """,
        arguments: [
            ArgumentSpec(name: "old", help: "The earlier snapshot: a register file or folder."),
            ArgumentSpec(name: "new", help: "The later snapshot: a register file or folder."),
        ],
        options: [.format] + OptionSpec.registerInputs,
        run: runDiff
    )
}

private func runDiff(_ invocation: Invocation) throws -> ExitCode {
    let old = invocation.argument("old")!
    let new = invocation.argument("new")!
    let options = try invocation.registerImportOptions()
    let environment = invocation.environment
    let before = try RegisterInputs([old], in: environment).load(options: options, in: environment).requireValid()
    let after = try RegisterInputs([new], in: environment).load(options: options, in: environment).requireValid()
    try invocation.print(DiffReport.report(RegisterDiff(from: before, to: after), old: old, new: new, policy: after.policy))
    return .success
}
