import CSV

/// One table of an input file, which every layout rule then reads the same way: a CSV file's
/// rows, one sheet of a workbook, or a Word document's tables in order. Each row and cell names
/// its own place: line 7, column 3 of a CSV file; `Risks!C7` in a sheet; `table 2, row 7,
/// column C` in a document. ``TableFile`` makes them from a file's bytes.
package struct SourceTable: Sendable {
    /// The sheet's name; for a CSV file, the file's name; for a document, `tables 1–3`.
    package var name: String
    package var table: CSVTable
    /// The sheet of a workbook, or nil for a CSV file or a document's tables.
    package var isSheet: Bool
    /// True for a sheet the workbook hides (it is read like the others).
    package var isHidden: Bool
    /// True when the file was not UTF-8 and was read as Windows-1252.
    package var windows1252 = false
    /// What a person should be told about how this table was read: Windows-1252 text, hidden
    /// rows, cells holding a spreadsheet error.
    package var notes: [ImportNote]

    package init(name: String, table: CSVTable, isSheet: Bool = false, isHidden: Bool = false, notes: [ImportNote] = []) {
        self.name = name
        self.table = table
        self.isSheet = isSheet
        self.isHidden = isHidden
        self.notes = notes
    }

    /// The text of a CSV file: UTF-8, UTF-16 with its byte-order mark, else Windows-1252 (what
    /// Excel's "CSV (Comma delimited)" writes on a UK PC, said in a note), split into rows and cells.
    static func csv(bytes: [UInt8], source: String, options: TableFile.Options) throws -> SourceTable {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        do {
            let table = try CSVReader(delimiter: options.delimiter, limits: options.limits).read(bytes: bytes, source: source)
            return SourceTable(name: name, table: table)
        } catch CSVError.notUTF8 {
            // A UTF-8 byte-order mark on a file that is not UTF-8 after all says nothing; drop it.
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let text = TextEncoding.windows1252ToUTF8(body)
            // The size was judged on the file; Windows-1252 text grows a little as UTF-8.
            var limits = options.limits
            limits.maximumBytes = max(limits.maximumBytes, text.count)
            let table = try CSVReader(delimiter: options.delimiter, limits: limits).read(bytes: text, source: source)
            var read = SourceTable(name: name, table: table, notes: [windows1252Note(source)])
            read.windows1252 = true
            return read
        }
    }

    /// The note a Windows-1252 file gets.
    static func windows1252Note(_ source: String) -> ImportNote {
        ImportNote(
            at: SourceLocation(file: source, line: 1),
            "the file is not UTF-8, so it is read as Windows-1252 (what Excel's \"CSV (Comma delimited)\" writes on a UK PC); if '£' or dashes look wrong, save it as \"CSV UTF-8 (comma delimited)\"."
        )
    }
}
