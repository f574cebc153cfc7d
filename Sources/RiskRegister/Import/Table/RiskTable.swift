import CSV

/// A register's table read into risks: the rows its layout holds, each scored on the register's
/// own scale, its free-text controls and actions made mitigations, ids made where it has none.
struct RiskTable {
    let headerRow: CSVTable.Row
    let header: HeaderMap<RiskColumn>
    let rows: RegisterRows
    let scores: ScoreLayout
    let source: String
    let defaultRegister: String
    let policy: RiskPolicy?
    /// The likelihood and impact scales the cells show, for registers the policy does not name.
    let detected: (likelihood: AxisReading, impact: AxisReading)
    /// Which of the columns most registers lack this one has, looked up once rather than per row.
    let optional: OptionalColumns

    /// The columns of real layouts that matrisk's own files rarely have.
    struct OptionalColumns {
        var subcategory, scale, controls, actions, actionOwner, actionDue, actionDone: Bool

        init(_ header: HeaderMap<RiskColumn>) {
            subcategory = header.positions[.subcategory] != nil
            scale = header.positions[.scale] != nil
            controls = header.positions[.controls] != nil
            actions = header.positions[.actions] != nil
            actionOwner = header.positions[.actionOwner] != nil
            actionDue = header.positions[.actionDue] != nil
            actionDone = header.positions[.actionDone] != nil
        }
    }

    init(table: CSVTable, found: HeaderRowSearch.Found, source: String, defaultRegister: String, policy: RiskPolicy?) throws {
        headerRow = table.rows[found.index]
        header = found.risks
        if let clash = header.clashes.first {
            throw RegisterFileError.duplicateColumn(
                at: SourceLocation(file: source, cell: clash.second), field: clash.field.heading.lowercased(), first: clash.first.trimmed,
                second: clash.second.trimmed)
        }
        rows = RegisterRows(table: table, headerIndex: found.index, header: header, policy: policy)
        scores = try ScoreLayout(header: header, alsoOnOwnRows: rows.fieldsOnOwnRows, place: SourceLocation(file: source, row: headerRow))
        self.source = source
        self.defaultRegister = defaultRegister
        self.policy = policy
        detected = RiskTable.detect(rows: rows, header: header, scores: scores)
        optional = OptionalColumns(header)
    }

    /// What the file's cells say about its scales: every cell of each axis's columns, and the
    /// words of pairs written in the rating column ("Possible x severe").
    private static func detect(rows: RegisterRows, header: HeaderMap<RiskColumn>, scores: ScoreLayout) -> (AxisReading, AxisReading) {
        var likelihood = AxisReading.Tally()
        var impact = AxisReading.Tally()
        for risk in rows.risks {
            for column in scores.likelihoodColumns {
                if let cell = header.positions[column].flatMap({ risk.row[field: $0] }) { likelihood.add(cell.text) }
            }
            for column in scores.impactColumns {
                if let cell = header.positions[column].flatMap({ risk.row[field: $0] }) { impact.add(cell.text) }
            }
            guard let rating = scores.rating else { continue }
            let cell = header.positions[rating].flatMap { risk.row[field: $0] }
            let text = (cell?.trimmed.isEmpty ?? true) ? risk.borrowed[rating]?.text : cell?.text
            if let text, case .pair(let l, let i, _) = RatingCell.read(text) {
                if case .word(let word) = l { likelihood.add(word) }
                if case .word(let word) = i { impact.add(word) }
            }
        }
        let hint = { (columns: [RiskColumn]) in columns.compactMap { header.pointsHints[$0] }.first }
        return (
            AxisReading.detect(cells: likelihood, likelihood: true, policy: nil, headerPoints: hint(scores.likelihoodColumns)),
            AxisReading.detect(cells: impact, likelihood: false, policy: nil, headerPoints: hint(scores.impactColumns))
        )
    }

    /// The scales a register's rows are read on: the policy's for that register, else the file's.
    func axes(forRegister register: String) -> (likelihood: AxisReading, impact: AxisReading) {
        guard let named = policy?.scale(forRegister: register) else { return detected }
        return (
            AxisReading.detect(cells: AxisReading.Tally(), likelihood: true, policy: named.likelihood, headerPoints: nil),
            AxisReading.detect(cells: AxisReading.Tally(), likelihood: false, policy: named.impact, headerPoints: nil)
        )
    }

    /// True when the file has the column (or gives the field on rows of its own).
    func has(_ field: RiskColumn) -> Bool {
        header.positions[field] != nil || rows.fieldsOnOwnRows.contains(field)
    }
}
