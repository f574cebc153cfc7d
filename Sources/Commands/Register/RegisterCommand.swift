extension CommandSpec {
    /// `matrisk register`: the risk group's commands.
    static let register = CommandSpec(
        group: CommandConfiguration(
            name: "register",
            abstract: "Check, roll up, compare and export the trust's risk registers.",
            discussion: """
                A trust keeps its own register and one per academy, in their own layouts: Excel or LibreOffice \
                workbooks (.xlsx, .ods), tables in Word documents (.docx), or CSV files saved from a spreadsheet, with \
                a mitigations list and a policy (appetite, escalation threshold, RAG bands) in JSON. Give the files, or \
                the folder that holds them: each is recognised by its columns, not its name, and register import shows \
                how each was read. Tables can be written as a workbook too (--format xlsx -o FILE.xlsx).
                """,
            subcommands: [
                CommandSpec(ImportCommand.self), CommandSpec(CheckCommand.self), CommandSpec(RollUpCommand.self),
                CommandSpec(DiffCommand.self), CommandSpec(HeatMapCommand.self), CommandSpec(ExportCommand.self),
            ]))
}
