/// The table files among the inputs (CSV files, workbooks, Word documents), each read once
/// before any is interpreted, so that a policy written as a table (a workbook's Policy sheet)
/// applies to every register, as a JSON policy does, whatever order the files come in. A file
/// that cannot be read keeps its error for its turn.
struct TableInputs {
    private var files: [Int: Result<TableFile, any Error>] = [:]
    /// The policy written as a table, if a file holds one.
    private(set) var policy: RiskPolicy?

    /// Reads every file that is not JSON; `policyFile` is the JSON policy among the inputs, if any.
    init(_ sources: [RegisterSource], options: RegisterImportOptions, policyFile: String?) {
        var policySource = policyFile
        for (index, source) in sources.enumerated() where !JSONInputs.isJSON(source) {
            files[index] = Result {
                let file = try TableFile.read(bytes: source.bytes, source: source.name, options: options.tableOptions)
                for table in try file.tables(named: options.sheets) where PolicyTable.recognises(table.table) {
                    if let first = policySource {
                        let header = table.table.rows.first { !$0.isBlank }
                        throw RegisterFileError.severalPolicies(
                            first: first, second: header.map { SourceLocation(file: source.name, row: $0) } ?? .wholeFile(source.name))
                    }
                    policy = try PolicyTable.read(table.table, source: source.name)
                    policySource = source.name
                }
                return file
            }
        }
    }

    /// The file at `index` when it is a table file (throwing what reading it threw), nil when it is JSON.
    func file(at index: Int) throws -> TableFile? {
        try files[index]?.get()
    }
}
