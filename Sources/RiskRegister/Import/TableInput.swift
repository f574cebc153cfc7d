import CSV

/// The tables of an input file, each read as whatever its header says it is: a risk register, a
/// mitigations list, or the policy written as a table. A CSV file and a Word document are one
/// table each. Of a workbook, the sheets `--sheet` names are read, or else every sheet whose header
/// is recognised, and the others are listed in a note. Every table goes through the same layout
/// rules, whatever file it came from.
enum TableInput {
    /// Headings (normalised) that name a mitigation's id and could not name a risk's: "Mitigation
    /// ID", "Action ref" and the like, but not a bare "ID" or "Ref".
    private static let mitigationIDHeadings = Set(MitigationColumn.id.aliases).subtracting(RiskColumn.id.aliases)

    /// What one table turned out to be.
    enum Kind {
        case blank
        case policy
        case risks(HeaderRowSearch.Found)
        case mitigations(HeaderRowSearch.Found)
        case unrecognised(RegisterFileError)
    }

    /// The contents of every table of `file` that is read, in order.
    static func read(_ file: TableFile, options: RegisterImportOptions, policy: RiskPolicy?, taken: inout [String: String]) throws
        -> [FileContents]
    {
        let chosen = try file.tables(named: options.sheets)
        let kinds = chosen.map { kind(of: $0.table, source: file.source, policy: policy) }
        let picked = !options.sheets.isEmpty && chosen.contains(where: \.isSheet)
        if picked || chosen.count == 1 {
            // A table asked for by name, or the file's only table, must be one matrisk reads.
            for (table, kind) in zip(chosen, kinds) {
                if case .unrecognised(let error) = kind { throw error }
                if case .blank = kind { throw chosen.count == 1 ? RegisterFileError.empty(source: file.source) : blankSheet(table, file) }
            }
        }
        let readable = zip(chosen, kinds).filter {
            if case .blank = $0.1 { false } else if case .unrecognised = $0.1 { false } else { true }
        }
        guard !readable.isEmpty else {
            if kinds.allSatisfy({ if case .blank = $0 { true } else { false } }) { throw RegisterFileError.empty(source: file.source) }
            throw RegisterFileError.noRegisterSheet(source: file.source, sheets: chosen.map(\.name))
        }
        let riskTables = readable.filter { if case .risks = $0.1 { true } else { false } }.count
        var contents: [FileContents] = []
        for (table, kind) in readable {
            // Several registers in one workbook, one a sheet, are named by their sheets.
            let register = RegisterName.from(fileName: riskTables > 1 && table.isSheet ? table.name : file.source)
            var read = try read(table, kind: kind, file: file, register: register, policy: policy, taken: &taken)
            read.reading.notes.insert(contentsOf: table.notes, at: 0)
            contents.append(read)
        }
        contents[0].reading.notes.insert(contentsOf: file.notes + unreadNote(file, chosen: chosen, kinds: kinds), at: 0)
        return contents
    }

    /// One table read as the register, mitigations list or policy its header shows.
    private static func read(
        _ table: SourceTable, kind: Kind, file: TableFile, register: String, policy: RiskPolicy?, taken: inout [String: String]
    ) throws -> FileContents {
        var read: FileContents
        switch kind {
        case .risks(let found):
            read = try RiskTable(table: table.table, found: found, source: file.source, defaultRegister: register, policy: policy)
                .read(taken: &taken)
        case .mitigations(let found):
            let mitigations = try MitigationRows(
                table: table.table, headerIndex: found.index, header: found.mitigations, source: file.source)
            let rows = mitigations.read()
            read = FileContents(
                mitigations: rows.mitigations, problems: rows.problems, reading: mitigations.reading(count: rows.mitigations.count))
        case .policy:
            var reading = FileReading(source: file.source, kind: .policy)
            reading.policy = JSONInputs.describe(try PolicyTable.read(table.table, source: file.source))
            read = FileContents(reading: reading)
        case .blank, .unrecognised:
            read = FileContents(reading: FileReading(source: file.source, kind: .risks))
        }
        if file.kind == .csv {
            read.reading.delimiter = table.table.delimiter
            read.reading.windows1252 = table.windows1252
        } else {
            read.reading.sheet = table.name
        }
        return read
    }

    /// What a table's header says it is.
    static func kind(of table: CSVTable, source: String, policy: RiskPolicy?) -> Kind {
        guard !table.rows.allSatisfy(\.isBlank) else { return .blank }
        if PolicyTable.recognises(table) { return .policy }
        let first = table.rows.first { !$0.isBlank }
        let start = first.map { row in SourceLocation(file: source, line: row.line, column: 1, sheet: row.sheet) }
        let place = start ?? SourceLocation(file: source, line: 1, column: 1)
        guard let found = HeaderRowSearch.find(in: table, policy: policy) else {
            return .unrecognised(.unrecognised(at: place, headers: first?.cells.map(\.trimmed).filter { !$0.isEmpty } ?? []))
        }
        if isMitigations(found, table: table) { return .mitigations(found) }
        let risks = found.risks
        let speaksOfRisks =
            [RiskColumn.id, .title, .description, .rating, .rag, .controls].contains { risks.positions[$0] != nil }
            || risks.positions.keys.contains { $0.pair != nil }
        guard speaksOfRisks else {
            return .unrecognised(.unrecognised(at: place, headers: table.rows[found.index].cells.map(\.trimmed).filter { !$0.isEmpty }))
        }
        return .risks(found)
    }

    /// A mitigations file has a column of risk ids, and a mitigation id or a status, and no scores.
    private static func isMitigations(_ found: HeaderRowSearch.Found, table: CSVTable) -> Bool {
        let scores = found.risks.positions.keys.contains { $0.pair != nil }
        let names = table.rows[found.index].cells.contains { mitigationIDHeadings.contains(HeaderName.normalised($0.text)) }
        return !scores && found.mitigations.positions[.risks] != nil && (names || found.mitigations.positions[.status] != nil)
    }

    /// A sheet asked for with `--sheet` that holds nothing.
    private static func blankSheet(_ table: SourceTable, _ file: TableFile) -> RegisterFileError {
        .unrecognised(at: SourceLocation(file: file.source, line: 1, column: 1, sheet: .sheet(table.name)), headers: [])
    }

    /// The note naming a workbook's sheets that were not read (blank sheets left unsaid).
    private static func unreadNote(_ file: TableFile, chosen: [SourceTable], kinds: [Kind]) -> [ImportNote] {
        let unread = zip(chosen, kinds).compactMap { table, kind -> String? in
            if case .unrecognised = kind { return table.name }
            return nil
        }
        guard !unread.isEmpty else { return [] }
        let sheets = "the sheet\(unread.count == 1 ? "" : "s") \(RegisterFileError.listed(unread)) \(unread.count == 1 ? "is" : "are")"
        return [
            ImportNote(
                at: .wholeFile(file.source),
                "\(sheets) not read: no register, mitigations or policy header was found in \(unread.count == 1 ? "it" : "them"). To read a sheet, name it with --sheet (and its columns in the policy if need be)."
            )
        ]
    }
}
