/// One cell of a CSV file: its text and where it was written.
///
/// `line` and `column` are those an editor shows for the first character of the cell
/// (1-based; a quoted cell starts at its opening quote), and `field` is the cell's place
/// in its row (1-based), which is the spreadsheet column.
///
/// A cell read from a workbook or document also carries its ``SheetPlace``; then `line` is its
/// row in that sheet or table and `column` equals `field`.
package struct CSVCell: Sendable, Hashable {
    package var text: String
    package var line: Int
    package var column: Int
    package var field: Int
    /// The sheet or document table the cell is in, or nil for a CSV file.
    package var sheet: SheetPlace?

    package init(text: String, line: Int, column: Int, field: Int, sheet: SheetPlace? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.field = field
        self.sheet = sheet
    }

    /// The cell's text without surrounding spaces (a spreadsheet often pads cells).
    package var trimmed: String { Self.trimmed(text) }

    /// `text` without spaces, tabs or line breaks at either end, as ``trimmed`` reads a cell.
    package static func trimmed(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        return String(rest)
    }

    /// The spreadsheet column letters for `field`: 1 → A, 27 → AA.
    package var columnLetters: String { CSVCell.letters(forField: field) }

    package static func letters(forField field: Int) -> String {
        var n = field
        var letters = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
