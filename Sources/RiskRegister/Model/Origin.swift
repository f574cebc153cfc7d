import CSV

/// Where a record was read: a file and the line (and, for one value, the column) to look at; in
/// a workbook, the sheet and its row (and cell); in a Word document, the table and its row.
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var file: String
    /// The line of a CSV file, or the row of a sheet or document table; 0 for the file as a whole.
    package var line: Int
    /// The column as an editor counts it in a CSV file; in a sheet or table, the column's number (C is 3).
    package var column: Int?
    /// The sheet or document table, or nil for a CSV or JSON file.
    package var sheet: SheetPlace?

    package init(file: String, line: Int, column: Int? = nil, sheet: SheetPlace? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// The place of a cell read from `file`.
    package init(file: String, cell: CSVCell) {
        self.init(file: file, line: cell.line, column: cell.column, sheet: cell.sheet)
    }

    /// The place of a row read from `file`.
    package init(file: String, row: CSVTable.Row) {
        self.init(file: file, line: row.line, sheet: row.sheet)
    }

    /// The file as a whole, for what is said about all of it.
    package static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0)
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.sheet != rhs.sheet { return order(lhs.sheet) < order(rhs.sheet) }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }

    /// Sheets and document tables in the order of their file, then by name.
    private static func order(_ sheet: SheetPlace?) -> (Int, String) {
        guard let sheet else { return (0, "") }
        return (sheet.order, sheet.name)
    }

    /// `file:line`, `file:line:column`, `file.xlsx: Sheet1!C7`, `file.xlsx: Sheet1 row 7`,
    /// `file.docx: table 2, row 7, column C`, or `file` alone for the whole file.
    package var description: String {
        if line == 0 { return file }
        if let sheet { return file + ": " + (column.map { sheet.cell(row: line, field: $0) } ?? sheet.row(line)) }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}

/// Where a risk or mitigation was read, with the place of each of its values, so a finding
/// about one value can point at its cell.
///
/// An origin is bookkeeping, not content: two records that say the same thing are equal
/// wherever they were read (a register exported and re-imported is the same register), so
/// every origin compares equal to every other.
package struct Origin: Sendable, Hashable {
    /// The record as a whole: its row, or its object in a JSON file.
    package var location: SourceLocation?
    /// The cell of each value, keyed by field name (`"residualLikelihood"`).
    package var cells: [String: SourceLocation]
    /// True when the register had no ID column and matrisk made the id from the row's place,
    /// so the id may change as rows move (``RegisterDiff`` matches such risks by title).
    package var idIsGenerated: Bool

    package init(location: SourceLocation? = nil, cells: [String: SourceLocation] = [:], idIsGenerated: Bool = false) {
        self.location = location
        self.cells = cells
        self.idIsGenerated = idIsGenerated
    }

    /// The place of one field's value, or of the record when that value has no cell of its own.
    package func location(of field: String) -> SourceLocation? {
        cells[field] ?? location
    }

    package static func == (lhs: Origin, rhs: Origin) -> Bool { true }
    package func hash(into hasher: inout Hasher) {}
}
