import CSV

/// Reads the rows of a mitigations (controls and actions) CSV.
struct MitigationRows {
    let table: CSVTable
    let header: HeaderMap<MitigationColumn>
    let source: String

    func read() -> (mitigations: [Mitigation], problems: [Finding]) {
        var mitigations: [Mitigation] = []
        var problems: [Finding] = []
        guard let headerRow = table.header else { return ([], []) }
        for row in table.body where !row.isBlank {
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
}
