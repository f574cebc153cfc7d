import CSV

/// A register's rows below its header, as the layout holds them: the risks, each with its
/// section and the cells it takes from other rows, and the rows that are not risks (section
/// headings, the header repeated under each, a "Risk rating: 12" row that belongs to the risk above).
struct RegisterRows {
    /// One risk's row.
    struct RiskRow {
        var row: CSVTable.Row
        /// Its section's index in ``RegisterRows/sections``; nil above the first heading.
        var section: Int?
        /// Cells from other rows: a merged grouping cell above it, filled down, or a value
        /// written on a row of its own below it.
        var borrowed: [RiskColumn: CSVCell] = [:]
    }

    private(set) var risks: [RiskRow] = []
    private(set) var sections: [SectionHeading] = []
    /// Header rows repeated under section headings.
    private(set) var repeatedHeaders: [RowPlace] = []
    /// Grouping cells filled from the one above them (a merged cell), by column.
    private(set) var filledDown: [RiskColumn: Int] = [:]
    /// Rows above the header: a title, approval, version or legend block.
    private(set) var skippedAbove: [RowPlace] = []
    /// Rows that give one value to the risk above them.
    private(set) var fieldRows: [RowPlace] = []
    /// The fields given on rows of their own, which the header may lack.
    private(set) var fieldsOnOwnRows: Set<RiskColumn> = []

    init(table: CSVTable, headerIndex: Int, header: HeaderMap<RiskColumn>, policy: RiskPolicy?) {
        let headerKeys = table.rows[headerIndex].cells.map { HeaderName.normalised($0.text) }
        let headerInitials = headerKeys.map { $0.first.map(String.init) }
        let above = table.rows[..<headerIndex].filter { !$0.isBlank }
        skippedAbove = above.map(RowPlace.init)
        if let last = above.last, let cell = Self.onlyCell(last),
            let heading = SectionHeading.heading(cell.text, row: RowPlace(last), requireLabel: true)
        {
            sections.append(heading)
            skippedAbove.removeLast()
        }
        let body = Array(table.rows[(headerIndex + 1)...])
        var lastGrouping: [RiskColumn: CSVCell] = [:]
        // A file with a Register column (matrisk's own export, or one gathering several registers)
        // writes every row in full: a blank there is blank, not a merged cell.
        let grouping: [(field: RiskColumn, position: Int)] =
            header.positions[.register] != nil
            ? [] : RiskColumn.allCases.compactMap { field in field.isGrouping ? header.positions[field].map { (field, $0) } : nil }
        for (offset, row) in body.enumerated() where !row.isBlank {
            if Self.repeats(headerKeys, headerInitials, in: row) {
                repeatedHeaders.append(RowPlace(row))
                continue
            }
            if let only = Self.onlyCell(row) {
                if attach(only, policy: policy) { continue }
                let nextIsHeader =
                    body[(offset + 1)...].first { !$0.isBlank }.map { Self.repeats(headerKeys, headerInitials, in: $0) } ?? false
                if let heading = SectionHeading.heading(only.text, row: RowPlace(row))
                    ?? (nextIsHeader ? SectionHeading(text: only.trimmed, label: nil, row: RowPlace(row)) : nil)
                {
                    sections.append(heading)
                    lastGrouping = [:]
                    continue
                }
            }
            var risk = RiskRow(row: row, section: sections.isEmpty ? nil : sections.count - 1)
            for (field, position) in grouping {
                if let cell = row[field: position], !cell.trimmed.isEmpty {
                    lastGrouping[field] = cell
                } else if let filled = lastGrouping[field] {
                    risk.borrowed[field] = filled
                    filledDown[field, default: 0] += 1
                }
            }
            risks.append(risk)
        }
    }

    /// Takes "Risk rating: 12" on a row of its own as the rating of the risk above it (in the same
    /// section, and only where that risk has no such value yet).
    private mutating func attach(_ cell: CSVCell, policy: RiskPolicy?) -> Bool {
        guard let colon = cell.text.firstIndex(of: ":"), var last = risks.last,
            last.section == (sections.isEmpty ? nil : sections.count - 1),
            let field = HeaderMap<RiskColumn>.field(named: String(cell.text[..<colon]), policy: policy),
            last.borrowed[field] == nil
        else { return false }
        let value = String(cell.text[cell.text.index(after: colon)...])
        guard !CSVCell.trimmed(value).isEmpty else { return false }
        let offset = cell.text.distance(from: cell.text.startIndex, to: colon) + 1
        // In a sheet the cell is the place; in a CSV file, the column where the value starts.
        let column = cell.sheet == nil ? cell.column + offset : cell.column
        last.borrowed[field] = CSVCell(text: value, line: cell.line, column: column, field: cell.field, sheet: cell.sheet)
        risks[risks.count - 1] = last
        fieldRows.append(RowPlace(line: cell.line, sheet: cell.sheet))
        fieldsOnOwnRows.insert(field)
        return true
    }

    /// The row's only non-empty cell, when it has exactly one; or its first, when every filled
    /// cell holds the same text: a cell merged across a workbook's row or a Word table's, whose
    /// value fills the range.
    private static func onlyCell(_ row: CSVTable.Row) -> CSVCell? {
        var found: CSVCell?
        for cell in row.cells where !cell.text.isBlankText {
            guard let first = found else {
                found = cell
                continue
            }
            guard cell.sheet != nil, cell.text == first.text else { return nil }
        }
        return found
    }

    /// True when every filled cell of `row` is the header's cell in that place, and at least two are.
    private static func repeats(_ headerKeys: [String], _ initials: [String?], in row: CSVTable.Row) -> Bool {
        var matches = 0
        for cell in row.cells where !cell.text.isBlankText {
            let index = cell.field - 1
            // Most rows differ from the header in their first letter: no need to normalise them.
            guard index < headerKeys.count, let initial = initials[index],
                cell.text.first(where: { $0.isLetter || $0.isNumber })?.lowercased() == initial,
                headerKeys[index] == HeaderName.normalised(cell.text)
            else { return false }
            matches += 1
        }
        return matches >= 2
    }
}
