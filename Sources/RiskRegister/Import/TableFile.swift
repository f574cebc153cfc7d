import CSV
import Workbook

/// A file of tables as trusts keep them, read into its named tables: the one step from an input
/// file's bytes to tables of cells, used by register import and by anything else that reads a
/// table a person keeps (a scenario's academies table, a budget sheet).
///
/// - A CSV file, in whatever encoding Excel or LibreOffice saved it, is one table named by the file.
/// - An Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) is one table per sheet, in order.
/// - A Word document (.docx) is one table: its tables in order, since a document splits one
///   register (or one budget) into a table per section or page; each row still names its table.
///
/// What a file is, is judged from its bytes: a workbook saved under a .csv name reads as a
/// workbook, a CSV saved under a workbook's name reads as CSV (with a note), and an old binary
/// .xls, a password-protected workbook, a damaged or truncated archive or a zip bomb is one error.
package struct TableFile: Sendable {
    /// The kinds of file read.
    package enum Kind: String, Sendable {
        case csv, xlsx, ods, docx
    }

    /// How files are read, and how large they may be.
    package struct Options: Sendable {
        /// The CSV delimiter, or nil to detect it in each file.
        package var delimiter: CSVDelimiter?
        package var limits: CSVReader.Limits
        package var workbookLimits: WorkbookLimits

        package init(
            delimiter: CSVDelimiter? = nil, limits: CSVReader.Limits = CSVReader.Limits(), workbookLimits: WorkbookLimits = WorkbookLimits()
        ) {
            self.delimiter = delimiter
            self.limits = limits
            self.workbookLimits = workbookLimits
        }
    }

    /// The file's name as the user gave it, as errors and notes name it.
    package var source: String
    package var kind: Kind
    package var tables: [SourceTable]
    /// What is said about the file as a whole: sheets that hold no cells, a workbook's name on a text file.
    package var notes: [ImportNote]

    /// Reads any table file: CSV in any encoding, .xlsx, .ods or .docx. Throws ``CSV/CSVError``
    /// or ``Workbook/WorkbookError``, each a sentence naming the file (and the line, or the sheet and cell).
    package static func read(bytes: [UInt8], source: String, options: Options = Options()) throws -> TableFile {
        guard bytes.count <= options.limits.maximumBytes else {
            throw CSVError.tooLarge(source: source, bytes: bytes.count, limit: options.limits.maximumBytes)
        }
        guard WorkbookReader.recognises(bytes) else {
            let table = try SourceTable.csv(bytes: bytes, source: source, options: options)
            var notes: [ImportNote] = []
            if let named = WorkbookFormat(fileName: source) {
                notes.append(
                    ImportNote(
                        at: .wholeFile(source),
                        "the file is named as \(named.described) but holds text, so it is read as CSV; give it a .csv name."))
            }
            return TableFile(source: source, kind: .csv, tables: [table], notes: notes)
        }
        return workbook(try WorkbookReader.read(bytes: bytes, source: source, limits: options.workbookLimits), source: source)
    }

    /// A workbook's sheets, or a document's tables joined, with their notes.
    private static func workbook(_ read: WorkbookTables, source: String) -> TableFile {
        let fileNotes = read.notes.map { ImportNote(at: .wholeFile(source), sentence($0)) }
        let kind: Kind
        switch read.format {
        case .xlsx: kind = .xlsx
        case .ods: kind = .ods
        case .docx: kind = .docx
        }
        guard read.format != .docx else {
            let count = read.sheets.count
            let name = count == 1 ? "table 1" : "tables 1–\(count)"
            let notes = read.sheets.flatMap(\.notes).map { ImportNote(at: .wholeFile(source), sentence($0)) }
            return TableFile(
                source: source, kind: kind, tables: [SourceTable(name: name, table: read.joined(), notes: notes)], notes: fileNotes)
        }
        let tables = read.sheets.map { sheet in
            SourceTable(
                name: sheet.name, table: sheet.table, isSheet: true, isHidden: sheet.isHidden,
                notes: sheet.notes.map { ImportNote(at: .wholeFile(source), sentence($0)) })
        }
        return TableFile(source: source, kind: kind, tables: tables, notes: fileNotes)
    }

    /// The sheets named by `names` (as `--sheet` gives them: exactly, else ignoring case), in the
    /// workbook's order; every table when `names` is empty or the file has no sheets (a CSV file,
    /// a document). A workbook with none of the sheets named is an error listing its sheets.
    package func tables(named names: [String]) throws -> [SourceTable] {
        guard !names.isEmpty, tables.contains(where: \.isSheet) else { return tables }
        let chosen = tables.filter { table in
            names.contains(table.name) || names.contains { $0.lowercased() == table.name.lowercased() }
        }
        guard !chosen.isEmpty else {
            throw RegisterFileError.noSuchSheet(source: source, wanted: names, sheets: tables.map(\.name))
        }
        return chosen
    }

    /// A sentence of the Workbook reader as a note's message, which starts in lower case.
    private static func sentence(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension WorkbookFormat {
    /// "an Excel workbook (.xlsx)".
    fileprivate var described: String {
        switch self {
        case .xlsx: return "an Excel workbook (.xlsx)"
        case .ods: return "an OpenDocument spreadsheet (.ods)"
        case .docx: return "a Word document (.docx)"
        }
    }
}
