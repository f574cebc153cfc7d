import CSV

/// How one input file was read: what `register import` prints for it, so a person can see
/// which row was taken as the header, what each column was read as, and how risks were scored.
package struct FileReading: Sendable {
    /// One column of a register or mitigations file.
    package struct Column: Sendable, Equatable {
        /// Its spreadsheet letters: A, B, … AA.
        package var letters: String
        /// Its header as written (line breaks as spaces).
        package var header: String
        /// What it was read as ("title", "likelihood (current)"); nil when ignored.
        package var readAs: String?
        /// Why it was ignored, or more about how it was read.
        package var note: String?
    }

    /// One section heading and the risks under it.
    package struct Section: Sendable, Equatable {
        package var row: RowPlace
        package var heading: String
        package var risks: Int
    }

    package var source: String
    /// The sheet of a workbook the reading is of (`Risks`), or a Word document's tables
    /// (`tables 1–3`); nil for a CSV or JSON file.
    package var sheet: String?
    package var kind: RegisterFileKind
    /// The register its rows belong to unless a Register column says otherwise.
    package var register: String?
    package var windows1252 = false
    package var delimiter: CSVDelimiter?
    package var header: RowPlace?
    /// Rows above the header, skipped as a title, approval, version or legend block.
    package var skipped: [RowPlace] = []
    package var columns: [Column] = []
    /// How risks are scored, in a sentence.
    package var scores: String?
    /// The likelihood and impact scales, in a sentence.
    package var scale: String?
    package var sections: [Section] = []
    package var repeatedHeaders: [RowPlace] = []
    /// Rows holding one value for the risk above ("Risk rating: 12").
    package var valueRows: [RowPlace] = []
    /// Grouping columns whose blank cells were filled from above, with how many.
    package var filledDown: [(column: String, count: Int)] = []
    /// The first and last id made for a register with no ID column.
    package var generatedIDs: (first: String, last: String)?
    package var risks = 0
    /// Of the risks: scored by a pair, by a combined score or RAG word alone, or not at all.
    package var pairScored = 0
    package var bandOnly = 0
    package var unscored = 0
    /// Mitigations made from a controls column (in place) and an actions column (planned).
    package var controls = 0
    package var actions = 0
    /// Rows of a mitigations file.
    package var mitigations = 0
    /// What a policy file sets (appetite categories, column map, scales), in a sentence.
    package var policy: String?
    package var notes: [ImportNote] = []
    package var problems: [Finding] = []

    package init(source: String, sheet: String? = nil, kind: RegisterFileKind) {
        self.source = source
        self.sheet = sheet
        self.kind = kind
    }
}

/// A row of the file a reading speaks of: a line of a CSV file, a row of a sheet, or a row of
/// one of a Word document's tables.
package struct RowPlace: Sendable, Hashable, CustomStringConvertible {
    package var line: Int
    package var sheet: SheetPlace?

    package init(line: Int, sheet: SheetPlace? = nil) {
        self.line = line
        self.sheet = sheet
    }

    package init(_ row: CSVTable.Row) {
        self.init(line: row.line, sheet: row.sheet)
    }

    /// `line 4` in a CSV file, `row 4` in a sheet (which the reading names), `table 2, row 4` in a document.
    package var description: String {
        guard let sheet else { return "line \(line)" }
        if case .documentTable = sheet.kind { return sheet.row(line) }
        return "row \(line)"
    }
}
