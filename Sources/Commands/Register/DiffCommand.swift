import Reports
import RiskRegister

/// `matrisk register diff`: what moved between two snapshots of the registers.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "diff",
        abstract: "Compare two snapshots of the registers: risks added and closed, score moves, owner and mitigation changes.",
        discussion: """
            OLD and NEW are each a register file or a folder of them, such as last term's and this term's. \
            Risks are matched by id. Refuses registers with data errors (exit 65).
            """)

    @Argument(ArgumentHelp("old", help: "The earlier snapshot: a register file or folder.")) var old: String
    @Argument(ArgumentHelp("new", help: "The later snapshot: a register file or folder.")) var new: String
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var inputs: RegisterInputOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let options = try inputs.importOptions(in: environment)
        let oldFiles = try RegisterInputs([old], in: environment)
        let newFiles = try RegisterInputs([new], in: environment)
        let before = try oldFiles.load(options: options, in: environment).requireValid()
        let after = try newFiles.load(options: options, in: environment).requireValid()
        let report = DiffReport.report(RegisterDiff(from: before, to: after), old: old, new: new, policy: after.policy)
        try output.deliver(report, inputs: oldFiles.paths + newFiles.paths + [inputs.policy].compactMap { $0 }, in: environment)
        return .success
    }
}
