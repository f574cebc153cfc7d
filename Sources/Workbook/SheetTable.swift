import CSV

/// One sheet of a workbook, or one table of a document, read as a ``CSV/CSVTable``, with the
/// notes a person should see about how it was read (hidden rows, error cells).
package struct SheetTable: Sendable, Equatable {
    package var name: String
    package var table: CSVTable
    /// True for a sheet the workbook hides; it is read like any other.
    package var isHidden: Bool
    /// Sentences about the reading, each naming its sheet.
    package var notes: [String]

    package init(name: String, table: CSVTable, isHidden: Bool = false, notes: [String] = []) {
        self.name = name
        self.table = table
        self.isHidden = isHidden
        self.notes = notes
    }
}

/// Everything read from one workbook or document: its sheets (or tables) in order.
package struct WorkbookTables: Sendable, Equatable {
    package var format: WorkbookFormat
    package var sheets: [SheetTable]
    /// Sentences about the whole file (sheets left out, and why).
    package var notes: [String]

    package init(format: WorkbookFormat, sheets: [SheetTable], notes: [String] = []) {
        self.format = format
        self.sheets = sheets
        self.notes = notes
    }

    /// Every note, the file's first and then each sheet's.
    package var allNotes: [String] { notes + sheets.flatMap(\.notes) }

    /// All the sheets' rows as one table, in order, each row and cell still naming its own
    /// sheet or table: how a document whose register is split into one table per section
    /// reads as one register.
    package func joined() -> CSVTable {
        CSVTable(rows: sheets.flatMap(\.table.rows), delimiter: .comma)
    }
}

/// The kinds of file the Workbook module reads.
package enum WorkbookFormat: String, Sendable, CaseIterable {
    /// Office Open XML spreadsheet (Excel 2007 on, LibreOffice, Google Sheets, openpyxl).
    case xlsx
    /// OpenDocument spreadsheet (LibreOffice Calc, and the DfE's published templates).
    case ods
    /// Office Open XML word-processing document (Word, LibreOffice Writer); its tables are read.
    case docx

    /// The format a file name's extension names (`.xlsx`, `.xlsm`, `.ods`, `.docx`), if any.
    package init?(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") {
            self = .xlsx
        } else if lowered.hasSuffix(".ods") {
            self = .ods
        } else if lowered.hasSuffix(".docx") || lowered.hasSuffix(".docm") {
            self = .docx
        } else {
            return nil
        }
    }
}
