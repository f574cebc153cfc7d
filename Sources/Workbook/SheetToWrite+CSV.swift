import CSV

extension SheetToWrite {
    /// A sheet of the same rows a CSV file would hold (the first row its header): numbers as
    /// numbers, ISO 8601 dates (`2026-11-22`) as dates, everything else as text. How a table
    /// that is written as CSV (a register export) is written as a workbook.
    package init(name: String, fields: [[CSVField]]) {
        let rows = fields.map { row in row.map(SheetCell.init(field:)) }
        self.init(name: name, rows: rows, hasHeader: true)
    }
}

extension SheetCell {
    /// The cell for one CSV field.
    package init(field: CSVField) {
        switch field {
        case .empty: self = .empty
        case .number(let value): self = .number(value)
        case .text(let text): self = SheetCell.date(iso: text) ?? .text(text)
        }
    }
}
