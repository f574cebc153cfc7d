import CSV

/// A CSV input read as whatever its header says it is: a risk register or a mitigations file.
enum CSVInput {
    /// Headings (normalised) that name a mitigation's id and could not name a risk's: "Mitigation
    /// ID", "Action ref" and the like, but not a bare "ID" or "Ref".
    private static let mitigationIDHeadings = Set(MitigationColumn.id.aliases).subtracting(RiskColumn.id.aliases)

    static func read(_ source: RegisterSource, options: RegisterImportOptions, policy: RiskPolicy?, taken: inout [String: String]) throws
        -> FileContents
    {
        let decoded = try SourceTable.read(source, options: options)
        let table = decoded.table
        guard !table.rows.allSatisfy(\.isBlank) else { throw RegisterFileError.empty(source: source.name) }
        let found = try header(of: table, source: source.name, policy: policy)
        var read: FileContents
        if isMitigations(found, table: table) {
            let mitigations = try MitigationRows(table: table, headerIndex: found.index, header: found.mitigations, source: source.name)
            let rows = mitigations.read()
            read = FileContents(
                mitigations: rows.mitigations, problems: rows.problems, reading: mitigations.reading(count: rows.mitigations.count))
        } else {
            let register = RegisterName.from(fileName: source.name)
            read = try RiskTable(table: table, found: found, source: source.name, defaultRegister: register, policy: policy)
                .read(taken: &taken)
        }
        read.reading.delimiter = table.delimiter
        read.reading.windows1252 = decoded.windows1252
        if decoded.windows1252 { read.reading.notes.insert(SourceTable.windows1252Note(source.name), at: 0) }
        return read
    }

    /// The header row, or an error naming what the file's first row holds when no row looks
    /// like a register's or a mitigation list's header.
    private static func header(of table: CSVTable, source: String, policy: RiskPolicy?) throws -> HeaderRowSearch.Found {
        let first = table.rows.first { !$0.isBlank }
        let headers = first?.cells.map(\.trimmed).filter { !$0.isEmpty } ?? []
        guard let found = HeaderRowSearch.find(in: table, policy: policy) else {
            throw RegisterFileError.unrecognised(source: source, headers: headers)
        }
        let risks = found.risks
        let speaksOfRisks =
            [RiskColumn.id, .title, .description, .rating, .rag, .controls].contains { risks.positions[$0] != nil }
            || risks.positions.keys.contains { $0.pair != nil }
        guard speaksOfRisks || isMitigations(found, table: table) else {
            throw RegisterFileError.unrecognised(
                source: source, headers: table.rows[found.index].cells.map(\.trimmed).filter { !$0.isEmpty })
        }
        return found
    }

    /// A mitigations file has a column of risk ids, and a mitigation id or a status, and no scores.
    private static func isMitigations(_ found: HeaderRowSearch.Found, table: CSVTable) -> Bool {
        let scores = found.risks.positions.keys.contains { $0.pair != nil }
        let names = table.rows[found.index].cells.contains { mitigationIDHeadings.contains(HeaderName.normalised($0.text)) }
        return !scores && found.mitigations.positions[.risks] != nil && (names || found.mitigations.positions[.status] != nil)
    }
}
