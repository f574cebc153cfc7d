/// A CSV file read into rows of cells, with the delimiter it used.
///
/// Blank lines at the end are gone; every other row is kept as written, including rows
/// of empty cells, so line numbers stay true to the file.
///
/// The Workbook module reads each sheet of a workbook, and each table of a document, into this
/// same type: then each row's `line` is its row in the sheet and its cells carry a ``SheetPlace``.
package struct CSVTable: Sendable, Equatable {
    /// One row and the line it starts on.
    package struct Row: Sendable, Equatable {
        package var cells: [CSVCell]
        package var line: Int
        /// The sheet or document table the row is in, or nil for a CSV file.
        package var sheet: SheetPlace?

        package init(cells: [CSVCell], line: Int, sheet: SheetPlace? = nil) {
            self.cells = cells
            self.line = line
            self.sheet = sheet
        }

        /// True when every cell is empty or spaces: a spreadsheet's padding row.
        package var isBlank: Bool { cells.allSatisfy { $0.trimmed.isEmpty } }

        package subscript(field index: Int) -> CSVCell? {
            cells.indices.contains(index) ? cells[index] : nil
        }
    }

    package var rows: [Row]
    package var delimiter: CSVDelimiter

    package init(rows: [Row], delimiter: CSVDelimiter) {
        self.rows = rows
        self.delimiter = delimiter
    }

    /// The first row, which registers use as their header.
    package var header: Row? { rows.first }

    /// Every row after the header.
    package var body: ArraySlice<Row> { rows.dropFirst() }
}

/// The character between cells. Spreadsheets in many European locales save with `;`
/// because `,` is their decimal mark.
package enum CSVDelimiter: String, Sendable, CaseIterable, Equatable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .semicolon: return UInt8(ascii: ";")
        case .tab: return UInt8(ascii: "\t")
        }
    }

    /// How people name it on the command line.
    package var name: String {
        switch self {
        case .comma: return "comma"
        case .semicolon: return "semicolon"
        case .tab: return "tab"
        }
    }
}
