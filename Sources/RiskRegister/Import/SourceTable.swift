import CSV

/// The one step from a file's bytes to a table of cells, which every layout rule then reads:
/// the text decoded (UTF-8, UTF-16 with its byte-order mark, else Windows-1252, as Excel's
/// "CSV (Comma delimited)" writes on a UK PC) and split into rows and cells with their places.
/// A sheet of a workbook is another way to such a table.
struct SourceTable {
    var table: CSVTable
    /// True when the file was not UTF-8 and was read as Windows-1252.
    var windows1252: Bool

    static func read(_ source: RegisterSource, options: RegisterImportOptions) throws -> SourceTable {
        guard source.bytes.count <= options.limits.maximumBytes else {
            throw CSVError.tooLarge(source: source.name, bytes: source.bytes.count, limit: options.limits.maximumBytes)
        }
        do {
            let table = try CSVReader(delimiter: options.delimiter, limits: options.limits).read(bytes: source.bytes, source: source.name)
            return SourceTable(table: table, windows1252: false)
        } catch CSVError.notUTF8 {
            // A UTF-8 byte-order mark on a file that is not UTF-8 after all says nothing; drop it.
            let body = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(source.bytes.dropFirst(3)) : source.bytes
            let text = TextEncoding.windows1252ToUTF8(body)
            // The size was judged on the file; Windows-1252 text grows a little as UTF-8.
            var limits = options.limits
            limits.maximumBytes = max(limits.maximumBytes, text.count)
            let table = try CSVReader(delimiter: options.delimiter, limits: limits).read(bytes: text, source: source.name)
            return SourceTable(table: table, windows1252: true)
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
