extension CommandSpec {
    /// `matrisk register`: the risk group's commands.
    static let register = CommandSpec(
        group: CommandConfiguration(
            name: "register",
            abstract: "Check, roll up, compare and export the trust's risk registers.",
            discussion: """
                A trust keeps its own register and one per academy, as CSV files saved from a spreadsheet in their \
                own layouts, with a mitigations file and a policy (appetite, escalation threshold, RAG bands) in JSON. \
                Give the files, or the folder that holds them: each is recognised by its columns, not its name, and \
                register import shows how each was read.
                """,
            subcommands: [
                CommandSpec(ImportCommand.self), CommandSpec(CheckCommand.self), CommandSpec(RollUpCommand.self),
                CommandSpec(DiffCommand.self), CommandSpec(HeatMapCommand.self), CommandSpec(ExportCommand.self),
            ]))
}
