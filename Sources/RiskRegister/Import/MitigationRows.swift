import CSV

/// Reads the rows of a mitigations (controls and actions) CSV.
struct MitigationRows {
    let table: CSVTable
    let headerIndex: Int
    let header: HeaderMap<MitigationColumn>
    let source: String

    init(table: CSVTable, headerIndex: Int, header: HeaderMap<MitigationColumn>, source: String) throws {
        self.table = table
        self.headerIndex = headerIndex
        self.header = header
        self.source = source
        let headerRow = table.rows[headerIndex]
        if let clash = header.clashes.first {
            throw RegisterFileError.duplicateColumn(
                at: SourceLocation(file: source, cell: clash.second), field: clash.field.heading.lowercased(), first: clash.first.trimmed,
                second: clash.second.trimmed)
        }
        if let missing = header.missing.first {
            throw RegisterFileError.missingColumn(
                header: SourceLocation(file: source, row: headerRow), kind: "mitigations file", column: missing.heading,
                nearest: header.nearestHeader(for: missing).map { RegisterFileError.Nearest(source: source, cell: $0) })
        }
    }

    func read() -> (mitigations: [Mitigation], problems: [Finding]) {
        var mitigations: [Mitigation] = []
        var problems: [Finding] = []
        let headerRow = table.rows[headerIndex]
        for row in table.rows[(headerIndex + 1)...] where !row.isBlank {
            var reader = RowReader(row: row, header: header, headerRow: headerRow, source: source)
            let id = reader.id(.id, noun: "mitigation")
            let subject: String? = id.isEmpty ? nil : id
            let risks = reader.idList(.risks)
            if risks.isEmpty {
                reader.report(
                    .missingValue, .risks, "\(reader.columnName(.risks)) is empty; name the risk ids this mitigation treats.",
                    subject: subject)
            }
            let statusText = reader.text(.status)
            let status = reader.choice(.status, Synonyms.mitigationStatus, listed: Synonyms.mitigationStatusListed, subject: subject)
            if statusText.isEmpty {
                reader.report(
                    .missingValue, .status,
                    "\(reader.columnName(.status)) is empty; use one of \(Synonyms.mitigationStatusListed.joined(separator: ", ")).",
                    subject: subject)
            }
            var mitigation = Mitigation(
                id: id, risks: risks, title: reader.text(.title), owner: reader.text(.owner), status: status ?? .planned)
            mitigation.due = reader.date(.due, subject: subject)
            mitigation.probabilityReductionPercent = reader.percent(.probabilityReductionPercent, subject: subject)
            mitigation.impactReductionPercent = reader.percent(.impactReductionPercent, subject: subject)
            mitigation.oneOffCost = reader.money(.oneOffCost, subject: subject)
            mitigation.annualCost = reader.money(.annualCost, subject: subject)
            mitigation.origin = Origin(location: reader.location, cells: reader.cells)
            problems += reader.problems
            mitigations.append(mitigation)
        }
        return (mitigations, problems)
    }

    /// How the file was read, for `register import`.
    func reading(count: Int) -> FileReading {
        var reading = FileReading(source: source, kind: .mitigations)
        let headerRow = table.rows[headerIndex]
        reading.header = RowPlace(headerRow)
        reading.skipped = table.rows[..<headerIndex].filter { !$0.isBlank }.map(RowPlace.init)
        var fieldAt: [Int: MitigationColumn] = [:]
        for (field, position) in header.positions { fieldAt[position] = field }
        reading.columns = headerRow.cells.enumerated().compactMap { position, cell in
            let text = FileReading.oneLine(cell.trimmed)
            guard !text.isEmpty || fieldAt[position] != nil else { return nil }
            return FileReading.Column(
                letters: CSVCell.letters(forField: position + 1), header: text, readAs: fieldAt[position]?.heading.lowercased(),
                note: fieldAt[position] == nil ? "not a column matrisk reads" : nil)
        }
        reading.mitigations = count
        return reading
    }
}
